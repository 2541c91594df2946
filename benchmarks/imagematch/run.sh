#!/usr/bin/env bash
# Reproduce docs/benchmarks.md (image matching, with issue 16's hard negatives).
# Needs the bench extra: .venv/bin/pip install -e '.[test,bench]'
# Usage: bash benchmarks/imagematch/run.sh [DATA_DIR] [WORKERS]
set -euo pipefail
cd "$(dirname "$0")/../.."
DATA="${1:-/tmp/tradeguard-imagematch-bench}"
WORKERS="${2:-2}"
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
