"""Parse shared/reference/aql-iso2859-1.md into plain data (independent of specs.aql).

Run `python -m tradeguard.specs.tests.aql_reference` to regenerate
`tests/data/aql_tables.json` from the markdown.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

DATA_FILE = Path(__file__).parent / "data" / "aql_tables.json"


def reference_path() -> Path:
    """shared/ sits beside the repository root (read-only in CI)."""
    repo_root = Path(__file__).resolve().parents[4]
    return repo_root.parent / "shared" / "reference" / "aql-iso2859-1.md"


def _code_block_after(text: str, heading: str) -> list[str]:
    start = text.index(heading)
    block = text[start:].split("```", 2)[1]
    return [line for line in block.splitlines() if line.strip()]


def parse_reference(text: str) -> dict[str, Any]:
    table1_lines = _code_block_after(text, "## Table 1")
    header = table1_lines[0].split()
    levels = header[2:]  # "Lot size" is two words
    table1 = []
    for line in table1_lines[1:]:
        match = re.match(r"^(\d+)(?:-(\d+)| and over)\s+(.*)$", line.strip())
        assert match, line
        low, high, rest = match.groups()
        letters = rest.split()
        assert len(letters) == len(levels), line
        table1.append(
            {
                "min": int(low),
                "max": int(high) if high else None,
                "letters": dict(zip(levels, letters, strict=True)),
            }
        )
    sizes: dict[str, dict[str, int]] = {}
    normal_sizes = re.search(r"normal and tightened:(.*?)\(", text, re.S)
    reduced_sizes = re.search(r"Reduced:(.*?)\.\n", text, re.S)
    assert normal_sizes
    assert reduced_sizes
    for name, chunk in (
        ("normal", normal_sizes.group(1)),
        ("tightened", normal_sizes.group(1)),
        ("reduced", reduced_sizes.group(1)),
    ):
        sizes[name] = {m[0]: int(m[1]) for m in re.findall(r"([A-Z])(\d+)", chunk)}
    tables: dict[str, Any] = {}
    for name, heading in (
        ("normal", "### 2-A normal"),
        ("tightened", "### 2-B tightened"),
        ("reduced", "### 2-C reduced"),
    ):
        lines = _code_block_after(text, heading)
        aqls = lines[0].split("|")[1].split()
        rows: dict[str, Any] = {}
        for line in lines[1:]:
            left, right = line.split("|")
            letter, n = left.split()
            cells = [c.rstrip("*") for c in right.split()]
            assert len(cells) == len(aqls), line
            assert int(n) == sizes[name][letter], (name, letter, n)
            rows[letter] = {"n": int(n), "cells": dict(zip(aqls, cells, strict=True))}
        tables[name] = {"aqls": aqls, "rows": rows}
    return {"levels": levels, "table1": table1, "sample_sizes": sizes, "tables": tables}


def main() -> None:
    data = parse_reference(reference_path().read_text(encoding="utf-8"))
    DATA_FILE.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    sys.stdout.write(f"wrote {DATA_FILE}\n")


if __name__ == "__main__":
    main()
