#!/usr/bin/env bash
# Git LFS in a throwaway project, with a local bare repository standing in for GitHub.
set -euo pipefail

# --8<-- [start:init]
git init -q --bare -b main remote.git
git init -q -b main ml-project
cd ml-project
git config user.name "Ada Lovelace"
git config user.email "ada@example.com"
git remote add origin ../remote.git
cd ..
# --8<-- [end:init]

# --8<-- [start:track]
cd ml-project
git lfs install --local
#> Updated Git hooks.
#> Git LFS initialized.
for pattern in "*.pt" "*.safetensors" "*.onnx"; do
  git lfs track "$pattern" > /dev/null
done
cat .gitattributes
#> *.pt filter=lfs diff=lfs merge=lfs -text
#> *.safetensors filter=lfs diff=lfs merge=lfs -text
#> *.onnx filter=lfs diff=lfs merge=lfs -text
cd ..
# --8<-- [end:track]

# --8<-- [start:commit]
cd ml-project
mkdir -p models
head -c 2000000 /dev/zero > models/classifier.pt
git add .gitattributes models/classifier.pt
git commit -q -m "Add classifier weights"
git lfs ls-files --size
#> 13aea96040 * models/classifier.pt (2.0 MB)
git show HEAD:models/classifier.pt | head -n 1
#> version https://git-lfs.github.com/spec/v1
git push -q origin main > /dev/null
cd ..
# --8<-- [end:commit]

# --8<-- [start:clone]
GIT_LFS_SKIP_SMUDGE=1 git clone -q remote.git copy
cd copy
wc -c < models/classifier.pt
#> 132
git lfs install --local > /dev/null
git lfs pull
wc -c < models/classifier.pt
#> 2000000
cd ..
# --8<-- [end:clone]
