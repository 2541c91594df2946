#!/usr/bin/env bash
# Reproduce docs/benchmarks.md (image matching, with issue 16's hard negatives).
# Needs the bench extra: .venv/bin/pip install -e '.[test,bench]'
# Usage: bash benchmarks/imagematch/run.sh [DATA_DIR] [WORKERS] [SEED...]
# Each SEED after the first two arguments builds both splits again from other icons,
# flags, crops and studio templates (dataset.py --seed; the default data is seed 6) and
# scores them with the same engine and thresholds: a check on splits that no round has
# tuned on or looked at (docs/benchmarks.md, eighteenth round).
set -euo pipefail
cd "$(dirname "$0")/../.."
DATA="${1:-/tmp/tradeguard-imagematch-bench}"
WORKERS="${2:-2}"
SEEDS=("${@:3}")
PY=.venv/bin/python
nproc; grep -m1 "model name" /proc/cpuinfo; date -u +%Y-%m-%dT%H:%MZ; uptime
[ -d "$DATA/holdout" ] || $PY benchmarks/imagematch/dataset.py "$DATA"
# prints the verifier's fitted weights (the constants in verify.py)
$PY benchmarks/imagematch/calibrate.py "$DATA/tune" --workers "$WORKERS" --every 3
$PY benchmarks/imagematch/evaluate.py "$DATA/tune" --workers "$WORKERS" --json "$DATA/tune.json" \
  --scores "$DATA/tune-scores.json"
$PY benchmarks/imagematch/evaluate.py "$DATA/holdout" --workers "$WORKERS" --json "$DATA/holdout.json" \
  --scores "$DATA/holdout-scores.json"
$PY benchmarks/imagematch/compare.py "$DATA/holdout" "$DATA/holdout-scores.json"
$PY benchmarks/imagematch/reliability.py "$DATA/holdout" "$DATA/holdout-scores.json" \
  "$DATA/reliability-holdout.png"
$PY benchmarks/imagematch/speed.py "$DATA/holdout" --workers "$WORKERS"
$PY benchmarks/imagematch/cputime.py "$DATA/holdout" --every 20
for seed in "${SEEDS[@]}"; do
  [ -d "$DATA-seed$seed/holdout" ] || $PY benchmarks/imagematch/dataset.py "$DATA-seed$seed" --seed "$seed"
  for split in tune holdout; do
    $PY benchmarks/imagematch/evaluate.py "$DATA-seed$seed/$split" --workers "$WORKERS" --no-baselines \
      --scores "$DATA-seed$seed/$split-scores.json"
    $PY benchmarks/imagematch/compare.py "$DATA-seed$seed/$split" "$DATA-seed$seed/$split-scores.json"
  done
done
