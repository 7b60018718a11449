#!/usr/bin/env bash
# Python environments: conda/mamba, venv and uv.
set -euo pipefail

# --8<-- [start:conda]
conda create -n ml python=3.12
conda activate ml
# fr: mamba (ou micromamba) accepte les mêmes commandes, en plus rapide
# en: mamba (or micromamba) takes the same commands, faster
mamba create -n ml python=3.12
# --8<-- [end:conda]

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
conda env create -f environment.yml
python -m pip freeze > requirements.txt
# --8<-- [end:export]
