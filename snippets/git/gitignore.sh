#!/usr/bin/env bash
# A .gitignore for an ML project, checked against what Git LFS tracks (run lfs.sh first).
set -euo pipefail

# --8<-- [start:write]
cd ml-project
cat > .gitignore <<'IGNORE'
# Python
__pycache__/
*.py[cod]
.venv/
# Jupyter
.ipynb_checkpoints/
# fr: sorties d'entraînement : seuls les modèles publiés vont dans models/ (Git LFS)
# en: training outputs: only released models go to models/ (Git LFS)
checkpoints/
logs/
runs/
mlruns/
wandb/
# secrets
.env
.env.*
# fr: le fichier d'exemple des variables, sans valeurs, reste dans Git
# en: the template of the variables, without values, stays in Git
!.env.example
credentials.json
# IDE, OS
.vscode/
.idea/
.DS_Store
Thumbs.db
IGNORE
cd ..
# --8<-- [end:write]

# --8<-- [start:check]
cd ml-project
mkdir -p checkpoints runs
touch checkpoints/epoch-3.pt runs/events.log .env .env.local .env.example notes.ipynb
git check-ignore checkpoints/epoch-3.pt runs/events.log .env .env.local .env.example \
    models/classifier.pt
#> checkpoints/epoch-3.pt
#> runs/events.log
#> .env
#> .env.local
git add .gitignore .env.example
git status --short --untracked-files=all
#> A  .env.example
#> A  .gitignore
#> ?? notes.ipynb
git commit -q -m "Ignore training outputs and secrets"
cd ..
# --8<-- [end:check]
