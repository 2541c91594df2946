#!/usr/bin/env bash
# Reproduce docs/benchmarks.md (image matching): about 10 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/../.."
DATA="${1:-/tmp/tradeguard-imagematch-bench}"
PY=.venv/bin/python
nproc; grep -m1 "model name" /proc/cpuinfo; date -u +%Y-%m-%dT%H:%MZ
[ -d "$DATA/holdout" ] || $PY benchmarks/imagematch/dataset.py "$DATA"
$PY benchmarks/imagematch/calibrate.py "$DATA/tune"  # prints the verifier's fitted weights
$PY benchmarks/imagematch/evaluate.py "$DATA/tune" --json "$DATA/tune.json"
$PY benchmarks/imagematch/evaluate.py "$DATA/holdout" --json "$DATA/holdout.json"
$PY benchmarks/imagematch/speed.py "$DATA/holdout"
