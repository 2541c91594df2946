"""Clause validation, unit conversion and CIEDE2000 (pure)."""

from __future__ import annotations

import pytest

from tradeguard.common.errors import ApplicationError
from tradeguard.specs.clauses import (
    check_value,
    delta_e_2000,
    describe_target,
    diff_clauses,
    sha256_of,
    validate_clause,
    validate_clauses,
)
from tradeguard.specs.enums import SpecsErrorCode


def clause(**target):
    return {
        "clause_id": "3.2",
        "text": "Length",
        "kind": "dimension",
        "severity": "major",
        "target": {"type": "measure", **target},
    }


def test_measure_with_tolerance_normalises():
    c = validate_clause(clause(value="120.0", unit="mm", tolerance="2.00"))
    assert c["target"] == {"type": "measure", "value": "120", "unit": "mm", "tolerance": "2"}
    assert describe_target(c["target"]) == "120 mm ± 2"


@pytest.mark.parametrize(
    ("target", "code", "field"),
    [
        (
            {"value": "120", "unit": "mm", "tolerance": "-2"},
            SpecsErrorCode.NEGATIVE_TOLERANCE,
            "clause.target.tolerance",
        ),
        (
            {"value": "120", "unit": "furlongz", "tolerance": "2"},
            SpecsErrorCode.UNKNOWN_UNIT,
            "clause.target.unit",
        ),
        (
            {"unit": "mm", "min": "10", "max": "5"},
            SpecsErrorCode.MAX_BELOW_MIN,
            "clause.target.max",
        ),
        (
            {"value": "120", "unit": "kg", "tolerance": "2"},
            SpecsErrorCode.INCOMPATIBLE_UNIT,
            "clause.target.unit",
        ),
        (
            {"value": "abc", "unit": "mm", "tolerance": "2"},
            SpecsErrorCode.INVALID_CLAUSE,
            "clause.target.value",
        ),
        ({"unit": "mm"}, SpecsErrorCode.INVALID_CLAUSE, "clause.target.tolerance"),
        (
            {"value": "1", "unit": "mm", "tolerance": "1", "min": "0"},
            SpecsErrorCode.INVALID_CLAUSE,
            "clause.target.tolerance",
        ),
    ],
)
def test_impossible_targets_are_clear_errors(target, code, field):
    with pytest.raises(ApplicationError) as info:
        validate_clause(clause(**target))
    assert info.value.code == code
    assert field in info.value.fields
    assert info.value.fields[field]  # says what to do


def test_inches_measured_against_mm():
    target = validate_clause(clause(value="120", unit="mm", tolerance="2"))["target"]
    assert check_value(target, {"value": "4.75", "unit": "in"}).ok  # 120.65 mm
    assert check_value(target, {"value": "4.8", "unit": "in"}).ok  # 121.92 mm
    assert not check_value(target, {"value": "4.85", "unit": "in"}).ok  # 123.19 mm
    assert check_value(target, "121.9").ok
    assert not check_value(target, "122.01").ok


def test_pounds_against_grams_with_min_max():
    c = {
        "clause_id": "2",
        "text": "Net weight",
        "kind": "weight",
        "severity": "major",
        "target": {"type": "measure", "unit": "g", "min": "450"},
    }
    target = validate_clause(c)["target"]
    assert check_value(target, {"value": "1", "unit": "lb"}).ok  # 453.59 g
    assert not check_value(target, {"value": "0.99", "unit": "lb"}).ok
    with pytest.raises(ApplicationError) as info:
        check_value(target, {"value": "1", "unit": "mm"})
    assert info.value.code == SpecsErrorCode.INCOMPATIBLE_UNIT


