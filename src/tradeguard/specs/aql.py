"""ISO 2859-1 single sampling plans by attributes (pure: no database).

Tables 1 (sample size code letters), 2-A (normal), 2-B (tightened) and 2-C (reduced,
the ISO 1999 version without a gap between Ac and Re), transcribed from
shared/reference/aql-iso2859-1.md and tested cell by cell against it.

`sampling_plan(lot_size=, level=, aql=, inspection=)` answers a `SamplingPlan`:
arrows are followed to the plan where they land (the letter and sample size become
those of the landing row), and when the sample would be at least the lot, every unit
is inspected (`hundred_percent=True`, `sample_size == lot_size`; the landing plan's
Ac/Re still judge the lot).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from tradeguard.common.errors import ApplicationError
from tradeguard.specs.enums import InspectionSeverity, SpecsErrorCode

LEVELS: tuple[str, ...] = ("S-1", "S-2", "S-3", "S-4", "I", "II", "III")
LETTERS: tuple[str, ...] = tuple("ABCDEFGHJKLMNPQR")
AQL_LABELS: tuple[str, ...] = (
    "0.065",
    "0.10",
    "0.15",
    "0.25",
    "0.40",
    "0.65",
    "1.0",
    "1.5",
    "2.5",
    "4.0",
    "6.5",
    "10",
)
AQLS: tuple[Decimal, ...] = tuple(Decimal(a) for a in AQL_LABELS)
INSPECTIONS: tuple[str, ...] = tuple(InspectionSeverity.values)

# Table 1: (upper bound of the lot size range, letters for S-1 S-2 S-3 S-4 I II III).
# The last row has no upper bound ("500001 and over").
TABLE_1: tuple[tuple[int | None, str], ...] = (
    (8, "AAAAAAB"),
    (15, "AAAAABC"),
    (25, "AABBBCD"),
    (50, "ABBCCDE"),
    (90, "BBCCCEF"),
    (150, "BBCDDFG"),
    (280, "BCDEEGH"),
    (500, "BCDEFHJ"),
    (1200, "CCEFGJK"),
    (3200, "CDEGHKL"),
    (10000, "CDFGJLM"),
    (35000, "CDFHKMN"),
    (150000, "DEGJLNP"),
    (500000, "DEGJMPQ"),
    (None, "DEHKNQR"),
)

SAMPLE_SIZES: dict[str, dict[str, int]] = {
    "normal": dict(
        zip(
            LETTERS,
            (2, 3, 5, 8, 13, 20, 32, 50, 80, 125, 200, 315, 500, 800, 1250, 2000),
            strict=True,
        )
    ),
    "tightened": dict(
        zip(
            LETTERS,
            (2, 3, 5, 8, 13, 20, 32, 50, 80, 125, 200, 315, 500, 800, 1250, 2000),
            strict=True,
        )
    ),
    "reduced": dict(
        zip(LETTERS, (2, 2, 2, 3, 5, 8, 13, 20, 32, 50, 80, 125, 200, 315, 500, 800), strict=True)
    ),
}

# Tables 2-A/2-B/2-C, one line per code letter, one cell per AQL in AQL_LABELS order:
# "Ac/Re", "v" (use the first plan below) or "^" (use the first plan above).
_TABLE_2A = """
A v v v v v v v v v v 0/1 v
B v v v v v v v v v 0/1 ^ v
C v v v v v v v v 0/1 ^ v 1/2
D v v v v v v v 0/1 ^ v 1/2 2/3
E v v v v v v 0/1 ^ v 1/2 2/3 3/4
F v v v v v 0/1 ^ v 1/2 2/3 3/4 5/6
G v v v v 0/1 ^ v 1/2 2/3 3/4 5/6 7/8
H v v v 0/1 ^ v 1/2 2/3 3/4 5/6 7/8 10/11
J v v 0/1 ^ v 1/2 2/3 3/4 5/6 7/8 10/11 14/15
K v 0/1 ^ v 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22
L 0/1 ^ v 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 ^
M ^ v 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 ^ ^
N v 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 ^ ^ ^
P 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 ^ ^ ^ ^
Q 2/3 3/4 5/6 7/8 10/11 14/15 21/22 ^ ^ ^ ^ ^
R 3/4 5/6 7/8 10/11 14/15 21/22 ^ ^ ^ ^ ^ ^
"""

# ISO/GB: A at AQL 10 is n=2, 0/1 (MIL-STD-105E/Z1.4 send it down to D; ISO is followed).
_TABLE_2B = """
A v v v v v v v v v v v 0/1
B v v v v v v v v v v 0/1 v
C v v v v v v v v v 0/1 v v
D v v v v v v v v 0/1 v v 1/2
E v v v v v v v 0/1 v v 1/2 2/3
F v v v v v v 0/1 v v 1/2 2/3 3/4
G v v v v v 0/1 v v 1/2 2/3 3/4 5/6
H v v v v 0/1 v v 1/2 2/3 3/4 5/6 8/9
J v v v 0/1 v v 1/2 2/3 3/4 5/6 8/9 12/13
K v v 0/1 v v 1/2 2/3 3/4 5/6 8/9 12/13 18/19
L v 0/1 v v 1/2 2/3 3/4 5/6 8/9 12/13 18/19 ^
M 0/1 v v 1/2 2/3 3/4 5/6 8/9 12/13 18/19 ^ ^
N v v 1/2 2/3 3/4 5/6 8/9 12/13 18/19 ^ ^ ^
P v 1/2 2/3 3/4 5/6 8/9 12/13 18/19 ^ ^ ^ ^
Q 1/2 2/3 3/4 5/6 8/9 12/13 18/19 ^ ^ ^ ^ ^
R 2/3 3/4 5/6 8/9 12/13 18/19 ^ ^ ^ ^ ^ ^
"""

_TABLE_2C = """
A v v v v v v v v v v 0/1 v
B v v v v v v v v v 0/1 ^ v
C v v v v v v v v 0/1 ^ v v
D v v v v v v v 0/1 ^ v v 1/2
E v v v v v v 0/1 ^ v v 1/2 2/3
F v v v v v 0/1 ^ v v 1/2 2/3 3/4
G v v v v 0/1 ^ v v 1/2 2/3 3/4 5/6
H v v v 0/1 ^ v v 1/2 2/3 3/4 5/6 6/7
J v v 0/1 ^ v v 1/2 2/3 3/4 5/6 6/7 8/9
K v 0/1 ^ v v 1/2 2/3 3/4 5/6 6/7 8/9 10/11
L 0/1 ^ v v 1/2 2/3 3/4 5/6 6/7 8/9 10/11 ^
M ^ v v 1/2 2/3 3/4 5/6 6/7 8/9 10/11 ^ ^
N v v 1/2 2/3 3/4 5/6 6/7 8/9 10/11 ^ ^ ^
P v 1/2 2/3 3/4 5/6 6/7 8/9 10/11 ^ ^ ^ ^
Q 1/2 2/3 3/4 5/6 6/7 8/9 10/11 ^ ^ ^ ^ ^
R 2/3 3/4 5/6 6/7 8/9 10/11 ^ ^ ^ ^ ^ ^
"""

Cell = tuple[int, int] | str  # (Ac, Re) or an arrow "v" / "^"


def _parse_table(text: str) -> dict[str, tuple[Cell, ...]]:
    rows: dict[str, tuple[Cell, ...]] = {}
    for line in text.strip().splitlines():
        letter, *cells = line.split()
        parsed: list[Cell] = []
        for cell in cells:
            if cell in ("v", "^"):
                parsed.append(cell)
            else:
                ac, re_ = cell.split("/")
                parsed.append((int(ac), int(re_)))
        assert len(parsed) == len(AQL_LABELS), letter
        rows[letter] = tuple(parsed)
    assert tuple(rows) == LETTERS
    return rows


TABLES: dict[str, dict[str, tuple[Cell, ...]]] = {
    "normal": _parse_table(_TABLE_2A),
    "tightened": _parse_table(_TABLE_2B),
    "reduced": _parse_table(_TABLE_2C),
}


@dataclass(frozen=True, slots=True)
class SamplingPlan:
    """One single sampling plan. `code_letter`/`sample_size` are those of the row the
    arrows landed on; with `hundred_percent` every unit of the lot is inspected."""

    code_letter: str
    sample_size: int
    accept: int
    reject: int
    inspection: str
    lot_size: int
    hundred_percent: bool = False

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def cli_dict(self) -> dict[str, Any]:
        """The CLI contract's JSON keys, in this order."""
        return {
            "code_letter": self.code_letter,
            "sample_size": self.sample_size,
            "accept": self.accept,
            "reject": self.reject,
            "inspection": self.inspection,
            "lot_size": self.lot_size,
        }

    def verdict(self, defects: int) -> bool:
        """True when `defects` found in the sample accept the lot (d <= Ac)."""
        if defects < 0:
            raise ValueError("defects cannot be negative")
        return defects <= self.accept


