#!/usr/bin/env bash
# Reproduce docs/benchmarks.md (image matching): about 5-8 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/../.."
DATA="${1:-/tmp/tradeguard-imagematch-bench}"
PY=.venv/bin/python
nproc; grep -m1 "model name" /proc/cpuinfo; date -u +%Y-%m-%dT%H:%MZ
[ -d "$DATA/holdout" ] || $PY benchmarks/imagematch/dataset.py "$DATA"
$PY benchmarks/imagematch/evaluate.py "$DATA/tune" --json "$DATA/tune.json"
$PY benchmarks/imagematch/evaluate.py "$DATA/holdout" --json "$DATA/holdout.json"
$PY benchmarks/imagematch/speed.py "$DATA/holdout"
