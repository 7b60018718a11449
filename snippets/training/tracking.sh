#!/usr/bin/env bash
# Viewing the runs that snippets/training/tracking.py writes into runs/: the server waits for
# requests until stopped, so the page does not run this block.
set -euo pipefail

# --8<-- [start:view]
tensorboard --logdir runs
# --8<-- [end:view]
