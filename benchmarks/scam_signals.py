"""Precision and recall of the scam-signal detector on a labelled set.

    .venv/bin/python benchmarks/scam_signals.py [PATH] [--split NAME] [--mistakes]

PATH defaults to the development set (`src/tradeguard/signals/data/labelled.jsonl`);
give any labelled JSONL file in the same format (e.g. a held-out set kept outside the
repo) to score it. Prints, per split, the message-level precision and recall (a message
is flagged when any signal is found) and the per-kind figures. `--mistakes` lists the
rows it gets wrong (use it on development data only: reading a held-out set's mistakes
and then changing the rules makes it a tuning set).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from tradeguard.signals.evaluate import main

if __name__ == "__main__":
    sys.exit(main())
