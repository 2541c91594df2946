"""Precision and recall of the detector on a labelled set of messages (JSONL).

    .venv/bin/python -m tradeguard.signals.evaluate [PATH] [--split NAME] [--mistakes]
    .venv/bin/python benchmarks/scam_signals.py [PATH] [--split NAME] [--mistakes]

Pure Python. PATH defaults to the development set in the repo (`data/labelled.jsonl`);
give any other file in the same format to score it (e.g. a held-out set kept outside
the repo, scored once). Each row is one message: `text`, `language`, `paid` (had the
buyer paid when it was written), `author` (supplier/buyer), `label` (scam/benign),
`kind` (the signal a scam row carries, or the one a benign row resembles), and
optionally `split` (rows are reported per split; a row without one counts as `all`),
`id`, and `verified_names` / `verified_registration` (the supplier's verified company;
by default every row's supplier is `VERIFIED_NAMES` / `VERIFIED_REGISTRATION`).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tradeguard.signals import rules
from tradeguard.signals.detector import Context, detect

LABELLED = Path(__file__).parent / "data" / "labelled.jsonl"
VERIFIED_NAMES = ("Ningbo Sunrise Trading Co., Ltd.", "宁波日升贸易有限公司")
VERIFIED_REGISTRATION = "91330201MA2H4K7X3Q"


REQUIRED = ("text", "paid", "author", "label")


def load(path: Path = LABELLED) -> list[dict[str, Any]]:
    """The rows of a labelled JSONL file; a row missing a required field or with a label
    other than scam/benign stops the run with its line number."""
    rows = []
    with Path(path).open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            row = json.loads(line)
            missing = [name for name in REQUIRED if name not in row]
            if missing or row["label"] not in ("scam", "benign"):
                raise ValueError(
                    f"{path}:{number}: needs {', '.join(REQUIRED)} and label scam|benign"
                )
            if row["label"] == "scam" and row.get("kind") not in rules.KINDS:
                raise ValueError(f"{path}:{number}: a scam row needs a kind of {rules.KINDS}")
            row.setdefault("id", number)
            row.setdefault("kind", None)
            row.setdefault("split", "all")
            rows.append(row)
    return rows


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass
class Report:
    rows: int
    overall: Score
    per_kind: dict[str, Score]
    mistakes: list[tuple[dict[str, Any], list[str]]]


def predicted_kinds(row: dict[str, Any]) -> list[str]:
    context = Context(
        paid=bool(row["paid"]),
        author=row["author"],
        verified_names=tuple(row.get("verified_names") or VERIFIED_NAMES),
        verified_registration=row.get("verified_registration", VERIFIED_REGISTRATION),
    )
    return [found.kind for found in detect(row["text"], context)]


def score(rows: Iterable[dict[str, Any]]) -> Report:
    """Overall: a message is flagged when any signal is found (scam vs benign).
    Per kind: a found kind is right when the row is a scam of that kind."""
    overall = Score()
    per_kind = {kind: Score() for kind in rules.KINDS}
    mistakes: list[tuple[dict[str, Any], list[str]]] = []
    count = 0
    for row in rows:
        count += 1
        kinds = predicted_kinds(row)
        scam = row["label"] == "scam"
        if scam and kinds:
            overall.tp += 1
        elif scam:
            overall.fn += 1
        elif kinds:
            overall.fp += 1
        truth = row["kind"] if scam else None
        for kind in kinds:
            if kind == truth:
                per_kind[kind].tp += 1
            else:
                per_kind[kind].fp += 1
        if truth is not None and truth not in kinds:
            per_kind[truth].fn += 1
        if bool(kinds) != scam or (scam and truth not in kinds):
            mistakes.append((row, kinds))
    return Report(count, overall, per_kind, mistakes)


def report_lines(rows: Sequence[dict[str, Any]], name: str, *, mistakes: bool) -> list[str]:
    """The printed report of one split: message-level figures, then per kind."""
    report = score(rows)
    scams = sum(1 for row in rows if row["label"] == "scam")
    o = report.overall
    lines = [
        f"\n{name}: {report.rows} messages ({scams} scam, {report.rows - scams} benign)",
        f"  overall   precision {o.precision:.3f}  recall {o.recall:.3f}"
        f"  (tp {o.tp}, fp {o.fp}, fn {o.fn})",
    ]
    for kind, s in report.per_kind.items():
        lines.append(
            f"  {kind:<18} precision {s.precision:.3f}  recall {s.recall:.3f}"
            f"  (tp {s.tp}, fp {s.fp}, fn {s.fn})"
        )
    if mistakes:
        for row, kinds in report.mistakes:
            lines.append(
                f"  ! #{row['id']} {row['label']}/{row['kind']} found={kinds}: {row['text']}"
            )
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Precision and recall of the scam-signal detector on a labelled JSONL file."
    )
    parser.add_argument(
        "path", nargs="?", type=Path, default=LABELLED, help="labelled JSONL (default: dev set)"
    )
    parser.add_argument("--split", help="only rows of this split (default: each split, then all)")
    parser.add_argument("--mistakes", action="store_true", help="list the rows it gets wrong")
    args = parser.parse_args(argv)
    try:
        rows = load(args.path)
    except (OSError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(f"rules version {rules.VERSION}; {len(rows)} labelled messages in {args.path}")
    splits = sorted({row["split"] for row in rows})
    if args.split:
        groups = [(args.split, [row for row in rows if row["split"] == args.split])]
    else:
        groups = [(split, [row for row in rows if row["split"] == split]) for split in splits]
        if len(splits) > 1:
            groups.append(("all", list(rows)))
    for name, part in groups:
        print("\n".join(report_lines(part, name, mistakes=args.mistakes)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
