#!/usr/bin/env bash
# Everyday Git in a second throwaway project: two clones of one local bare repository.
set -euo pipefail

# --8<-- [start:basics]
git init -q --bare -b main team.git
git init -q -b main alice
cd alice
git config user.name "Alice"
git config user.email "alice@example.com"
echo "lr = 0.01" > config.py
git add config.py
git commit -q -m "Add config"
git remote add origin ../team.git
git push -q -u origin main
git status --short --branch
#> ## main...origin/main
cd ..
# --8<-- [end:basics]

# --8<-- [start:untrack]
cd alice
echo "API_KEY=abc" > .env
git add .env
git commit -q -m "Add .env by mistake"
git rm -q --cached .env
echo ".env" >> .gitignore
git add .gitignore
git commit -q -m "Stop tracking .env"
git ls-files
#> .gitignore
#> config.py
ls -A
#> .env
#> .git
#> .gitignore
#> config.py
cd ..
# --8<-- [end:untrack]

# --8<-- [start:undo]
cd alice
echo "epochs = 10" > train.py
git add train.py
git commit -q -m "WIP"
git reset -q --soft HEAD~1
git status --short
#> A  train.py
git commit -q -m "Add the training script"
git revert --no-edit HEAD > /dev/null
git log -n 2 --format=%s
#> Revert "Add the training script"
#> Add the training script
cd ..
# --8<-- [end:undo]

# --8<-- [start:conflict]
cd alice
git switch -q -c exp/lr
echo "lr = 0.1" > config.py
git commit -q -am "Try lr 0.1"
git switch -q main
echo "lr = 0.001" > config.py
git commit -q -am "Try lr 0.001"
git merge exp/lr || true
#> Auto-merging config.py
#> CONFLICT (content): Merge conflict in config.py
#> Automatic merge failed; fix conflicts and then commit the result.
cat config.py
#> <<<<<<< HEAD
#> lr = 0.001
#> =======
#> lr = 0.1
#> >>>>>>> exp/lr
cd ..
# --8<-- [end:conflict]

# --8<-- [start:resolve]
cd alice
echo "lr = 0.01" > config.py
git add config.py
git commit -q --no-edit
git log -n 1 --format=%s
#> Merge branch 'exp/lr'
cd ..
# --8<-- [end:resolve]

# --8<-- [start:rejected]
git clone -q team.git bob
cd bob
git config user.name "Bob"
git config user.email "bob@example.com"
echo "# Team project" > README.md
git add README.md
git commit -q -m "Add README"
git push -q
cd ../alice
{ git push origin main 2>&1 || true; } | head -n 3
#> To ../team.git
#>  ! [rejected]        main -> main (fetch first)
#> error: failed to push some refs to '../team.git'
cd ..
# --8<-- [end:rejected]

# --8<-- [start:fetch-pull]
cd alice
git fetch -q
git status --short --branch
#> ## main...origin/main [ahead 7, behind 1]
git pull -q --no-rebase --no-edit
git push -q
git status --short --branch
#> ## main...origin/main
ls
#> README.md
#> config.py
cd ..
# --8<-- [end:fetch-pull]

# --8<-- [start:notebooks]
cd alice
python - <<'PY'
from nbformat import v4, write

cell = v4.new_code_cell("print(1 + 1)", execution_count=1)
cell.outputs = [v4.new_output("stream", text="2\n")]
write(v4.new_notebook(cells=[cell]), "explore.ipynb")
PY
jupyter nbconvert --clear-output --inplace explore.ipynb 2> /dev/null
python -c 'import json; print(json.load(open("explore.ipynb"))["cells"][0]["outputs"])'
#> []
jupytext --quiet --to py:percent explore.ipynb
tail -n 2 explore.py
#> # %%
#> print(1 + 1)
cd ..
# --8<-- [end:notebooks]
