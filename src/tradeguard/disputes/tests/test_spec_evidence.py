"""Evidence-backed recommendations: a dispute citing spec clauses on an order with signed
inspection reports shows, per clause, what the evidence proves, and the officer's form
is pre-filled from it (never decided by it)."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

import pytest
from django.db import transaction
from django.test import Client

from tradeguard.accounts.models import User
from tradeguard.accounts.tests.factories import buyer, officer, supplier
from tradeguard.common.testing import ApiClient
from tradeguard.disputes import policy, services
from tradeguard.disputes.models import Dispute
from tradeguard.disputes.services._common import lock
from tradeguard.disputes.tests.factories import add_evidence
from tradeguard.specs.tests import factories as sf

pytestmark = pytest.mark.django_db

LOT_REJECTED = "7 of 80 sampled units out of tolerance; major, Ac 5 → lot rejected"


def world(*, paid: str = "12000.00", report: dict[str, Any] | None = None) -> sf.World:
    """1000 bottles at $12, received 20 days ago; spec binding; one signed report."""
    w = sf.world(quantity="1000", unit_price="12.00", status="completed", paid=paid)
    sf.binding_spec(w)
    if report is not None:
        sf.signed(w, report)
    return w


def file(
    w: sf.World,
    *references: str,
    source: str = "spec_clause",
    outcome: str = "full_refund",
    text: str = "",
    claimed: str | None = None,
) -> Dispute:
    return services.dispute_open(
        actor=w.buyer,
        order=w.order,
        reason="not_as_described",
        requested_outcome=outcome,
        claimed_amount=claimed,
        description="The bottles are 125 mm tall, the spec says 120 mm ± 2.",
        requirements=[services.RequirementInput(source, ref, text) for ref in references],
    ).dispute


def under_review(dispute: Dispute, by: User) -> None:
    for status in ("escalated", "under_review"):
        with transaction.atomic():
            services.dispute_transition(actor=by, dispute=lock(dispute), to=status)
    dispute.refresh_from_db()


def client_for(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


# --- API ------------------------------------------------------------------------------


def test_api_shows_the_broken_clause_and_a_full_refund_recommendation_to_both_parties() -> None:
    w = world(report=sf.failing_content())
    filed = ApiClient(w.buyer).post(
        "disputes",
        {
            "order_id": w.order.pk,
            "reason": "not_as_described",
            "requested_outcome": "full_refund",
            "description": "The bottles are 125 mm tall, the spec says 120 mm ± 2.",
            # The text is filled in from the order's specification.
            "requirements": [{"source": "spec_clause", "reference": "Clause 3.2"}],
        },
    )
    assert filed.status_code == 201, filed.json()
    body = filed.json()
    requirement = body["requirements"][0]
    assert requirement["text"] == "Clause 3.2 Bottle height 120 mm ± 2"
    for user in (w.buyer, w.supplier, officer()):
        data = ApiClient(user).get(f"disputes/{body['id']}").json()
        [finding] = data["evidence_summary"]
        assert finding["clause_id"] == "3.2"
        assert finding["status"] == "broken"
        assert finding["proven_broken"] is True
        assert finding["lot_rejected"] is True
        assert (finding["measured"], finding["out_of_tolerance"]) == (80, 7)
        assert LOT_REJECTED in finding["explanation"]
        assert finding["requirement_id"] == requirement["id"]
        assert finding["report_url"].startswith("/specs/inspections/")
        rec = data["recommendation"]
        assert rec["outcome"] == "full_refund_or_return"
        assert rec["amount"] == "12000.00"
        assert rec["currency"] == "USD"
        assert any("lot is rejected" in line for line in rec["arithmetic"])
        assert rec["suggested_outcome"] == "buyer_full"
        assert rec["suggested_refund_amount"] == "12000.00"
        assert data["status"] == "awaiting_response"  # nothing applied
        assert data["decision"] is None
    assert ApiClient(buyer()).get(f"disputes/{body['id']}").status_code == 404
    assert ApiClient(supplier()).get(f"disputes/{body['id']}").status_code == 404


def test_defective_units_below_rejection_recommend_their_share() -> None:
    # 3 of 80 out of tolerance, Ac 5: the lot passes, the defective share is refunded:
    # 3/80 x 1000 delivered = 37.5 -> 38 units x $12 = $456.
    w = world(report=sf.failing_content(out=3))
    dispute = file(w, "3.2", outcome="partial_refund", claimed="500.00")
    data = ApiClient(w.buyer).get(f"disputes/{dispute.pk}").json()
    assert data["evidence_summary"][0]["status"] == "defective_units"
    rec = data["recommendation"]
    assert (rec["outcome"], rec["amount"]) == ("partial_refund", "456.00")
    assert (rec["suggested_outcome"], rec["suggested_refund_amount"]) == (
        "buyer_partial",
        "456.00",
    )
    assert any("38 units" in line for line in rec["arithmetic"])


def test_clause_met_recommends_no_refund_and_unknown_clause_is_named() -> None:
    w = world(report=sf.passing_content())
    dispute = file(w, "§ 3.2", "Clause 9.9", text="As quoted by the buyer")
    data = ApiClient(w.supplier).get(f"disputes/{dispute.pk}").json()
    by_clause = {f["clause_id"]: f for f in data["evidence_summary"]}
    assert by_clause["3.2"]["status"] == "not_broken"
    assert by_clause["9.9"]["status"] == "unknown_clause"
    assert "not in the specification" in by_clause["9.9"]["explanation"]
    rec = data["recommendation"]
    assert rec["outcome"] == "no_refund"
    assert (rec["suggested_outcome"], rec["suggested_refund_amount"]) == ("supplier", "0.00")


def test_return_requested_and_award_capped_at_the_covered_amount() -> None:
    # Only $5,000 of $12,000 paid into the designated account: that is what is covered.
    w = world(paid="5000.00", report=sf.failing_content())
    dispute = file(w, "Clause 3.2", outcome="return_and_refund")
    rec = ApiClient(w.buyer).get(f"disputes/{dispute.pk}").json()["recommendation"]
    assert rec["amount"] == "12000.00"
    assert (rec["suggested_outcome"], rec["suggested_refund_amount"]) == (
        "return_and_refund",
        "5000.00",
    )
    assert "capped" in rec["note"]


@pytest.mark.parametrize(
    ("source", "report"),
    [
        ("contract_clause", sf.failing_content()),  # no spec clause cited
        ("spec_clause", None),  # no signed inspection report
    ],
)
def test_no_summary_without_cited_spec_clauses_or_signed_reports(
    source: str, report: dict[str, Any] | None
) -> None:
    w = world(report=report)
    dispute = file(w, "Clause 3.2", source=source, text="Height 120 mm ± 2")
    data = ApiClient(w.buyer).get(f"disputes/{dispute.pk}").json()
    assert data["evidence_summary"] == []
    assert data["recommendation"] is None
    page = client_for(w.buyer).get(f"/disputes/{dispute.pk}/").content.decode()
    assert "Specification evidence" not in page


def test_case_detail_keeps_a_fixed_number_of_queries(
    django_assert_max_num_queries: Any,
) -> None:
    w = world(report=sf.failing_content())
    dispute = file(w, "3.2")
    api = ApiClient(w.buyer)
    with django_assert_max_num_queries(30):  # 24 today; 16 without spec evidence
        assert api.get(f"disputes/{dispute.pk}").status_code == 200


# --- Pages ----------------------------------------------------------------------------


def test_case_page_shows_per_clause_findings_and_the_explained_recommendation() -> None:
    w = world(report=sf.failing_content())
    dispute = file(w, "Clause 3.2")
    for user in (w.buyer, w.supplier):
        html = client_for(user).get(f"/disputes/{dispute.pk}/").content.decode()
        assert "Specification evidence" in html
        assert LOT_REJECTED in html
        assert 'data-clause="3.2"' in html
        assert "Recommended: Full refund, or return and refund" in html
        assert "never applied without the officer" in html
    respond = client_for(w.supplier).get(f"/disputes/{dispute.pk}/respond/").content.decode()
    assert LOT_REJECTED in respond  # the supplier sees it before answering


def test_decision_form_is_prefilled_and_nothing_happens_until_the_officer_submits() -> None:
    w = world(report=sf.failing_content())
    dispute = file(w, "Clause 3.2")
    report = add_evidence(w.buyer, dispute, "inspection_report")
    photo = add_evidence(w.buyer, dispute, "product_photo")
    ruling, other = officer(), officer()
    under_review(dispute, other)
    web = client_for(ruling)
    response = web.get(f"/disputes/{dispute.pk}/decide/")
    assert response.status_code == 200
    form = response.context["form"]
    requirement = dispute.requirements.get()
    assert form["outcome"].value() == "buyer_full"
    assert form["refund_amount"].value() == Decimal("12000.00")
    assert "lot rejected" in form["statement"].value()
    assert "Rejected lot → full refund" in form["statement"].value()
    assert LOT_REJECTED in form["finding_0_text"].value()
    assert form["finding_0_requirement"].value() == requirement.pk
    assert form["finding_0_evidence"].value() == [report.pk]  # not the photo
    assert photo.pk not in form["finding_0_evidence"].value()
    html = response.content.decode()
    assert 'id="prefilled-note"' in html
    assert "nothing is decided until you record the decision" in html
    dispute.refresh_from_db()
    assert dispute.status == "under_review"
    assert not dispute.decisions.exists()

    # The officer changes the award before recording it: the form decides, not the advice.
    done = web.post(
        f"/disputes/{dispute.pk}/decide/",
        {
            "outcome": "return_and_refund",
            "refund_amount": "11000.00",
            "statement": form["statement"].value(),
            "finding_0_text": form["finding_0_text"].value(),
            "finding_0_evidence": [str(report.pk)],
            "finding_0_requirement": str(requirement.pk),
        },
    )
    assert done.status_code == 302
    decision = dispute.decisions.get()
    assert (decision.outcome, decision.refund_amount) == ("return_and_refund", Decimal("11000"))
    assert LOT_REJECTED in decision.findings.get().text


def test_filing_form_lists_the_orders_spec_clauses() -> None:
    w = world()
    html = (
        client_for(w.buyer)
        .get(f"/disputes/new/?order={w.order.pk}&reason=not_as_described")
        .content.decode()
    )
    assert 'id="spec-clauses"' in html
    assert "clause 3.2 Bottle height 120 mm ± 2" in html


# --- Policy (pure) --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("reference", "expected"),
    [
        ("3.2", "3.2"),
        ("Clause 3.2", "3.2"),
        ("clause 3.2.", "3.2"),
        ("§ 4.1 Body colour", "4.1"),
        ("Bottle height (3.2)", "3.2"),
        ("Clause A7", "a7"),  # case-insensitive, canonical spelling of the spec
        ("Clause 9.9", "9.9"),  # not in the spec: named, reported as unknown
        ("Bottle height", "Bottle height"),
        ("Clause", ""),
    ],
)
def test_clause_id_for(reference: str, expected: str) -> None:
    assert policy.clause_id_for(reference, ["3.2", "4.1", "a7"]) == expected


@pytest.mark.parametrize(
    ("recommended", "amount", "requested", "expected"),
    [
        ("full_refund_or_return", "900", "full_refund", ("buyer_full", "900")),
        ("full_refund_or_return", "900", "return_and_refund", ("return_and_refund", "900")),
        ("full_refund_or_return", "1500", "full_refund", ("buyer_full", "1000")),
        ("partial_refund", "120", "partial_refund", ("buyer_partial", "120")),
        ("no_refund", "0", "full_refund", ("supplier", "0")),
        ("insufficient_evidence", "0", "full_refund", (None, None)),
    ],
)
def test_suggested_decision(
    recommended: str, amount: str, requested: str, expected: tuple[str | None, str | None]
) -> None:
    got = policy.suggested_decision(
        recommended=recommended,
        amount=Decimal(amount),
        requested_outcome=requested,
        cap=Decimal("1000"),
    )
    outcome, refund = expected
    assert got.outcome == outcome
    assert got.refund_amount == (Decimal(refund) if refund is not None else None)
    assert ("capped" in got.note) == (Decimal(amount) > 1000)


# --- The checklist ---------------------------------------------------------------------


def _requirement_line(dispute: Dispute, user: User) -> dict[str, Any]:
    data = ApiClient(user).get(f"disputes/{dispute.pk}").json()
    return next(row for row in data["checklist"] if row["key"] == "requirement_source")


def test_a_cited_clause_of_the_binding_spec_is_the_written_requirement() -> None:
    w = world()  # binding spec, no uploaded spec sheet
    cited = file(w, "Clause 3.2")
    assert _requirement_line(cited, w.buyer)["done"] is True
    assert "The written requirement" not in " ".join(
        ApiClient(w.buyer).get(f"disputes/{cited.pk}").json()["case_strength"]["missing_required"]
    )


def test_a_clause_the_platform_does_not_hold_still_needs_its_document() -> None:
    w = world()
    unknown = file(w, "Clause 9.9", text="Cap torque 2 N·m")  # not a clause of the spec
    assert _requirement_line(unknown, w.buyer)["done"] is False
    proposed = sf.world(quantity="1000", unit_price="12.00", status="completed", paid="12000.00")
    attachment = services_specs().order_spec_attach(
        actor=proposed.buyer, order=proposed.order, version=sf.spec(proposed.buyer).versions.get()
    )
    assert attachment.status == "proposed"  # the supplier never accepted it
    not_binding = file(proposed, "Clause 3.2")
    assert _requirement_line(not_binding, proposed.buyer)["done"] is False


def services_specs() -> Any:
    from tradeguard.specs import services as specs

    return specs


# --- Signed reports into the case ------------------------------------------------------


def test_a_party_adds_the_signed_report_to_the_case_and_findings_can_cite_it() -> None:
    w = world(report=sf.failing_content())
    dispute = file(w, "Clause 3.2")
    api = ApiClient(w.buyer)
    [listed] = api.get(f"disputes/{dispute.pk}").json()["inspection_reports"]
    assert listed["overall"] == "fail"
    assert listed["evidence_id"] is None
    added = api.post(
        f"disputes/{dispute.pk}/evidence/inspection-reports", {"report_id": listed["report_id"]}
    )
    assert added.status_code == 201, added.json()
    item = added.json()
    assert item["type"] == "inspection_report"
    assert item["status"] == "submitted"  # the other side and the officer see it at once
    assert listed["sha256"] in item["description"]
    seen = ApiClient(w.supplier).get(f"disputes/{dispute.pk}").json()
    assert [e["id"] for e in seen["evidence"]] == [item["id"]]
    assert seen["inspection_reports"][0]["evidence_id"] == item["id"]
    # Twice: refused, nothing written.
    again = ApiClient(w.supplier).post(
        f"disputes/{dispute.pk}/evidence/inspection-reports", {"report_id": listed["report_id"]}
    )
    assert again.status_code == 409
    assert again.json()["code"] == "evidence_already_in_case"
    assert dispute.evidence.count() == 1
    # The officer's form now cites the report for the broken clause.
    under_review(dispute, officer())
    page = client_for(officer()).get(f"/disputes/{dispute.pk}/decide/").content.decode()
    assert re.search(rf'name="finding_0_evidence" value="{item["id"]}"[^>]*checked', page)


def test_reports_of_other_orders_and_unsigned_reports_cannot_be_added() -> None:
    w = world(report=sf.failing_content())
    dispute = file(w, "Clause 3.2")
    other = world(report=sf.failing_content())
    [foreign] = (
        ApiClient(other.buyer)
        .get(f"disputes/{file(other, 'Clause 3.2').pk}")
        .json()["inspection_reports"]
    )
    api = ApiClient(w.buyer)
    refused = api.post(
        f"disputes/{dispute.pk}/evidence/inspection-reports", {"report_id": foreign["report_id"]}
    )
    assert refused.status_code == 404
    assert (
        api.post(
            f"disputes/{dispute.pk}/evidence/inspection-reports", {"report_id": "x"}
        ).status_code
        == 422
    )
    stranger = ApiClient(buyer())
    [mine] = api.get(f"disputes/{dispute.pk}").json()["inspection_reports"]
    assert (
        stranger.post(
            f"disputes/{dispute.pk}/evidence/inspection-reports", {"report_id": mine["report_id"]}
        ).status_code
        == 404
    )
    assert dispute.evidence.count() == 0


def test_case_page_offers_the_signed_report_to_the_parties() -> None:
    w = world(report=sf.failing_content())
    dispute = file(w, "Clause 3.2")
    page = client_for(w.supplier).get(f"/disputes/{dispute.pk}/").content.decode()
    assert "Signed inspection reports of this order" in page
    assert "Add to the case" in page
    [listed] = ApiClient(w.buyer).get(f"disputes/{dispute.pk}").json()["inspection_reports"]
    done = client_for(w.supplier).post(
        f"/disputes/{dispute.pk}/act/attach_report/", {"report": listed["report_id"]}
    )
    assert done.status_code == 302
    page = client_for(w.buyer).get(f"/disputes/{dispute.pk}/").content.decode()
    assert "in the case as evidence #" in page
