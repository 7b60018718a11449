#!/usr/bin/env bash
# Inside WSL2: the Windows NVIDIA driver exposes the GPU.
set -euo pipefail

# --8<-- [start:check]
nvidia-smi
python -m venv .venv && source .venv/bin/activate
pip install torch
python -c "import torch; print(torch.cuda.is_available())"
# --8<-- [end:check]
