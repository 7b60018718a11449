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

# --8<-- [start:diagnose]
# fr: dans cet ordre : le pilote voit-il le GPU, et jusqu'à quel CUDA ?
# en: in this order: does the driver see the GPU, and up to which CUDA?
nvidia-smi
# fr: None : roue CPU ; sinon le CUDA de la roue, à comparer à nvidia-smi
# en: None: CPU wheel; otherwise the wheel's CUDA, to compare with nvidia-smi
python -c "import torch; print(torch.__version__, torch.version.cuda)"
python -c "import torch; print(torch.cuda.is_available())"
# fr: vide (ou une valeur négative) cache tous les GPU
# en: empty (or a negative value) hides every GPU
echo "CUDA_VISIBLE_DEVICES=${CUDA_VISIBLE_DEVICES-unset}"
# --8<-- [end:diagnose]

# --8<-- [start:older-cuda]
# fr: nvidia-smi affiche « CUDA Version » : prendre une roue au plus aussi récente
# en: nvidia-smi shows "CUDA Version": take a wheel no newer than that
pip uninstall -y torch
pip install torch --index-url https://download.pytorch.org/whl/cu128
# --8<-- [end:older-cuda]
