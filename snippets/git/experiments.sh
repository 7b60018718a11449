#!/usr/bin/env bash
# Branches, commits with metrics, tags, stash and a scripted interactive rebase
# (run lfs.sh, gitignore.sh, dvc.sh and dvc_pipeline.sh first).
set -euo pipefail

# --8<-- [start:branch]
cd ml-project
git switch -q -c exp/threshold
sed -i 's/int(x) % 2 == int(y)/(int(x) > 1) == int(y)/' src/train.py
dvc repro -q
accuracy=$(python -c 'import json; print(json.load(open("metrics.json"))["accuracy"])')
git commit -q -am "Threshold rule - accuracy $accuracy"
git log -n 1 --format=%s
#> Threshold rule - accuracy 0.75
cd ..
# --8<-- [end:branch]

# --8<-- [start:tag]
cd ml-project
git tag -a model-v1.0 -m "Model v1.0: accuracy 0.75"
git push -q origin exp/threshold model-v1.0 > /dev/null
git tag -n
#> model-v1.0      Model v1.0: accuracy 0.75
cd ..
# --8<-- [end:tag]

# --8<-- [start:stash]
cd ml-project
echo "dropout = 0.1" > src/config.py
git stash push -q -u -m "WIP: dropout"
git stash list
#> stash@{0}: On exp/threshold: WIP: dropout
git stash pop -q > /dev/null
ls src
#> config.py
#> prepare.py
#> train.py
cd ..
# --8<-- [end:stash]

# --8<-- [start:rebase]
cd ml-project
for lr in 0.1 0.03 0.01; do
  echo "lr = $lr" > src/lr.py
  git add src/lr.py
  git commit -q -m "Try lr=$lr"
done
GIT_SEQUENCE_EDITOR="sed -i '2s/^pick/fixup/; 3s/^pick/fixup -C/'" git rebase -q -i HEAD~3
git log -n 2 --format=%s
#> Try lr=0.01
#> Threshold rule - accuracy 0.75
cat src/lr.py
#> lr = 0.01
cd ..
# --8<-- [end:rebase]

# --8<-- [start:largest]
cd ml-project
git rev-list --objects --all \
  | git cat-file --batch-check='%(objecttype) %(objectsize) %(rest)' \
  | awk '$1 == "blob"' | sort -k2 -n | tail -n 1
#> blob 806 dvc.lock
find .git/lfs/objects -type f -size +1M | wc -l
#> 1
cd ..
# --8<-- [end:largest]