def _error(code: SpecsErrorCode, field: str, reason: str, message: str) -> ApplicationError:
    return ApplicationError(code, message, fields={field: reason}, status=422)


def parse_lot_size(value: object) -> int:
    try:
        if isinstance(value, bool):
            raise ValueError
        if isinstance(value, float | Decimal) and value != int(value):
            raise ValueError
        lot = int(str(value).strip()) if not isinstance(value, int) else value
    except (TypeError, ValueError):
        raise _error(
            SpecsErrorCode.INVALID_LOT_SIZE,
            "lot_size",
            "Give the number of units in the lot as a whole number, e.g. 4000.",
            f"Lot size {value!r} is not a whole number.",
        ) from None
    if lot < 1:
        raise _error(
            SpecsErrorCode.INVALID_LOT_SIZE,
            "lot_size",
            "A lot has at least 1 unit.",
            f"Lot size {lot} is not positive.",
        )
    return lot


def parse_level(value: object) -> str:
    text = str(value or "").strip().upper().replace("_", "-")
    if text in {"S1", "S2", "S3", "S4"}:
        text = f"S-{text[1]}"
    if text not in LEVELS:
        raise _error(
            SpecsErrorCode.INVALID_LEVEL,
            "level",
            f"Use one of {', '.join(LEVELS)}.",
            f"Inspection level {value!r} is not an ISO 2859-1 level.",
        )
    return text


