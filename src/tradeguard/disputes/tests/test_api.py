"""The disputes API as buyers, suppliers and officers use it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile

from tradeguard.accounts.tests.factories import buyer, supplier
from tradeguard.common.testing import ApiClient, png_bytes
from tradeguard.disputes.enums import DisputesErrorCode
from tradeguard.disputes.models import Dispute
from tradeguard.disputes.tests.factories import (
    Cast,
    add_evidence,
    at,
    delivered_order,
    file_dispute,
    pdf,
    run_due_at,
)
from tradeguard.evidence.enums import EvidenceErrorCode

pytestmark = pytest.mark.django_db
E = DisputesErrorCode
NOW = at(2026, 4, 1)

BODY = {
    "reason": "not_as_described",
    "requested_outcome": "partial_refund",
    "claimed_amount": "300.00",
    "description": "The bowls are 100 mm wide; the spec sheet says 120 mm.",
    "requirements": [
        {"source": "spec_clause", "reference": "Clause 3.1", "text": "Diameter 120 mm"}
    ],
}


@pytest.fixture
def now():  # type: ignore[no-untyped-def]
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


def test_file_then_double_submit_returns_the_same_case(c: Cast, now: object) -> None:
    order = delivered_order(c, NOW)
    api = ApiClient(c.buyer)
    first = api.post(
        "disputes", {**BODY, "order_id": order.pk}, headers={"Idempotency-Key": "abc-1"}
    )
    assert first.status_code == 201, first.json()
    body = first.json()
    assert body["status"] == "awaiting_response"
    assert body["next_action_by"] == "supplier"
    assert body["response_due_at"].startswith("2026-04-04T09:00")
    assert body["covered_amount"] == "1000.00"
    assert body["proposals"][0]["is_initial_request"] is True
    again = api.post(
        "disputes", {**BODY, "order_id": order.pk}, headers={"Idempotency-Key": "abc-1"}
    )
    assert again.status_code == 200
    assert again.json()["id"] == body["id"]
    assert Dispute.objects.count() == 1


def test_one_open_dispute_per_order_and_reason(c: Cast, now: object) -> None:
    order = delivered_order(c, NOW)
    api = ApiClient(c.buyer)
    assert api.post("disputes", {**BODY, "order_id": order.pk}).status_code == 201
    second = api.post("disputes", {**BODY, "order_id": order.pk})
    assert second.status_code == 409
    assert second.json()["code"] == E.DISPUTE_ALREADY_OPEN
    other_reason = api.post(
        "disputes",
        {**BODY, "order_id": order.pk, "reason": "quantity_shortage", "requirements": []},
    )
    assert other_reason.status_code == 201


def test_eligibility_answers_before_filing(c: Cast, now: object) -> None:
    order = delivered_order(c, NOW)
    api = ApiClient(c.buyer)
    ok = api.get(
        "disputes/eligibility", {"order_id": order.pk, "reason": "not_as_described"}
    ).json()
    assert ok["eligible"] is True
    assert ok["covered_amount"] == "1000.00"
    assert ok["requires_requirement"] is True
    assert "perceived quality" in ok["requirement_guidance"]
    assert any("Freight" in line for line in ok["not_covered"])
    assert [i["key"] for i in ok["checklist"] if i["required"]] == [
        "requirement_source",
        "nonconformity",
    ]
    late = api.get("disputes/eligibility", {"order_id": order.pk, "reason": "late_shipment"}).json()
    assert late["eligible"] is False
    assert late["code"] == E.REASON_NOT_APPLICABLE
    foreign = ApiClient(buyer()).get(
        "disputes/eligibility", {"order_id": order.pk, "reason": "other"}
    )
    assert foreign.status_code == 404
    assert not Dispute.objects.exists()


def test_claim_above_covered_amount_is_refused(c: Cast, now: object) -> None:
    order = delivered_order(c, NOW, payments=[("600.00", True), ("400.00", False)])
    response = ApiClient(c.buyer).post(
        "disputes", {**BODY, "order_id": order.pk, "claimed_amount": "700.00"}
    )
    assert response.status_code == 422
    assert response.json()["code"] == E.CLAIM_EXCEEDS_COVERED
    assert "claimed_amount" in response.json()["fields"]


def test_list_is_scoped_paginated_and_constant_in_queries(
    c: Cast, now: object, django_assert_max_num_queries: object
) -> None:
    for _ in range(3):
        file_dispute(c, delivered_order(c, NOW))
    other = Cast(buyer(), supplier(), c.officer, c.officer2)
    file_dispute(other, delivered_order(other, NOW))
    api = ApiClient(c.buyer)
    with django_assert_max_num_queries(12):  # type: ignore[operator]
        page = api.get("disputes").json()
    assert page["count"] == 3
    assert {d["buyer"]["id"] for d in page["items"]} == {c.buyer.organization_id}
    for _ in range(5):
        file_dispute(c, delivered_order(c, NOW))
    with django_assert_max_num_queries(12):  # type: ignore[operator]
        assert api.get("disputes").json()["count"] == 8
    assert ApiClient(c.officer).get("disputes").json()["count"] == 9
    assert ApiClient(other.supplier).get("disputes").json()["count"] == 1
    filtered = (
        ApiClient(c.officer).get("disputes", {"supplier_id": other.supplier.organization_id}).json()
    )
    assert filtered["count"] == 1


def test_foreign_buyer_and_supplier_get_404(c: Cast, now: object) -> None:
    dispute = file_dispute(c, delivered_order(c, NOW))
    for stranger in (buyer(), supplier()):
        api = ApiClient(stranger)
        assert api.get(f"disputes/{dispute.pk}").status_code == 404
        assert api.post(f"disputes/{dispute.pk}/messages", {"body": "hello"}).status_code == 404
        assert api.post(f"disputes/{dispute.pk}/withdraw").status_code == 404


def test_supplier_may_not_withdraw_and_buyer_may_not_decide(c: Cast, now: object) -> None:
    dispute = file_dispute(c, delivered_order(c, NOW))
    response = ApiClient(c.supplier).post(f"disputes/{dispute.pk}/withdraw")
    assert response.status_code == 403
    assert response.json()["code"] == E.NOT_A_PARTY
    decide = ApiClient(c.buyer).post(
        f"disputes/{dispute.pk}/decision",
        {"outcome": "buyer_full", "statement": "x" * 30, "findings": []},
    )
    assert decide.status_code == 403


def test_evidence_draft_submit_and_immutability(c: Cast, now: object) -> None:
    dispute = file_dispute(c, delivered_order(c, NOW))
    api = ApiClient(c.buyer)
    upload = api.upload(
        f"disputes/{dispute.pk}/evidence",
        {
            "file": SimpleUploadedFile("bowl.png", png_bytes()),
            "type": "product_photo",
            "description": "Measured 100 mm",
        },
    )
    assert upload.status_code == 201, upload.json()
    item = upload.json()
    assert item["status"] == "draft"
    assert len(item["sha256"]) == 64
    # The supplier does not see the buyer's draft.
    supplier_view = ApiClient(c.supplier).get(f"disputes/{dispute.pk}").json()
    assert supplier_view["evidence"] == []
    submitted = api.post(f"disputes/{dispute.pk}/evidence/{item['id']}/submit")
    assert submitted.status_code == 200
    assert submitted.json()["status"] == "submitted"
    again = api.post(f"disputes/{dispute.pk}/evidence/{item['id']}/submit")
    assert again.status_code == 409
    assert again.json()["code"] == E.EVIDENCE_ALREADY_SUBMITTED
    supplier_view = ApiClient(c.supplier).get(f"disputes/{dispute.pk}").json()
    assert [e["id"] for e in supplier_view["evidence"]] == [item["id"]]
    # The supplier cannot submit the buyer's item.
    assert (
        ApiClient(c.supplier)
        .post(f"disputes/{dispute.pk}/evidence/{item['id']}/submit")
        .status_code
        == 404
    )


def test_evidence_type_checked_by_content(c: Cast, now: object) -> None:
    dispute = file_dispute(c, delivered_order(c, NOW))
    response = ApiClient(c.buyer).upload(
        f"disputes/{dispute.pk}/evidence",
        {
            "file": SimpleUploadedFile("photo.png", b"%PDF-1.4 not really a photo\n%%EOF\n"),
            "type": "product_photo",
        },
    )
    assert response.status_code == 422
    assert response.json()["code"] in (
        EvidenceErrorCode.UNSUPPORTED_FILE_TYPE,
        EvidenceErrorCode.CORRUPT_FILE,
    )
    assert dispute.evidence.count() == 0


def test_evidence_limits_413(c: Cast, now: object, settings: object) -> None:
    dispute = file_dispute(c, delivered_order(c, NOW))
    settings.TRADEGUARD_POLICY = {
        "disputes": {"evidence_max_file_bytes": 200, "evidence_max_case_bytes": 10_000}
    }  # type: ignore[attr-defined]
    api = ApiClient(c.buyer)
    big = api.upload(
        f"disputes/{dispute.pk}/evidence",
        {
            "file": SimpleUploadedFile("a.png", png_bytes(64, 64) + b"0" * 300),
            "type": "product_photo",
        },
    )
    assert big.status_code == 413
    assert big.json()["code"] == EvidenceErrorCode.FILE_TOO_LARGE
    settings.TRADEGUARD_POLICY = {"disputes": {"evidence_max_case_bytes": 100}}  # type: ignore[attr-defined]
    full = api.upload(f"disputes/{dispute.pk}/evidence", {"file": pdf(), "type": "spec_sheet"})
    assert full.status_code == 413
    assert full.json()["code"] == E.CASE_STORAGE_FULL
    assert "1 GB" not in full.json()["message"]


def test_negotiation_reject_counter_accept(c: Cast, now: object) -> None:
    dispute = file_dispute(c, delivered_order(c, NOW), outcome="full_refund")
    sup, buy = ApiClient(c.supplier), ApiClient(c.buyer)
    initial = dispute.proposals.get()
    short = sup.post(f"disputes/{dispute.pk}/proposals/{initial.pk}/reject", {"reason": "no"})
    assert short.status_code == 422
    rejected = sup.post(
        f"disputes/{dispute.pk}/proposals/{initial.pk}/reject",
        {"reason": "The bowls match the sample the buyer approved."},
    )
    assert rejected.json()["status"] == "negotiating"
    assert rejected.json()["supplier_responded_at"] is not None
    own = buy.post(
        f"disputes/{dispute.pk}/proposals", {"kind": "partial_refund", "amount": "400.00"}
    ).json()
    assert (
        buy.post(f"disputes/{dispute.pk}/proposals/{own['id']}/accept").json()["code"]
        == E.OWN_PROPOSAL
    )
    counter = sup.post(
        f"disputes/{dispute.pk}/proposals",
        {"kind": "partial_refund", "amount": "250.00", "note": "Goodwill"},
    ).json()
    too_much = sup.post(
        f"disputes/{dispute.pk}/proposals", {"kind": "partial_refund", "amount": "5000.00"}
    )
    assert too_much.json()["code"] == E.CLAIM_EXCEEDS_COVERED
    settled = buy.post(f"disputes/{dispute.pk}/proposals/{counter['id']}/accept").json()
    assert settled["status"] == "settled"
    assert [r["amount"] for r in settled["refunds"]] == ["250.00"]
    assert settled["next_action_by"] == "supplier"  # reimburse the platform
    closed_again = buy.post(f"disputes/{dispute.pk}/proposals/{counter['id']}/accept")
    assert closed_again.json()["code"] == E.PROPOSAL_NOT_OPEN


def test_escalate_decide_and_refund(c: Cast, now: object) -> None:
    dispute = file_dispute(c, delivered_order(c, NOW))
    add_evidence(c.buyer, dispute, "spec_sheet")
    photo = add_evidence(c.buyer, dispute, "product_photo")
    buy = ApiClient(c.buyer)
    early = buy.post(f"disputes/{dispute.pk}/escalate")
    assert early.status_code == 409
    assert early.json()["code"] == E.ESCALATION_TOO_EARLY
    assert "2026-04-04 09:00" in early.json()["message"]
    with time_machine.travel(NOW + dt.timedelta(days=3, hours=1), tick=False):
        escalated = buy.post(f"disputes/{dispute.pk}/escalate").json()
    assert escalated["status"] == "escalated"
    assert escalated["evidence_due_at"].startswith("2026-04-09T10:00")
    run_due_at(NOW + dt.timedelta(days=8, hours=2))
    off = ApiClient(c.officer)
    detail = off.get(f"disputes/{dispute.pk}").json()
    assert detail["status"] == "under_review"
    assert detail["next_action_by"] == "platform"
    assert detail["decision_due_at"] is not None
    req = detail["requirements"][0]["id"]
    with time_machine.travel(NOW + dt.timedelta(days=9), tick=False):
        decided = off.post(
            f"disputes/{dispute.pk}/decision",
            {
                "outcome": "buyer_partial",
                "refund_amount": "300.00",
                "statement": "The photos show 100 mm against the 120 mm clause.",
                "findings": [
                    {
                        "text": "Diameter is 100 mm.",
                        "evidence_ids": [photo.pk],
                        "requirement_id": req,
                    }
                ],
            },
        )
    assert decided.status_code == 200, decided.json()
    body = decided.json()
    assert body["decision"]["findings"][0]["evidence_ids"] == [photo.pk]
    assert body["refunds"][0]["status"] == "pending"
    refund_id = body["refunds"][0]["id"]
    assert buy.post(f"disputes/{dispute.pk}/refunds/{refund_id}/mark-paid").status_code == 403
    paid = off.post(
        f"disputes/{dispute.pk}/refunds/{refund_id}/mark-paid", {"payment_reference": "PAY-9"}
    )
    assert paid.json()["status"] == "paid"
    assert off.post(f"disputes/{dispute.pk}/refunds/{refund_id}/mark-paid").status_code == 409
    confirmed = (
        ApiClient(c.supplier)
        .post(f"disputes/{dispute.pk}/obligation/confirm", {"reference": "TT-77"})
        .json()
    )
    assert confirmed["award_status"] == "fulfilled"


def test_withdraw_before_decision_only(c: Cast, now: object) -> None:
    dispute = file_dispute(c, delivered_order(c, NOW))
    response = ApiClient(c.buyer).post(
        f"disputes/{dispute.pk}/withdraw", {"reason": "Supplier fixed it"}
    )
    assert response.json()["status"] == "withdrawn"
    again = ApiClient(c.buyer).post(f"disputes/{dispute.pk}/withdraw")
    assert again.status_code == 409
    assert again.json()["code"] == E.INVALID_TRANSITION
    # A new case on the same order and reason is possible once the old one is over.
    assert file_dispute(c, dispute.order).pk != dispute.pk


def test_return_and_refund_releases_refund_after_delivery(c: Cast, now: object) -> None:
    dispute = file_dispute(
        c, delivered_order(c, NOW), reason="defective_or_damaged", outcome="return_and_refund"
    )
    sup, buy = ApiClient(c.supplier), ApiClient(c.buyer)
    initial = dispute.proposals.get()
    body = sup.post(f"disputes/{dispute.pk}/proposals/{initial.pk}/accept").json()
    assert body["status"] == "settled"
    assert body["return_status"] == "awaiting_shipment"
    assert body["refunds"] == []
    assert body["next_action_by"] == "buyer"
    assert (
        sup.post(f"disputes/{dispute.pk}/return-delivered").json()["code"] == E.NOTHING_TO_CONFIRM
    )
    shipped = buy.post(
        f"disputes/{dispute.pk}/return-shipment", {"carrier": "DHL", "tracking_number": "JD0001"}
    ).json()
    assert shipped["return_status"] == "shipped"
    delivered = sup.post(f"disputes/{dispute.pk}/return-delivered").json()
    assert delivered["return_status"] == "delivered"
    assert [r["amount"] for r in delivered["refunds"]] == ["1000.00"]


def test_appeal_reviewed_by_a_different_officer(c: Cast, now: object) -> None:
    dispute = file_dispute(c, delivered_order(c, NOW))
    photo = add_evidence(c.buyer, dispute, "product_photo")
    with time_machine.travel(NOW + dt.timedelta(days=3, hours=1), tick=False):
        ApiClient(c.buyer).post(f"disputes/{dispute.pk}/escalate")
    run_due_at(NOW + dt.timedelta(days=8, hours=2))
    findings = [
        {
            "text": "No deviation shown.",
            "evidence_ids": [photo.pk],
            "requirement_text": "Clause 3.1",
        }
    ]
    with time_machine.travel(NOW + dt.timedelta(days=9), tick=False):
        ApiClient(c.officer).post(
            f"disputes/{dispute.pk}/decision",
            {
                "outcome": "supplier",
                "statement": "The photo shows no measurement at all.",
                "findings": findings,
            },
        )
    with time_machine.travel(NOW + dt.timedelta(days=10), tick=False):
        lab = add_evidence(c.buyer, dispute, "lab_report")
        appeal = ApiClient(c.buyer).post(
            f"disputes/{dispute.pk}/appeal",
            {"reason": "The lab report measures every bowl at 100 mm."},
        )
        assert appeal.status_code == 201
        assert appeal.json()["new_evidence_ids"] == [lab.pk]
        twice = ApiClient(c.buyer).post(
            f"disputes/{dispute.pk}/appeal", {"reason": "Once more, with feeling please."}
        )
        assert twice.status_code == 409
        findings2 = [
            {
                "text": "The lab report shows 100 mm.",
                "evidence_ids": [lab.pk],
                "requirement_text": "Clause 3.1",
            }
        ]
        same = ApiClient(c.officer).post(
            f"disputes/{dispute.pk}/decision",
            {
                "outcome": "buyer_full",
                "statement": "On appeal: the lab report is conclusive.",
                "findings": findings2,
            },
        )
        assert same.status_code == 403
        assert same.json()["code"] == E.SAME_OFFICER
        other = ApiClient(c.officer2).post(
            f"disputes/{dispute.pk}/decision",
            {
                "outcome": "buyer_full",
                "statement": "On appeal: the lab report is conclusive.",
                "findings": findings2,
            },
        )
    assert other.status_code == 200
    body = other.json()
    assert body["decision"]["on_appeal"] is True
    assert body["decision"]["outcome"] == "buyer_full"
    assert [r["amount"] for r in body["refunds"]] == [str(Decimal("1000.00"))]


def test_marketplace_webhooks_on_open_and_settle(c: Cast, now: object) -> None:
    from tradeguard.notifications.models import WebhookDelivery
    from tradeguard.notifications.webhooks import webhook_endpoint_create

    webhook_endpoint_create(url="https://market.example/hooks", secret="s" * 32, events=[])
    dispute = file_dispute(c, delivered_order(c, NOW))
    ApiClient(c.supplier).post(
        f"disputes/{dispute.pk}/proposals/{dispute.proposals.get().pk}/accept"
    )
    events = list(WebhookDelivery.objects.order_by("id").values_list("event", flat=True))
    assert events == ["dispute.opened", "dispute.settled"]
    payload = WebhookDelivery.objects.get(event="dispute.opened").payload
    assert payload["data"]["dispute_id"] == dispute.pk


def _draft(api: ApiClient, dispute: Dispute, color: tuple[int, int, int]) -> dict[str, object]:
    response = api.upload(
        f"disputes/{dispute.pk}/evidence",
        {"file": SimpleUploadedFile("wrong.png", png_bytes(color=color)), "type": "product_photo"},
    )
    assert response.status_code == 201, response.json()
    return response.json()  # type: ignore[no-any-return]


def test_discard_a_draft_removes_it_and_its_file(
    c: Cast, now: object, django_capture_on_commit_callbacks: Any
) -> None:
    from django.core.files.storage import default_storage

    from tradeguard.disputes.services.evidence import case_bytes
    from tradeguard.evidence.models import StoredFile
    from tradeguard.evidence.services import files_collect

    dispute = file_dispute(c, delivered_order(c, NOW))
    api = ApiClient(c.buyer)
    item = _draft(api, dispute, (1, 2, 3))
    stored = StoredFile.objects.get(sha256=item["sha256"])
    assert case_bytes(dispute) == stored.size
    with django_capture_on_commit_callbacks(execute=True):
        response = api.delete(f"disputes/{dispute.pk}/evidence/{item['id']}")
    assert response.status_code == 204
    assert dispute.evidence.count() == 0
    assert case_bytes(dispute) == 0
    # Nothing else uses those bytes: they leave the store at the first collection a day
    # after their last upload (an upload in progress elsewhere may still want them).
    assert StoredFile.objects.filter(pk=stored.pk).exists()
    from tradeguard.common.models import Timer

    assert Timer.objects.filter(kind="evidence.files_collect", status="pending").exists()
    later = time_machine.travel(NOW + dt.timedelta(days=1, minutes=1), tick=False)
    with later, django_capture_on_commit_callbacks(execute=True):
        files_collect()
    assert not StoredFile.objects.filter(pk=stored.pk).exists()
    assert not default_storage.exists(stored.storage_name)
    # The buyer's history keeps the discarded draft's hash; the supplier sees nothing
    # of the buyer's drafts.
    buyer_events = [e["type"] for e in api.get(f"disputes/{dispute.pk}").json()["timeline"]]
    assert buyer_events.count("dispute.evidence_discarded") == 1
    assert "dispute.evidence_added" in buyer_events
    supplier_view = ApiClient(c.supplier).get(f"disputes/{dispute.pk}").json()
    assert not {"dispute.evidence_added", "dispute.evidence_discarded"} & {
        e["type"] for e in supplier_view["timeline"]
    }
    # Twice: the item no longer exists.
    assert api.delete(f"disputes/{dispute.pk}/evidence/{item['id']}").status_code == 404


def test_discarded_draft_keeps_a_file_someone_else_uses(c: Cast, now: object) -> None:
    from tradeguard.evidence.models import StoredFile

    dispute = file_dispute(c, delivered_order(c, NOW))
    api = ApiClient(c.buyer)
    kept = _draft(api, dispute, (9, 9, 9))
    api.post(f"disputes/{dispute.pk}/evidence/{kept['id']}/submit")
    again = _draft(api, dispute, (9, 9, 9))  # the same bytes, uploaded twice
    assert again["sha256"] == kept["sha256"]
    assert api.delete(f"disputes/{dispute.pk}/evidence/{again['id']}").status_code == 204
    assert StoredFile.objects.filter(sha256=kept["sha256"]).exists()
    assert [e["id"] for e in api.get(f"disputes/{dispute.pk}").json()["evidence"]] == [kept["id"]]


def test_submitted_evidence_and_the_other_sides_items_cannot_be_discarded(
    c: Cast, now: object
) -> None:
    dispute = file_dispute(c, delivered_order(c, NOW))
    api = ApiClient(c.buyer)
    submitted = _draft(api, dispute, (4, 5, 6))
    api.post(f"disputes/{dispute.pk}/evidence/{submitted['id']}/submit")
    draft = _draft(api, dispute, (7, 8, 9))
    refused = api.delete(f"disputes/{dispute.pk}/evidence/{submitted['id']}")
    assert refused.status_code == 409
    assert refused.json()["code"] == E.EVIDENCE_ALREADY_SUBMITTED
    assert "stays on the record" in refused.json()["message"]
    seller = ApiClient(c.supplier)
    for item in (submitted, draft):  # neither is the supplier's to discard
        assert seller.delete(f"disputes/{dispute.pk}/evidence/{item['id']}").status_code == 404
    stranger = ApiClient(buyer())
    assert stranger.delete(f"disputes/{dispute.pk}/evidence/{draft['id']}").status_code == 404
    assert dispute.evidence.count() == 2
