#!/usr/bin/env bash
# Installing PyTorch from its wheel indexes (needs the network).
set -euo pipefail

# --8<-- [start:cpu]
pip install torch --index-url https://download.pytorch.org/whl/cpu
# --8<-- [end:cpu]

# --8<-- [start:cuda]
pip install torch --index-url https://download.pytorch.org/whl/cu128
# fr: pour un pilote plus ancien
# en: for an older driver
pip install torch --index-url https://download.pytorch.org/whl/cu126
# --8<-- [end:cuda]
