#!/usr/bin/env bash
# JupyterLab 4 / Notebook 7 extensions are prebuilt: pip installs them, no Node.js needed.
set -euo pipefail

# --8<-- [start:install]
pip install jupyterlab notebook ipywidgets
pip install jupyterlab-git jupyterlab-execute-time lckr-jupyterlab-variableinspector
pip install jupyterlab-lsp "python-lsp-server[all]"
jupyter labextension list
# --8<-- [end:install]
