#!/usr/bin/env bash
# Serving the app of snippets/deployment/serving.py, saved as app.py: the server waits for
# requests until stopped, so the page does not run this block.
set -euo pipefail

# --8<-- [start:run]
pip install "fastapi[standard]"
fastapi run app.py
# --8<-- [end:run]
