#!/usr/bin/env bash
# DDP on two CPU processes (gloo). The page's previous cell writes ddp.py in the current folder:
# it is snippets/deployment/ddp.py.
set -euo pipefail

# --8<-- [start:run]
torchrun --standalone --nproc-per-node 2 ddp.py
#> world_size=2, 32 samples per process, same weights: True
#> [1.0, -2.0, 0.5, 3.0]
# --8<-- [end:run]