def parse_aql(value: object) -> Decimal:
    """An AQL column of the tables (0.065 .. 10), returned as the canonical Decimal."""
    try:
        number = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        number = None
    if number is not None and number.is_finite():
        for aql in AQLS:
            if aql == number:
                return aql
    raise _error(
        SpecsErrorCode.INVALID_AQL,
        "aql",
        f"Use one of the table's AQL values: {', '.join(AQL_LABELS)}.",
        f"AQL {value!r} is not a column of ISO 2859-1 Table 2.",
    )


def aql_label(aql: Decimal) -> str:
    return AQL_LABELS[AQLS.index(aql)]


def parse_inspection(value: object) -> str:
    text = str(value or "").strip().lower()
    if text not in INSPECTIONS:
        raise _error(
            SpecsErrorCode.INVALID_INSPECTION,
            "inspection",
            f"Use one of {', '.join(INSPECTIONS)}.",
            f"Inspection {value!r} is not normal, tightened or reduced.",
        )
    return text


def code_letter(lot_size: int, level: str) -> str:
    """Table 1. Lots below 2 units use the first row (they are inspected 100%)."""
    lot = parse_lot_size(lot_size)
    column = LEVELS.index(parse_level(level))
    for upper, letters in TABLE_1:
        if upper is None or lot <= upper:
            return letters[column]
    raise AssertionError("unreachable: the last row of Table 1 is open-ended")


def resolve(letter: str, aql: Decimal, inspection: str) -> tuple[str, int, int]:
    """Follow arrows from (letter, aql) in the table for `inspection`; answers the
    landing (letter, Ac, Re)."""
    table = TABLES[inspection]
    column = AQLS.index(aql)
    row = LETTERS.index(letter)
    seen = 0
    while True:
        cell = table[LETTERS[row]][column]
        if isinstance(cell, tuple):
            return LETTERS[row], cell[0], cell[1]
        row += 1 if cell == "v" else -1
        seen += 1
        if not 0 <= row < len(LETTERS) or seen > len(LETTERS):
            raise AssertionError(f"arrow from {letter}/{aql} leaves the table")


def sampling_plan(
    *, lot_size: object, level: object = "II", aql: object, inspection: object = "normal"
) -> SamplingPlan:
    lot = parse_lot_size(lot_size)
    lvl = parse_level(level)
    value = parse_aql(aql)
    kind = parse_inspection(inspection)
    letter, accept, reject = resolve(code_letter(lot, lvl), value, kind)
    n = SAMPLE_SIZES[kind][letter]
    if n >= lot:
        return SamplingPlan(letter, lot, accept, reject, kind, lot, hundred_percent=True)
    return SamplingPlan(letter, n, accept, reject, kind, lot, hundred_percent=False)


def critical_plan(major: SamplingPlan) -> SamplingPlan:
    """Critical defects: none allowed, judged on the sample drawn for major defects."""
    return SamplingPlan(
        major.code_letter,
        major.sample_size,
        0,
        1,
        major.inspection,
        major.lot_size,
        major.hundred_percent,
    )


def tighter_accept(plan: SamplingPlan, aql: object) -> int | None:
    """Ac of the same code letter's row one AQL step tighter (for the switching
    score, ISO 2859-1 9.3.3.2). None when there is no tighter column or that cell is
    an arrow (only happens for Ac 0/1 plans, where the score does not use it)."""
    column = AQLS.index(parse_aql(aql))
    if column == 0:
        return None
    cell = TABLES[plan.inspection][plan.code_letter][column - 1]
    return cell[0] if isinstance(cell, tuple) else None
