"""Precision and recall of the scam-signal detector on the labelled set.

    .venv/bin/python benchmarks/scam_signals.py [--split dev|heldout|all] [--mistakes]

Prints, per split, the message-level precision and recall (a message is flagged when
any signal is found) and the per-kind figures. The rules were tuned on `dev` only;
`heldout` is the figure to quote. `--mistakes` lists the rows it gets wrong (use it on
`dev`; reading held-out mistakes and then changing the rules makes it a tuning set).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from tradeguard.signals import rules
from tradeguard.signals.evaluate import load, score


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "heldout", "all"], default="all")
    parser.add_argument("--mistakes", action="store_true")
    args = parser.parse_args()
    rows = load()
    print(f"rules version {rules.VERSION}; {len(rows)} labelled messages")
    splits = ["dev", "heldout"] if args.split == "all" else [args.split]
    for split in splits:
        part = [row for row in rows if row["split"] == split]
        report = score(part)
        scams = sum(1 for row in part if row["label"] == "scam")
        print(f"\n{split}: {report.rows} messages ({scams} scam, {report.rows - scams} benign)")
        o = report.overall
        print(
            f"  overall   precision {o.precision:.3f}  recall {o.recall:.3f}"
            f"  (tp {o.tp}, fp {o.fp}, fn {o.fn})"
        )
        for kind, s in report.per_kind.items():
            print(
                f"  {kind:<18} precision {s.precision:.3f}  recall {s.recall:.3f}"
                f"  (tp {s.tp}, fp {s.fp}, fn {s.fn})"
            )
        if args.mistakes:
            for row, kinds in report.mistakes:
                print(f"  ! #{row['id']} {row['label']}/{row['kind']} found={kinds}: {row['text']}")


if __name__ == "__main__":
    main()
