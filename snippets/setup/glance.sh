#!/usr/bin/env bash
# Quick reference of the setup page (shell cards).
set -euo pipefail

# --8<-- [start:venv]
python -m venv .venv
source .venv/bin/activate
python -c "import sys; print(sys.prefix != sys.base_prefix)"
#> True
deactivate
# --8<-- [end:venv]

# --8<-- [start:conda]
conda create -n ml python=3.12
conda activate ml
# fr: depuis PyPI (ou conda-forge : conda install -c conda-forge pytorch)
# en: from PyPI (or conda-forge: conda install -c conda-forge pytorch)
pip install torch
# --8<-- [end:conda]

# --8<-- [start:export]
# fr: sans ce que pip a installé (torch) : à ajouter à la main
# en: without what pip installed (torch): add it by hand
conda env export --from-history > environment.yml
python -m pip freeze > requirements.txt
# --8<-- [end:export]

# --8<-- [start:uv]
uv init ml-project && cd ml-project
uv add torch
uv run python -c "import torch; print(torch.__version__)"
# --8<-- [end:uv]

# --8<-- [start:docker]
docker run --rm -it -v "$PWD":/app -w /app \
    python:3.13-slim python -c "import sys; print(sys.version)"
# --8<-- [end:docker]
