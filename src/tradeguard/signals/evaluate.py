"""Precision and recall of the detector on the labelled set (`data/labelled.jsonl`).

Pure Python; `benchmarks/scam_signals.py` prints what this computes. Each row is one
message written for the set: `text`, `language`, `paid` (had the buyer paid when it was
written), `author` (supplier/buyer), `label` (scam/benign), `kind` (the signal a scam
row carries, or the one a benign row resembles), `split` (fixed: `dev` for tuning the
rules, `heldout` only for reporting). Every row's supplier is the same verified company
(`VERIFIED_NAMES`, `VERIFIED_REGISTRATION`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tradeguard.signals import rules
from tradeguard.signals.detector import Context, detect

LABELLED = Path(__file__).parent / "data" / "labelled.jsonl"
VERIFIED_NAMES = ("Ningbo Sunrise Trading Co., Ltd.", "宁波日升贸易有限公司")
VERIFIED_REGISTRATION = "91330201MA2H4K7X3Q"


def load(path: Path = LABELLED) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


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
        verified_names=VERIFIED_NAMES,
        verified_registration=VERIFIED_REGISTRATION,
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
