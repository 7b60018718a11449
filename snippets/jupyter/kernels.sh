#!/usr/bin/env bash
# A virtual environment as a Jupyter kernel, nbconvert, and what a dead kernel hides.
set -euo pipefail

# --8<-- [start:kernel]
# fr: ici dans un dossier temporaire ; sans cette variable, --user écrit dans ~/.local/share/jupyter
# en: here in a temporary folder; without this variable, --user writes to ~/.local/share/jupyter
export JUPYTER_DATA_DIR="$PWD/jupyter-data"
python -m ipykernel install --user --name ml-env --display-name "Python (ml-env)" > /dev/null
jupyter kernelspec list | grep -c ml-env
#> 1
grep display_name jupyter-data/kernels/ml-env/kernel.json
#>  "display_name": "Python (ml-env)",
jupyter kernelspec remove -y ml-env > /dev/null 2>&1
# --8<-- [end:kernel]

# --8<-- [start:nbconvert]
python - <<'PY'
from nbformat import v4, write

cells = [v4.new_markdown_cell("# Demo"), v4.new_code_cell("print(1 + 1)")]
write(v4.new_notebook(cells=cells), "demo.ipynb")
PY
jupyter nbconvert --to notebook --execute --inplace demo.ipynb 2> /dev/null
jupyter nbconvert --to script demo.ipynb 2> /dev/null
grep print demo.py
#> print(1 + 1)
jupyter nbconvert --to html demo.ipynb 2> /dev/null
grep -c "<pre>2" demo.html
#> 1
ls demo.*
#> demo.html
#> demo.ipynb
#> demo.py
# --8<-- [end:nbconvert]

# --8<-- [start:crash]
# fr: un plantage du code compilé (segfault) : faulthandler montre la ligne Python
# en: a crash in compiled code (segfault): faulthandler shows the Python line
{ python -X faulthandler -c "import ctypes; ctypes.string_at(0)" 2>&1 || true; } 2> /dev/null \
  | head -n 1
#> Fatal Python error: Segmentation fault
# fr: un processus tué (SIGKILL), comme par le noyau Linux à court de mémoire
# en: a killed process (SIGKILL), as by the Linux kernel when memory runs out
{ python -c "import os, signal; os.kill(os.getpid(), signal.SIGKILL)"; } 2> /dev/null \
  || echo "exit status $?"
#> exit status 137
# --8<-- [end:crash]
