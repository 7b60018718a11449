#!/usr/bin/env bash
# Installing PyTorch from its wheel indexes (needs the network).
set -euo pipefail

# --8<-- [start:cpu]
pip install torch --index-url https://download.pytorch.org/whl/cpu
# --8<-- [end:cpu]

# --8<-- [start:cuda]
# fr: PyPI (Linux x86_64) : la roue par défaut, sur le CUDA le plus récent
# en: PyPI (Linux x86_64): the default wheel, on the newest CUDA
pip install torch
# fr: la même variante, depuis l'index de PyTorch
# en: the same variant, from PyTorch's index
pip install torch --index-url https://download.pytorch.org/whl/cu130
# fr: pour un pilote plus ancien
# en: for an older driver
pip install torch --index-url https://download.pytorch.org/whl/cu128
pip install torch --index-url https://download.pytorch.org/whl/cu126
# --8<-- [end:cuda]
