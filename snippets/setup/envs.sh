#!/usr/bin/env bash
# Python environments: conda/mamba, venv and uv.
set -euo pipefail

# --8<-- [start:conda]
conda create -n ml python=3.12
conda activate ml
# fr: mamba (ou micromamba) accepte les mêmes commandes ; conda utilise
# fr: déjà le solveur de mamba (libmamba) par défaut
# en: mamba (or micromamba) takes the same commands; conda already uses
# en: mamba's solver (libmamba) by default
mamba create -n ml python=3.12
# --8<-- [end:conda]

# --8<-- [start:python-versions]
# fr: les versions de torch qui ont une roue pour ce Python
# en: the torch versions that have a wheel for this Python
python -m pip index versions torch --python-version 3.14 --only-binary=:all:
python -m pip index versions tensorflow --python-version 3.14 --only-binary=:all:
# --8<-- [end:python-versions]

# --8<-- [start:venv]
python -m venv .venv
source .venv/bin/activate
python -c "import sys; print(sys.prefix != sys.base_prefix)"
#> True
python -c "import sys; print(sys.version_info >= (3, 11))"
#> True
deactivate
# --8<-- [end:venv]

# --8<-- [start:uv]
uv venv --python 3.12
source .venv/bin/activate
uv pip install numpy pandas scikit-learn
# --8<-- [end:uv]

# --8<-- [start:export]
conda env export --from-history > environment.yml
# fr: --from-history oublie tout ce que pip a installé (torch compris) :
# fr: ajoutez une section pip: au fichier (voir plus bas)
# en: --from-history drops everything pip installed (torch included):
# en: add a pip: section to the file (see below)
conda env create -f environment.yml
# fr: hors conda, figer les versions installées
# en: outside conda, pin the installed versions
python -m pip freeze > requirements.txt
python -m pip install -r requirements.txt
# --8<-- [end:export]

# --8<-- [start:uv-project]
uv init ml-project
cd ml-project
# fr: ajoute la dépendance au pyproject.toml et fige tout dans uv.lock
# en: adds the dependency to pyproject.toml and pins everything in uv.lock
uv add numpy pandas torch
# fr: recrée .venv exactement comme uv.lock (sur une autre machine, en CI)
# en: recreates .venv exactly as uv.lock says (on another machine, in CI)
uv sync
# fr: lance une commande dans l'environnement, sans l'activer
# en: runs a command in the environment, without activating it
uv run python -c "import torch; print(torch.__version__)"
# --8<-- [end:uv-project]

# --8<-- [start:module-not-found]
python -m venv --without-pip empty-env
empty-env/bin/python -c "import torch" 2>&1 | tail -n 1 || true
#> ModuleNotFoundError: No module named 'torch'
# fr: installer avec le pip de l'interpréteur qui exécute le code
# en: install with the pip of the interpreter that runs the code
python -m pip show torch | grep "^Name"
#> Name: torch
rm -rf empty-env
# --8<-- [end:module-not-found]
