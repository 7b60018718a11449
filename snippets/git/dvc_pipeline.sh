#!/usr/bin/env bash
# A two-stage DVC pipeline (run lfs.sh and dvc.sh first).
set -euo pipefail

# --8<-- [start:scripts]
cd ml-project
mkdir -p src
cat > src/prepare.py <<'PY'
from pathlib import Path

lines = Path("data/raw/train.csv").read_text().splitlines()
Path("data/processed").mkdir(exist_ok=True)
Path("data/processed/train.csv").write_text("\n".join(lines[:1] + sorted(lines[1:])))
PY
cat > src/train.py <<'PY'
import json
from pathlib import Path

rows = [r.split(",") for r in Path("data/processed/train.csv").read_text().split()[1:]]
accuracy = sum(int(x) % 2 == int(y) for x, y in rows) / len(rows)
Path("metrics.json").write_text(json.dumps({"accuracy": accuracy}))
PY
cd ..
# --8<-- [end:scripts]

# --8<-- [start:stages]
cd ml-project
dvc stage add -q -n prepare -d src/prepare.py -d data/raw -o data/processed \
  python src/prepare.py
dvc stage add -q -n train -d src/train.py -d data/processed -M metrics.json \
  python src/train.py
dvc repro -q
dvc metrics show
#> Path          accuracy
#> metrics.json  0.5
dvc repro
#> 'data/raw.dvc' didn't change, skipping
#> Stage 'prepare' didn't change, skipping
#> Stage 'train' didn't change, skipping
#> Data and pipelines are up to date.
cd ..
# --8<-- [end:stages]

# --8<-- [start:dag]
cd ml-project
dvc dag
#> +--------------+
#> | data/raw.dvc |
#> +--------------+
#>         *
#>         *
#>         *
#>   +---------+
#>   | prepare |
#>   +---------+
#>         *
#>         *
#>         *
#>     +-------+
#>     | train |
#>     +-------+
git add src metrics.json
git commit -q -m "Add prepare and train stages"
cd ..
# --8<-- [end:dag]
