"""The evaluation scores any labelled JSONL file given by path, in the same report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tradeguard.signals.evaluate import load, main

ROWS = [
    {
        "label": "scam",
        "kind": "extra_fee",
        "paid": True,
        "author": "supplier",
        "text": "Customs need a clearance fee of $650 before they release the goods.",
        "split": "heldout",
    },
    {
        "label": "benign",
        "kind": "extra_fee",
        "paid": False,
        "author": "supplier",
        "text": "Sea freight is USD 1,150 and insurance 0.3%; confirm and we send the PI.",
        "split": "heldout",
    },
    {
        "label": "scam",
        "kind": "off_platform",
        "paid": False,
        "author": "supplier",
        "text": "Thank you for your order.",
    },
]


def write(tmp_path: Path, rows: list[dict[str, object]]) -> Path:
    path = tmp_path / "set.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n")
    return path


def test_a_file_given_by_path_is_scored_per_split_and_overall(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(write(tmp_path, ROWS))]) == 0
    out = capsys.readouterr().out
    assert "heldout: 2 messages (1 scam, 1 benign)" in out
    # The row without a split is reported as "all" with the rest.
    assert "all: 3 messages (2 scam, 1 benign)" in out
    assert "overall   precision 1.000  recall 0.500  (tp 1, fp 0, fn 1)" in out
    assert "extra_fee          precision 1.000  recall 1.000" in out
    assert "off_platform       precision 1.000  recall 0.000  (tp 0, fp 0, fn 1)" in out
    # Mistakes are listed only when asked.
    assert "! #" not in out


def test_one_split_and_its_mistakes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(write(tmp_path, ROWS)), "--split", "all", "--mistakes"]) == 0
    out = capsys.readouterr().out
    assert "! #3 scam/off_platform found=[]: Thank you for your order." in out


def test_a_malformed_file_stops_with_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = write(tmp_path, [ROWS[0], {"text": "no label", "paid": True, "author": "supplier"}])
    assert main([str(bad)]) == 2
    assert "set.jsonl:2: needs text, paid, author, label" in capsys.readouterr().err
    with pytest.raises(ValueError, match="a scam row needs a kind"):
        load(write(tmp_path, [{**ROWS[0], "kind": "other"}]))
    assert main([str(tmp_path / "missing.jsonl")]) == 2