@pytest.mark.parametrize(
    ("lab1", "lab2", "expected"),
    [  # Sharma, Wu, Dalal (2005) CIEDE2000 test data
        ([50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425),
        ([50, 3.1571, -77.2803], [50, 0, -82.7485], 2.8615),
        ([50, 2.5, 0], [73, 25, -18], 27.1492),
        ([60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644),
        ([90.8027, -2.0831, 1.441], [91.1528, -1.6435, 0.0447], 1.4441),
    ],
)
def test_ciede2000_reference_pairs(lab1, lab2, expected):
    assert delta_e_2000(lab1, lab2) == pytest.approx(expected, abs=1e-4)


def test_colour_clause_hex_and_pantone():
    c = {
        "clause_id": "4.1",
        "text": "Red",
        "kind": "colour",
        "severity": "minor",
        "target": {"type": "colour", "hex": "c8102e", "pantone": "186 C", "delta_e": "2"},
    }
    target = validate_clause(c)["target"]
    assert target["hex"] == "#C8102E"
    assert check_value(target, "#C8102E").ok
    assert not check_value(target, "#A00020").ok
    assert describe_target(target) == "186 C / #C8102E within ΔE00 2"
    pantone_only = validate_clause({**c, "target": {"type": "colour", "pantone": "186 C"}})[
        "target"
    ]
    assert check_value(pantone_only, True).ok
    with pytest.raises(ApplicationError):
        validate_clause({**c, "target": {"type": "colour", "hex": "#12"}})
    with pytest.raises(ApplicationError) as info:
        validate_clause({**c, "target": {"type": "colour", "hex": "#C8102E", "delta_e": "-1"}})
    assert info.value.code == SpecsErrorCode.NEGATIVE_TOLERANCE


def test_text_and_check_targets():
    label = validate_clause(
        {
            "clause_id": "6.1",
            "text": "CE",
            "kind": "labeling",
            "severity": "major",
            "target": {"type": "text", "text": "CE"},
        }
    )["target"]
    assert check_value(label, True).ok
    assert not check_value(label, False).ok
    check = validate_clause(
        {
            "clause_id": "7",
            "text": "Lid closes",
            "kind": "function",
            "severity": "major",
            "target": {"type": "check", "expected": "yes"},
        }
    )["target"]
    assert check == {"type": "check", "expected": True}


@pytest.mark.parametrize(
    ("field", "value"),
    [("clause_id", ""), ("text", ""), ("kind", "size"), ("severity", "bad")],
)
def test_clause_fields_required(field, value):
    with pytest.raises(ApplicationError) as info:
        validate_clause({**clause(value="1", unit="mm", tolerance="1"), field: value})
    assert f"clause.{field}" in info.value.fields


def test_duplicate_ids_and_empty_list():
    c = clause(value="1", unit="mm", tolerance="1")
    with pytest.raises(ApplicationError) as info:
        validate_clauses([c, c])
    assert info.value.code == SpecsErrorCode.DUPLICATE_CLAUSE_ID
    assert "clauses.1.clause_id" in info.value.fields
    with pytest.raises(ApplicationError) as info:
        validate_clauses([])
    assert info.value.code == SpecsErrorCode.NO_CLAUSES


def test_hash_is_canonical():
    assert sha256_of({"b": 1, "a": "é"}) == sha256_of({"a": "é", "b": 1})


def test_diff():
    a = [validate_clause(clause(value="120", unit="mm", tolerance="2"))]
    b = [
        validate_clause(clause(value="120", unit="mm", tolerance="1")),
        {**a[0], "clause_id": "10.1"},
    ]
    rows = diff_clauses(a, b)
    assert [(r["clause_id"], r["change"], r["fields"]) for r in rows] == [
        ("3.2", "changed", ["target"]),
        ("10.1", "added", []),
    ]


def test_problems_in_several_clauses_are_reported_together_each_at_its_field():
    good = clause(value="120", unit="mm", tolerance="2")
    bad_unit = {**clause(value="1", unit="kg", tolerance="1"), "clause_id": "3.3"}
    no_text = {**good, "clause_id": "3.4", "text": "", "kind": ""}
    with pytest.raises(ApplicationError) as info:
        validate_clauses([good, bad_unit, no_text, good])
    fields = info.value.fields
    assert set(fields) == {
        "clauses.1.target.unit",
        "clauses.2.text",
        "clauses.2.kind",
        "clauses.3.clause_id",
    }
    assert info.value.code == SpecsErrorCode.INCOMPATIBLE_UNIT  # the first problem's
    assert info.value.message == "4 problems in the clauses; each is shown at its field."
    assert "used twice" in fields["clauses.3.clause_id"]
