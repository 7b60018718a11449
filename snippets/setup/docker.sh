#!/usr/bin/env bash
# Running in a container (needs Docker; the GPU needs the NVIDIA Container Toolkit).
set -euo pipefail

# --8<-- [start:gpu]
# fr: le GPU passe dans le conteneur grâce au NVIDIA Container Toolkit
# en: the GPU reaches the container through the NVIDIA Container Toolkit
docker run --rm -it --gpus all -v "$PWD":/app -w /app \
    pytorch/pytorch python -c "import torch; print(torch.cuda.is_available())"
# --8<-- [end:gpu]
