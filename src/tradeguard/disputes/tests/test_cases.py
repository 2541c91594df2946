"""The nine "cases it must get right" of issue 3, one test each (numbered as there)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
import time_machine

from tradeguard.common.errors import ApplicationError
from tradeguard.disputes import services
from tradeguard.disputes.enums import AwardStatus, DisputesErrorCode, DisputeStatus, RefundStatus
from tradeguard.disputes.models import Dispute
from tradeguard.disputes.tests.factories import (
    Cast,
    add_evidence,
    at,
    file_dispute,
    findings_for,
    make_order,
    run_due_at,
)
from tradeguard.sanctions.selectors import supplier_is_restricted, supplier_standing

pytestmark = pytest.mark.django_db
E = DisputesErrorCode
S = DisputeStatus


def escalate_to_review(c: Cast, dispute: Dispute, start: dt.datetime) -> None:
    """Buyer escalates on day 4; the evidence window runs out (run-due)."""
    with time_machine.travel(start + dt.timedelta(days=3, hours=1), tick=False):
        services.dispute_escalate(actor=c.buyer, dispute=dispute)
    run_due_at(start + dt.timedelta(days=8, hours=2))
    dispute.refresh_from_db()
    assert dispute.status == S.UNDER_REVIEW


def test_case_1_glass_plates_defect_75_days_after_receipt_is_refused(c: Cast) -> None:
    received = at(2026, 1, 5)
    order = make_order(
        c,
        kind="wholesale",
        total="3100.00",
        items=[("Glass plate 27 cm", 310, "10.00")],
        placed_at=at(2025, 12, 1),
        shipped_at=at(2025, 12, 10),
        delivered_at=at(2026, 1, 4),
        receipt_confirmed_at=received,
    )
    with (
        time_machine.travel(received + dt.timedelta(days=75), tick=False),
        pytest.raises(ApplicationError) as exc,
    ):
        file_dispute(c, order, reason="defective_or_damaged")
    assert exc.value.code == E.FILING_WINDOW_CLOSED
    assert exc.value.status == 422
    assert "2026-02-04" in exc.value.message  # 30 days after receipt on 2026-01-05
    assert "receipt was confirmed on 2026-01-05" in exc.value.message
    assert not Dispute.objects.exists()


def test_case_2_moulds_not_to_drawing_on_a_closed_order_is_accepted(c: Cast) -> None:
    received = at(2026, 2, 1)
    order = make_order(
        c,
        total="330.00",
        items=[("Injection mould M-12", 1, "330.00")],
        placed_at=at(2026, 1, 2),
        status="closed",
        shipped_at=at(2026, 1, 20),
        delivered_at=at(2026, 1, 31),
        receipt_confirmed_at=received,
        closed_at=received + dt.timedelta(days=10),
    )
    with time_machine.travel(received + dt.timedelta(days=12), tick=False):
        dispute = file_dispute(
            c,
            order,
            reason="not_as_described",
            requirements=[
                services.RequirementInput(
                    "drawing", "Drawing M-12 rev B", "Cavity depth 42.0 mm ± 0.1"
                )
            ],
        )
    assert dispute.status == S.AWAITING_RESPONSE
    assert dispute.covered_amount == Decimal("330.00")
    assert dispute.claimed_amount == Decimal("330.00")


def test_case_3_cancellation_refund_award_ignored_costs_48_points(c: Cast) -> None:
    placed = at(2026, 3, 1)
    order = make_order(
        c,
        total="1800.00",
        placed_at=placed,
        status="cancelled",
        cancelled_at=placed + dt.timedelta(days=5),
        ship_by=dt.date(2026, 3, 20),
    )
    start = placed + dt.timedelta(days=8)
    with time_machine.travel(start, tick=False):
        dispute = file_dispute(c, order, reason="cancellation_refund")
        add_evidence(c.buyer, dispute, "communication_log")
    escalate_to_review(c, dispute, start)
    with time_machine.travel(start + dt.timedelta(days=9), tick=False):
        decision = services.decision_make(
            actor=c.officer,
            dispute=dispute,
            outcome="buyer_partial",
            refund_amount="500.00",
            statement="The supplier cancelled and kept the deposit; it owes part of it back.",
            findings=findings_for(dispute),
        )
    dispute.refresh_from_db()
    assert decision.refund_amount == Decimal("500.00")
    refund = dispute.refunds.get()
    assert (refund.amount, refund.status) == (Decimal("500.00"), "pending")
    services.refund_mark_paid(
        actor=c.officer, dispute=dispute, refund_id=refund.pk, payment_reference="PAY-1"
    )
    dispute.refresh_from_db()
    assert dispute.refund_status == RefundStatus.PAID
    assert dispute.award_status == AwardStatus.PENDING  # the supplier still owes the platform
    obligation = dispute.obligations.get()
    assert obligation.kind == "reimburse_platform"
    assert not supplier_is_restricted(
        c.supplier.organization, at=obligation.due_at - dt.timedelta(minutes=1)
    )
    run_due_at(obligation.due_at + dt.timedelta(minutes=1))
    dispute.refresh_from_db()
    assert dispute.award_status == AwardStatus.IGNORED
    assert dispute.on_public_record
    with time_machine.travel(obligation.due_at + dt.timedelta(minutes=2), tick=False):
        standing = supplier_standing(c.supplier.organization)
        assert standing.points_in_force >= 48
        assert supplier_is_restricted(c.supplier.organization)
        assert standing.record.ignored_awards == 1


def test_case_4_offline_order_not_received_with_contract_and_payment_proof(c: Cast) -> None:
    placed = at(2026, 2, 1)
    order = make_order(
        c,
        kind="offline",
        total="4000.00",
        placed_at=placed,
        status="paid",
        ship_by=dt.date(2026, 3, 1),
    )
    with time_machine.travel(at(2026, 3, 10), tick=False):
        dispute = file_dispute(c, order, reason="not_received")
        assert dispute.covered_amount == 0  # the platform holds no money
        assert dispute.claimed_amount == Decimal("4000.00")
        add_evidence(c.buyer, dispute, "sales_contract")
        add_evidence(c.buyer, dispute, "transaction_record")
        services.message_post(
            actor=c.supplier,
            dispute=dispute,
            body="We will ship once you pay USD 400 more for insurance.",
        )
    escalate_to_review(c, dispute, at(2026, 3, 10))
    with time_machine.travel(at(2026, 3, 20), tick=False):
        services.decision_make(
            actor=c.officer,
            dispute=dispute,
            outcome="buyer_full",
            statement="Paid in full under the contract; nothing shipped; new charges are not agreed terms.",
            findings=findings_for(dispute),
        )
    dispute.refresh_from_db()
    obligation = dispute.obligations.get()
    assert (obligation.kind, obligation.amount) == ("pay_buyer", Decimal("4000.00"))
    assert not dispute.refunds.exists()  # offline: the supplier pays, not the platform


def test_case_5_shortage_and_breakage_partial_refund_of_51_items_accepted(c: Cast) -> None:
    order = make_order(
        c,
        total="10000.00",
        items=[("Ceramic vase", 250, "40.00")],
        placed_at=at(2026, 1, 1),
        shipped_at=at(2026, 1, 10),
        delivered_at=at(2026, 2, 1),
        receipt_confirmed_at=at(2026, 2, 2),
    )
    with time_machine.travel(at(2026, 2, 4), tick=False):
        dispute = file_dispute(
            c, order, reason="quantity_shortage", outcome="partial_refund", claimed="2040.00"
        )
        add_evidence(c.buyer, dispute, "product_photo")
        proposal = services.proposal_make(
            actor=c.supplier,
            dispute=dispute,
            kind="partial_refund",
            amount=Decimal(51) * Decimal("40.00"),
            note="50 missing and 1 broken: 51 x USD 40.",
        )
        services.proposal_accept(actor=c.buyer, dispute=dispute, proposal_id=proposal.pk)
    dispute.refresh_from_db()
    assert dispute.status == S.SETTLED
    assert dispute.refunds.get().amount == Decimal("2040.00")
    assert dispute.refund_status == RefundStatus.PENDING


def test_case_6_silent_supplier_buyer_escalates_day_4_else_auto_on_day_7(c: Cast) -> None:
    start = at(2026, 4, 1)
    with time_machine.travel(start, tick=False):
        first = file_dispute(c, delivered_at_order(c, start), reason="defective_or_damaged")
        second = file_dispute(c, delivered_at_order(c, start), reason="defective_or_damaged")
    with time_machine.travel(start + dt.timedelta(days=2, hours=23), tick=False):
        with pytest.raises(ApplicationError) as exc:
            services.dispute_escalate(actor=c.buyer, dispute=first)
        assert exc.value.code == E.ESCALATION_TOO_EARLY
    with time_machine.travel(start + dt.timedelta(days=3, minutes=1), tick=False):
        services.dispute_escalate(actor=c.buyer, dispute=first)
    first.refresh_from_db()
    assert (first.status, first.respondent_silent) == (S.ESCALATED, True)
    run_due_at(start + dt.timedelta(days=7, minutes=1))
    second.refresh_from_db()
    assert second.status == S.ESCALATED
    assert second.respondent_silent is True
    assert second.escalated_by == "system"


def delivered_at_order(c: Cast, now: dt.datetime):  # type: ignore[no-untyped-def]
    from tradeguard.disputes.tests.factories import delivered_order

    return delivered_order(c, now)


def test_case_7_machinery_without_us_labels_and_no_written_requirement(c: Cast) -> None:
    start = at(2026, 5, 1)
    with time_machine.travel(start, tick=False):
        order = delivered_at_order(c, start)
        with pytest.raises(ApplicationError) as exc:
            file_dispute(c, order, reason="compliance", requirements=[])
    assert exc.value.code == E.REQUIREMENT_NOT_CITED
    assert exc.value.status == 422
    assert "perceived quality alone cannot be judged" in exc.value.message
    assert "requirements" in exc.value.fields
    assert not Dispute.objects.exists()


def test_case_8_payment_to_the_factorys_own_account_is_not_covered(c: Cast) -> None:
    start = at(2026, 5, 1)
    with time_machine.travel(start, tick=False):
        order = delivered_at_order_with(c, start, payments=[("1000.00", False)])
        with pytest.raises(ApplicationError) as exc:
            file_dispute(c, order, reason="defective_or_damaged")
    assert exc.value.code == E.PAYMENT_NOT_COVERED
    assert "offline-order dispute" in exc.value.message


def delivered_at_order_with(c: Cast, now: dt.datetime, **kw):  # type: ignore[no-untyped-def]
    from tradeguard.disputes.tests.factories import delivered_order

    return delivered_order(c, now, **kw)


def test_case_9_no_findings_no_new_evidence_and_late_appeal_are_refused(c: Cast) -> None:
    start = at(2026, 6, 1)
    with time_machine.travel(start, tick=False):
        dispute = file_dispute(c, delivered_at_order(c, start), reason="not_as_described")
        add_evidence(c.buyer, dispute, "spec_sheet")
        add_evidence(c.buyer, dispute, "product_photo")
    escalate_to_review(c, dispute, start)
    decided_at = start + dt.timedelta(days=9)
    with time_machine.travel(decided_at, tick=False):
        with pytest.raises(ApplicationError) as no_findings:
            services.decision_make(
                actor=c.officer,
                dispute=dispute,
                outcome="supplier",
                statement="The photos do not show a deviation from clause 3.1.",
                findings=[],
            )
        assert no_findings.value.code == E.FINDINGS_REQUIRED
        services.decision_make(
            actor=c.officer,
            dispute=dispute,
            outcome="supplier",
            statement="The photos do not show a deviation from clause 3.1.",
            findings=findings_for(dispute),
        )
    with time_machine.travel(decided_at + dt.timedelta(days=1), tick=False):
        with pytest.raises(ApplicationError) as no_new:
            services.appeal_file(
                actor=c.buyer, dispute=dispute, reason="The officer overlooked the measurements."
            )
        assert no_new.value.code == E.APPEAL_NEEDS_NEW_EVIDENCE
    with time_machine.travel(decided_at + dt.timedelta(days=31), tick=False):
        with pytest.raises(ApplicationError) as late:
            services.appeal_file(
                actor=c.buyer, dispute=dispute, reason="The officer overlooked the measurements."
            )
        assert late.value.code == E.APPEAL_WINDOW_CLOSED
