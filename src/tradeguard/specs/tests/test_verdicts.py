"""Report verdicts (pure), including hypothesis tests of the arithmetic."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradeguard.common.errors import ApplicationError
from tradeguard.specs.clauses import validate_clauses
from tradeguard.specs.evidence import (
    FindingStatus,
    Outcome,
    ReportEvidence,
    clause_findings,
    recommend,
)
from tradeguard.specs.tests.factories import CLAUSES, failing_content, passing_content
from tradeguard.specs.verdicts import compute_verdict, default_plan_settings, validate_content

CL = validate_clauses(CLAUSES)
SETTINGS = default_plan_settings()


def verdict(content, ordered=1000, settings=SETTINGS):
    return compute_verdict(
        content=validate_content(content, CL),
        clauses=CL,
        settings=settings,
        quantity_ordered=ordered,
    )


def test_failing_clause_rejects_the_lot_with_the_issue_wording():
    v = verdict(failing_content(80, 7))
    assert v.overall == "fail"
    c = v.clause("3.2")
    assert (c.measured, c.out_of_tolerance, c.accept, c.reject) == (80, 7, 5, 6)
    assert c.explanation == (
        "clause 3.2 Bottle height 120 mm ± 2: 7 of 80 sampled units out of tolerance; "
        "major, Ac 5 → lot rejected"
    )
    assert v.klass("major").found == 7
    assert v.klass("major").verdict == "fail"
    assert {s.key: s.verdict for s in v.sections}["measurements"] == "fail"


def test_passing_report():
    v = verdict(passing_content())
    assert v.overall == "pass", [s for s in v.sections if s.verdict != "pass"]


def test_accepted_with_a_few_out():
    v = verdict(failing_content(80, 5))
    assert v.clause("3.2").verdict == "pass"
    assert v.overall == "pass"


def test_critical_defect_fails_with_zero_allowed():
    content = passing_content()
    content["defects"] = [{"severity": "critical", "description": "Sharp edge", "units": 1}]
    v = verdict(content)
    assert v.klass("critical").accept == 0
    assert v.klass("critical").required_sample == 80
    assert v.klass("critical").verdict == "fail"
    assert v.overall == "fail"


def test_short_sample_is_pending_and_missing_checks_pending():
    content = passing_content(40)
    content["checks"] = []
    v = verdict(content)
    assert v.klass("major").verdict == "pending"
    assert v.clause("3.2").verdict == "pending"
    assert v.clause("6.1").verdict == "pending"
    assert v.overall == "pending"


@pytest.mark.parametrize(
    ("presented", "section"), [(950, "pass"), (949, "fail"), (1050, "pass"), (1051, "fail")]
)
def test_quantity_within_five_percent(presented, section):
    content = passing_content()
    content["quantity_presented"] = presented
    v = verdict(content)
    assert {s.key: s.verdict for s in v.sections}["quantity"] == section


def test_failed_on_site_test_fails_the_report():
    content = passing_content()
    content["tests"] = [{"name": "Drop", "passed": False, "notes": "cracked"}]
    assert verdict(content).overall == "fail"


def test_a_unit_counts_once_under_its_most_serious_clause():
    clauses = validate_clauses(
        [
            {**CLAUSES[0]},
            {
                "clause_id": "3.3",
                "text": "Width",
                "kind": "dimension",
                "severity": "minor",
                "target": {"type": "measure", "value": "60", "unit": "mm", "tolerance": "1"},
            },
        ]
    )
    content = {
        "lot_size": 1000,
        "sample_size": 80,
        "quantity_presented": 1000,
        "measurements": [
            {"clause_id": "3.2", "values": ["130"] * 3 + ["120"] * 77},
            {"clause_id": "3.3", "values": ["70"] * 5 + ["60"] * 75},
        ],
    }
    v = compute_verdict(
        content=validate_content(content, clauses),
        clauses=clauses,
        settings=SETTINGS,
        quantity_ordered=1000,
    )
    assert v.klass("major").found == 3
    assert v.klass("minor").found == 2  # units 3 and 4 only; 0-2 counted as major


def test_invalid_content_names_the_field():
    with pytest.raises(ApplicationError) as info:
        validate_content({"measurements": [{"clause_id": "3.2", "values": ["x"]}]}, CL)
    assert "measurements.0.values.0" in info.value.fields
    with pytest.raises(ApplicationError) as info:
        validate_content({"measurements": [{"clause_id": "9.9", "values": []}]}, CL)
    assert "measurements.0.clause_id" in info.value.fields
    with pytest.raises(ApplicationError) as info:
        validate_content({"lot_size": 10, "sample_size": 20}, CL)
    assert "sample_size" in info.value.fields


@settings(max_examples=60, deadline=None)
@given(
    out=st.integers(min_value=0, max_value=80),
    workmanship=st.integers(min_value=0, max_value=20),
    aql_major=st.sampled_from(["0.65", "1.0", "1.5", "2.5", "4.0", "6.5"]),
)
def test_class_verdict_arithmetic(out, workmanship, aql_major):
    content = failing_content(80, out)
    if workmanship:
        content["defects"] = [{"severity": "major", "description": "scratch", "units": workmanship}]
    settings_ = default_plan_settings(aql_major=aql_major)
    v = verdict(content, settings=settings_)
    major = v.klass("major")
    assert major.found == out + workmanship
    assert (major.verdict == "fail") == (major.found >= major.reject)
    assert (major.verdict == "pass") == (
        major.found <= major.accept and major.required_sample <= 80
    )
    clause = v.clause("3.2")
    assert clause.out_of_tolerance == out
    if clause.verdict == "fail":
        assert v.overall == "fail"
    if major.verdict == "fail":
        assert v.overall == "fail"


def _evidence(content):
    v = verdict(content)
    return [
        ReportEvidence(1, 1, "Pre-shipment inspection #1, report v1", v, "/specs/inspections/1/")
    ]


def test_findings_and_full_refund_for_a_rejected_lot():
    ev = _evidence(failing_content(80, 7))
    findings = clause_findings(["3.2", "4.1", "9.9"], CL, ev)
    assert [f.status for f in findings] == [
        FindingStatus.BROKEN,
        FindingStatus.NOT_BROKEN,
        FindingStatus.UNKNOWN_CLAUSE,
    ]
    assert (
        "7 of 80 sampled units out of tolerance; major, Ac 5 → lot rejected"
        in findings[0].explanation
    )
    rec = recommend(
        findings=findings,
        reports=ev,
        order_total=Decimal("12000.00"),
        currency="USD",
        quantity_ordered=Decimal(1000),
        unit_price=Decimal("12.00"),
    )
    assert rec.outcome == Outcome.FULL_REFUND_OR_RETURN
    assert rec.amount == Decimal("12000.00")
    assert any("full refund" in line for line in rec.arithmetic)


def test_shortage_and_defective_share():
    content = failing_content(80, 4)  # accepted (Ac 5) but 4 of 80 out
    content["quantity_presented"] = 960
    ev = _evidence(content)
    findings = clause_findings(["3.2"], CL, ev)
    assert findings[0].status == FindingStatus.DEFECTIVE_UNITS
    rec = recommend(
        findings=findings,
        reports=ev,
        order_total=Decimal("12000.00"),
        currency="USD",
        quantity_ordered=Decimal(1000),
        unit_price=Decimal("12.00"),
    )
    assert rec.outcome == Outcome.PARTIAL_REFUND
    # shortage 40 x 12 = 480; defective 4/80 = 5% x 960 = 48 units x 12 = 576
    assert rec.amount == Decimal("1056.00")
    assert any("40 missing units" in line for line in rec.arithmetic)
    assert any("48 units" in line for line in rec.arithmetic)


def test_no_evidence_and_no_refund():
    rec = recommend(
        findings=clause_findings(["3.2"], CL, []),
        reports=[],
        order_total=Decimal(100),
        currency="USD",
        quantity_ordered=Decimal(10),
        unit_price=Decimal(10),
    )
    assert rec.outcome == Outcome.INSUFFICIENT_EVIDENCE
    ev = _evidence(passing_content())
    rec = recommend(
        findings=clause_findings(["3.2"], CL, ev),
        reports=ev,
        order_total=Decimal(100),
        currency="USD",
        quantity_ordered=Decimal(10),
        unit_price=Decimal(10),
    )
    assert rec.outcome == Outcome.NO_REFUND
    assert rec.amount == 0


@settings(max_examples=50, deadline=None)
@given(
    out=st.integers(min_value=0, max_value=5), presented=st.integers(min_value=800, max_value=1000)
)
def test_partial_refund_arithmetic(out, presented):
    content = failing_content(80, out)
    content["quantity_presented"] = presented
    ev = _evidence(content)
    rec = recommend(
        findings=clause_findings(["3.2"], CL, ev),
        reports=ev,
        order_total=Decimal("12000.00"),
        currency="USD",
        quantity_ordered=Decimal(1000),
        unit_price=Decimal("12.00"),
    )
    shortage = (1000 - presented) * Decimal("12.00")
    share_units = (Decimal(out) / 80 * presented).quantize(Decimal(1), rounding="ROUND_HALF_UP")
    expected = min(shortage + share_units * Decimal("12.00"), Decimal("12000.00"))
    assert rec.amount == expected
    assert rec.outcome == (Outcome.PARTIAL_REFUND if expected > 0 else Outcome.NO_REFUND)
