#!/usr/bin/env bash
# DVC in the throwaway project of lfs.sh, with a local folder standing in for S3 or GCS.
set -euo pipefail

# --8<-- [start:init]
cd ml-project
dvc init -q
dvc config core.autostage true
git commit -q -m "Initialize DVC"
cd ..
# --8<-- [end:init]

# --8<-- [start:add]
cd ml-project
mkdir -p data/raw
printf 'x,y\n1,0\n2,1\n3,1\n4,0\n' > data/raw/train.csv
dvc add -q data/raw
git commit -q -m "Track raw data with DVC"
cat data/.gitignore
#> /raw
cd ..
# --8<-- [end:add]

# --8<-- [start:remote]
cd ml-project
mkdir -p ../dvc-storage
dvc remote add -d storage ../dvc-storage
#> Setting 'storage' as a default remote.
git commit -q -m "Configure DVC remote" .dvc/config
dvc push
#> 2 files pushed
cd ..
# --8<-- [end:remote]

# --8<-- [start:pull]
cd ml-project
rm -rf data/raw .dvc/cache
dvc pull
#> A       data/raw/
#> 2 files fetched and 1 file added
head -n 2 data/raw/train.csv
#> x,y
#> 1,0
cd ..
# --8<-- [end:pull]
