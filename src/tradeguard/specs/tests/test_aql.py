"""ISO 2859-1 tables: every cell of 2-A/2-B/2-C and Table 1, checked against a JSON
transcription of shared/reference/aql-iso2859-1.md (and the JSON against the markdown
when shared/ is present)."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradeguard.common.errors import ApplicationError
from tradeguard.specs import aql
from tradeguard.specs.enums import SpecsErrorCode
from tradeguard.specs.tests.aql_reference import DATA_FILE, parse_reference, reference_path

REFERENCE = json.loads(DATA_FILE.read_text(encoding="utf-8"))
INSPECTIONS = ("normal", "tightened", "reduced")


def test_json_transcription_matches_the_markdown_reference():
    path = reference_path()
    if not path.exists():
        pytest.skip(f"{path} is not present (shared/ sits beside the repository in CI)")
    assert parse_reference(path.read_text(encoding="utf-8")) == REFERENCE


def test_reference_shape():
    assert REFERENCE["levels"] == list(aql.LEVELS)
    for name in INSPECTIONS:
        assert REFERENCE["tables"][name]["aqls"] == list(aql.AQL_LABELS)
        assert list(REFERENCE["tables"][name]["rows"]) == list(aql.LETTERS)
    assert len(REFERENCE["table1"]) == 15


@pytest.mark.parametrize("inspection", INSPECTIONS)
@pytest.mark.parametrize("letter", aql.LETTERS)
def test_every_raw_cell_of_table_2(inspection, letter):
    row = REFERENCE["tables"][inspection]["rows"][letter]
    assert aql.SAMPLE_SIZES[inspection][letter] == row["n"]
    for column, label in enumerate(aql.AQL_LABELS):
        expected = row["cells"][label]
        got = aql.TABLES[inspection][letter][column]
        got_text = got if isinstance(got, str) else f"{got[0]}/{got[1]}"
        assert got_text == expected, (inspection, letter, label)


def _expected_plan(inspection: str, letter: str, label: str) -> tuple[str, int, int, int]:
    """Follow the arrows in the JSON transcription (an independent resolver)."""
    rows = REFERENCE["tables"][inspection]["rows"]
    order = list(rows)
    i = order.index(letter)
    while True:
        cell = rows[order[i]]["cells"][label]
        if cell == "v":
            i += 1
        elif cell == "^":
            i -= 1
        else:
            ac, re_ = (int(x) for x in cell.split("/"))
            return order[i], rows[order[i]]["n"], ac, re_


@pytest.mark.parametrize("inspection", INSPECTIONS)
@pytest.mark.parametrize("row", range(15))
def test_every_table_1_range_level_and_aql_resolves_to_the_reference_plan(inspection, row):
    entry = REFERENCE["table1"][row]
    lots = [entry["min"], entry["max"] or 10_000_000]
    if entry["min"] + 1 < (entry["max"] or 10_000_001):
        lots.append(entry["min"] + 1)
    for level, letter in entry["letters"].items():
        for lot in lots:
            assert aql.code_letter(lot, level) == letter, (lot, level)
            for label in aql.AQL_LABELS:
                landed, n, ac, re_ = _expected_plan(inspection, letter, label)
                plan = aql.sampling_plan(
                    lot_size=lot, level=level, aql=label, inspection=inspection
                )
                assert (plan.code_letter, plan.accept, plan.reject) == (landed, ac, re_), (
                    lot,
                    level,
                    label,
                )
                if n >= lot:
                    assert plan.hundred_percent
                    assert plan.sample_size == lot
                else:
                    assert not plan.hundred_percent
                    assert plan.sample_size == n


@pytest.mark.parametrize(
    ("lot", "level", "aql_value", "expected"),
    [
        (1000, "II", "1.5", ("J", 80, 3, 4)),
        (4000, "II", "2.5", ("L", 200, 10, 11)),
        (4000, "II", "4.0", ("L", 200, 14, 15)),
        (300, "II", "0.65", ("J", 80, 1, 2)),
        (20, "I", "1.5", ("D", 8, 0, 1)),
        (60, "II", "6.5", ("E", 13, 2, 3)),
        (20, "II", "6.5", ("D", 8, 1, 2)),
    ],
)
def test_worked_examples(lot, level, aql_value, expected):
    plan = aql.sampling_plan(lot_size=lot, level=level, aql=aql_value)
    assert (plan.code_letter, plan.sample_size, plan.accept, plan.reject) == expected
    assert plan.inspection == "normal"
    assert not plan.hundred_percent


def test_tightened_a_at_aql_10_follows_iso_not_z14():
    plan = aql.sampling_plan(lot_size=5, level="S-1", aql="10", inspection="tightened")
    assert (plan.code_letter, plan.accept, plan.reject) == ("A", 0, 1)
    assert plan.hundred_percent is False
    assert plan.sample_size == 2


def test_hundred_percent_when_the_sample_reaches_the_lot():
    plan = aql.sampling_plan(lot_size=6, level="II", aql="0.65")  # A -> v ... lands on F n=20
    assert plan.code_letter == "F"
    assert plan.hundred_percent
    assert plan.sample_size == 6
    assert (plan.accept, plan.reject) == (0, 1)


def test_critical_plan_uses_the_major_sample_with_zero_allowed():
    major = aql.sampling_plan(lot_size=4000, level="II", aql="2.5")
    critical = aql.critical_plan(major)
    assert (critical.sample_size, critical.accept, critical.reject) == (200, 0, 1)


@pytest.mark.parametrize(
    ("kwargs", "code", "field"),
    [
        ({"lot_size": 0}, SpecsErrorCode.INVALID_LOT_SIZE, "lot_size"),
        ({"lot_size": "abc"}, SpecsErrorCode.INVALID_LOT_SIZE, "lot_size"),
        ({"lot_size": 1.5}, SpecsErrorCode.INVALID_LOT_SIZE, "lot_size"),
        ({"level": "IV"}, SpecsErrorCode.INVALID_LEVEL, "level"),
        ({"aql": "3"}, SpecsErrorCode.INVALID_AQL, "aql"),
        ({"aql": "nan"}, SpecsErrorCode.INVALID_AQL, "aql"),
        ({"inspection": "strict"}, SpecsErrorCode.INVALID_INSPECTION, "inspection"),
    ],
)
def test_invalid_input_is_a_clear_error(kwargs, code, field):
    args = {"lot_size": 4000, "level": "II", "aql": "2.5", "inspection": "normal", **kwargs}
    with pytest.raises(ApplicationError) as info:
        aql.sampling_plan(**args)
    assert info.value.code == code
    assert field in info.value.fields


def test_aql_spellings_are_normalised():
    assert aql.parse_aql("0.1") == Decimal("0.10")
    assert aql.parse_aql(4) == Decimal("4.0")
    assert aql.parse_level("s2") == "S-2"
    assert aql.parse_level("ii") == "II"


def test_tables_are_diagonal_away_from_the_edges():
    """A structural cross-check independent of the transcription: inside the table, a
    plan moves one column left per row down (ISO builds Table 2 on diagonals)."""
    for inspection in INSPECTIONS:
        table = aql.TABLES[inspection]
        for r in range(1, len(aql.LETTERS)):
            for c in range(len(aql.AQL_LABELS) - 1):
                below_left = table[aql.LETTERS[r]][c]
                above = table[aql.LETTERS[r - 1]][c + 1]
                if isinstance(below_left, tuple) and isinstance(above, tuple):
                    assert below_left == above, (inspection, r, c)


plans = st.builds(
    aql.sampling_plan,
    lot_size=st.integers(min_value=1, max_value=2_000_000),
    level=st.sampled_from(aql.LEVELS),
    aql=st.sampled_from(aql.AQL_LABELS),
    inspection=st.sampled_from(INSPECTIONS),
)


@given(plan=plans, defects=st.integers(min_value=0, max_value=3000))
def test_verdict_arithmetic(plan, defects):
    assert plan.reject == plan.accept + 1
    assert 1 <= plan.sample_size <= plan.lot_size
    assert plan.hundred_percent == (
        plan.sample_size == plan.lot_size
        and (aql.SAMPLE_SIZES[plan.inspection][plan.code_letter] >= plan.lot_size)
    )
    accepted = plan.verdict(defects)
    assert accepted == (defects <= plan.accept)
    assert accepted != (defects >= plan.reject)


@given(
    lot=st.integers(min_value=2, max_value=2_000_000),
    level=st.sampled_from(aql.LEVELS),
    label=st.sampled_from(aql.AQL_LABELS),
)
def test_tightened_never_accepts_more_than_normal_on_the_same_sample(lot, level, label):
    normal = aql.sampling_plan(lot_size=lot, level=level, aql=label)
    tight = aql.sampling_plan(lot_size=lot, level=level, aql=label, inspection="tightened")
    if tight.sample_size == normal.sample_size:
        assert tight.accept <= normal.accept
