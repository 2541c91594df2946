"""Every refusal names the rule and what to do (issue 14): the late appeal, an officer
filing, escalating too early, a missing body, unknown values."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from tradeguard.accounts.tests.factories import buyer as another_buyer
from tradeguard.common.errors import CommonErrorCode
from tradeguard.common.formatting import format_instant
from tradeguard.common.testing import ApiClient
from tradeguard.disputes import services
from tradeguard.disputes.enums import DisputesErrorCode, DisputeStatus
from tradeguard.disputes.models import Dispute
from tradeguard.disputes.tests.factories import (
    Cast,
    add_evidence,
    at,
    delivered_order,
    file_dispute,
    findings_for,
    run_due_at,
)

pytestmark = pytest.mark.django_db
E = DisputesErrorCode
START = at(2026, 6, 1)


def _decided(c: Cast) -> Dispute:
    with time_machine.travel(START, tick=False):
        dispute = file_dispute(c, delivered_order(c, START), reason="not_as_described")
        add_evidence(c.buyer, dispute, "spec_sheet")
        add_evidence(c.buyer, dispute, "product_photo")
    with time_machine.travel(START + dt.timedelta(days=3, hours=1), tick=False):
        services.dispute_escalate(actor=c.buyer, dispute=dispute)
    run_due_at(START + dt.timedelta(days=8, hours=2))
    with time_machine.travel(START + dt.timedelta(days=9), tick=False):
        services.decision_make(
            actor=c.officer,
            dispute=dispute,
            outcome="supplier",
            statement="The photos do not show a deviation from clause 3.1.",
            findings=findings_for(dispute),
        )
    dispute.refresh_from_db()
    return dispute


def test_a_late_appeal_says_the_window_closed_and_on_which_date(c: Cast) -> None:
    dispute = _decided(c)
    assert dispute.appeal_due_at is not None
    late = dispute.appeal_due_at + dt.timedelta(days=2)
    run_due_at(late)  # the case closes by itself once the window is over
    dispute.refresh_from_db()
    assert dispute.status == DisputeStatus.CLOSED
    with time_machine.travel(late, tick=False):
        r = ApiClient(c.buyer).post(
            f"disputes/{dispute.pk}/appeal",
            {"reason": "The lab report shows the diameter is 117 mm, out of tolerance."},
        )
    body = r.json()
    assert body["code"] == E.APPEAL_WINDOW_CLOSED
    assert format_instant(dispute.appeal_due_at) in body["message"]
    assert "final" in body["message"]
    assert body["fields"] == {}
    assert not dispute.appeals.exists()


def test_an_officer_filing_is_told_who_files_not_that_the_order_is_missing(c: Cast) -> None:
    with time_machine.travel(START, tick=False):
        order = delivered_order(c, START)
        r = ApiClient(c.officer).post(
            "disputes",
            {
                "order_id": order.pk,
                "reason": "defective_or_damaged",
                "requested_outcome": "full_refund",
                "description": "Twelve bowls arrived cracked; photos attached.",
            },
        )
    assert r.status_code == 403
    assert r.json()["code"] == E.NOT_A_PARTY
    assert "Only the buyer" in r.json()["message"]
    assert not Dispute.objects.exists()


def test_escalating_too_early_puts_the_dates_in_the_message_not_in_fields(c: Cast) -> None:
    with time_machine.travel(START, tick=False):
        dispute = file_dispute(c, delivered_order(c, START), reason="not_as_described")
        r = ApiClient(c.buyer).post(f"disputes/{dispute.pk}/escalate", {})
    assert (r.status_code, r.json()["code"]) == (409, E.ESCALATION_TOO_EARLY)
    assert r.json()["fields"] == {}
    assert format_instant(dispute.escalation_allowed_at) in r.json()["message"]


def test_a_missing_body_names_the_body_not_the_views_argument(c: Cast) -> None:
    dispute = _decided(c)
    r = ApiClient(c.officer).post_raw(f"disputes/{dispute.pk}/decision", b"")
    assert r.status_code == 422
    assert list(r.json()["fields"]) == ["body"]
    assert "payload" not in r.json()["message"]


def test_unknown_reason_or_filter_value_is_422_naming_the_allowed_values(c: Cast) -> None:
    with time_machine.travel(START, tick=False):
        order = delivered_order(c, START)
        api = ApiClient(c.buyer)
        eligibility = api.get("disputes/eligibility", {"order_id": order.pk, "reason": "bogus"})
        listed = api.get("disputes", {"status": "bogus"})
    assert eligibility.status_code == 422
    assert eligibility.json()["code"] == CommonErrorCode.INVALID_INPUT
    assert "not_received" in eligibility.json()["fields"]["reason"]
    assert listed.status_code == 422
    assert "awaiting_response" in listed.json()["fields"]["status"]


def test_the_case_names_every_deadline_due_at_and_the_window_opening(c: Cast) -> None:
    with time_machine.travel(START, tick=False):
        dispute = file_dispute(c, delivered_order(c, START), reason="not_as_described")
        case = ApiClient(c.buyer).get(f"disputes/{dispute.pk}").json()
    assert case["escalation_opens_at"].startswith(f"{dispute.escalation_allowed_at:%Y-%m-%d}")
    assert case["auto_escalation_due_at"].startswith(f"{dispute.auto_escalate_at:%Y-%m-%d}")
    assert "escalation_allowed_at" not in case
    assert "auto_escalate_at" not in case
    for deadline in ("response_due_at", "evidence_due_at", "decision_due_at", "award_due_at"):
        assert deadline in case
    assert "return_due_at" in case
    assert "appeal_due_at" in case


def test_events_feed_resyncs_a_case_as_each_side_may_see_it(c: Cast) -> None:
    with time_machine.travel(START, tick=False):
        dispute = file_dispute(c, delivered_order(c, START), reason="not_as_described")
        add_evidence(c.buyer, dispute, "spec_sheet", submit=False)  # the buyer's draft
        for n in range(3):
            services.message_post(actor=c.supplier, dispute=dispute, body=f"Message {n}")
    buyer, supplier = ApiClient(c.buyer), ApiClient(c.supplier)

    def all_events(client: ApiClient) -> list[dict]:  # type: ignore[type-arg]
        seen, after = [], None
        while True:
            params = {"aggregate": "dispute", "aggregate_id": dispute.pk, "limit": 2}
            page = client.get("events", {**params, **({"after": after} if after else {})})
            assert page.status_code == 200, page.json()
            seen += page.json()["items"]
            after = page.json()["next_cursor"]
            if after is None:
                return seen

    mine = all_events(buyer)
    theirs = all_events(supplier)
    assert mine[0]["type"] == "dispute.opened"
    assert [e["id"] for e in mine] == sorted(e["id"] for e in mine)
    assert "dispute.evidence_added" in {e["type"] for e in mine}
    assert "dispute.evidence_added" not in {e["type"] for e in theirs}  # a draft of the other side
    assert len(mine) == len({e["id"] for e in mine})
    stranger = ApiClient(another_buyer())
    feed = {"aggregate": "dispute", "aggregate_id": dispute.pk}
    assert stranger.get("events", feed).status_code == 404
    bad = buyer.get("events", {"aggregate": "dispute", "aggregate_id": dispute.pk, "after": "x"})
    assert (bad.status_code, list(bad.json()["fields"])) == (422, ["after"])
    assert buyer.get("events", {"aggregate": "nope", "aggregate_id": 1}).status_code == 422
