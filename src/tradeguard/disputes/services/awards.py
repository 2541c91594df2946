"""Carrying out a decision or an agreement: the platform's advance refund (append-only
ledger), what the supplier owes and by when, return shipments, and what happens when a
supplier ignores an award."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from tradeguard.common import clock
from tradeguard.common.errors import ApplicationError, invalid, not_found
from tradeguard.common.events import event_record
from tradeguard.common.i18n.text import Money, Text
from tradeguard.common.timers import timer_schedule
from tradeguard.disputes import policy
from tradeguard.disputes.enums import (
    AwardStatus,
    DisputesErrorCode,
    DisputeStatus,
    ObligationKind,
    ObligationStatus,
    Party,
    ProposalKind,
    RefundEntryStatus,
    RefundStatus,
    ReturnStatus,
)
from tradeguard.disputes.models import Dispute, RefundEntry, SupplierObligation
from tradeguard.disputes.services._common import lock, require_officer, require_party, tell, webhook

E = DisputesErrorCode
S = DisputeStatus
LIVE_OBLIGATIONS = (ObligationStatus.PENDING, ObligationStatus.CONFIRMED)


def carry_out(
    *, dispute: Dispute, kind: str, amount: Decimal | None, source: str, actor: Any
) -> None:
    """Start carrying out `kind` (a settlement or an award) on a locked dispute.

    What a side must now do by a deadline (ship back, pay, reimburse) and money on its
    way reach every member of that side, the person whose acceptance started it
    included: they are the next step with its date, not a receipt of their own move."""
    now = clock.now()
    money = amount or Decimal(0)
    if kind == ProposalKind.RETURN_AND_REFUND:
        dispute.return_status = ReturnStatus.AWAITING_SHIPMENT
        dispute.return_due_at = now + policy.days("return_ship_days")
        dispute.award_status = AwardStatus.PENDING
        dispute.save(update_fields=["return_status", "return_due_at", "award_status", "updated_at"])
        dispute.pending_return_amount = money  # type: ignore[attr-defined]
        event_record(
            obj=dispute,
            type="dispute.return_requested",
            actor=actor,
            params={"amount": money, "return_due_at": dispute.return_due_at, "source": source},
        )
        timer_schedule(
            kind="dispute.return_due", aggregate_id=dispute.pk, due_at=dispute.return_due_at
        )
        tell(
            dispute,
            [Party.BUYER],
            kind="dispute.return",
            subject=_("ship the goods back"),
            body=Text(
                _(
                    "Ship the goods back to the supplier by %(due)s and enter the carrier and "
                    "tracking number on the case page. The refund of %(amount)s is released when "
                    "the return is shown delivered. If you do not ship by then, the refund lapses."
                ),
                due=dispute.return_due_at,
                amount=Money(money, dispute.currency),
            ),
        )
        return
    if kind == ProposalKind.REPLACEMENT:
        _obligation(dispute, ObligationKind.SHIP_REPLACEMENT, None, source, actor)
        return
    if money <= 0:
        _refresh(dispute)
        return
    if dispute.offline:
        _obligation(dispute, ObligationKind.PAY_BUYER, money, source, actor)
    else:
        _refund(dispute, money, source, actor)
        _obligation(dispute, ObligationKind.REIMBURSE_PLATFORM, money, source, actor)


def _refund(dispute: Dispute, amount: Decimal, source: str, actor: Any) -> RefundEntry:
    key = f"dispute:{dispute.pk}:{source}:refund"
    existing = RefundEntry.objects.filter(idempotency_key=key).first()
    if existing is not None:
        return existing
    entry = RefundEntry.objects.create(
        dispute=dispute,
        amount=amount,
        currency=dispute.currency,
        idempotency_key=key,
        source=source,
        created_at=clock.now(),
    )
    event_record(
        obj=dispute,
        type="dispute.refund_created",
        actor=actor,
        params={
            "refund": entry.pk,
            "amount": amount,
            "currency": dispute.currency,
            "source": source,
        },
    )
    tell(
        dispute,
        [Party.BUYER],
        kind="dispute.refund",
        subject=_("refund on its way"),
        body=Text(
            _(
                "The platform refunds you %(amount)s in advance and recovers it from the "
                "supplier. You will be told when it is paid."
            ),
            amount=Money(amount, dispute.currency),
        ),
    )
    _refresh(dispute)
    return entry


def _obligation(
    dispute: Dispute, kind: str, amount: Decimal | None, source: str, actor: Any
) -> SupplierObligation:
    now = clock.now()
    due = now + policy.days("award_days")
    obligation = SupplierObligation.objects.create(
        dispute=dispute,
        kind=kind,
        amount=amount,
        currency=dispute.currency,
        source=source,
        due_at=due,
        created_at=now,
    )
    dispute.award_due_at = due
    dispute.award_status = AwardStatus.PENDING
    dispute.save(update_fields=["award_due_at", "award_status", "updated_at"])
    event_record(
        obj=dispute,
        type="dispute.obligation_created",
        actor=actor,
        params={
            "obligation": obligation.pk,
            "kind": kind,
            "amount": amount,
            "due_at": due,
            "source": source,
        },
    )
    for at in policy.reminders(due, policy.setting("award_reminder_hours"), now):
        timer_schedule(kind="dispute.award_reminder", aggregate_id=dispute.pk, due_at=at)
    timer_schedule(kind="dispute.award_due", aggregate_id=dispute.pk, due_at=due)
    owed = Money(amount or Decimal(0), dispute.currency)
    what = {
        ObligationKind.REIMBURSE_PLATFORM: Text(
            _("reimburse the platform %(amount)s (the refund it advanced to the buyer)"),
            amount=owed,
        ),
        ObligationKind.PAY_BUYER: Text(_("pay the buyer %(amount)s"), amount=owed),
        ObligationKind.SHIP_REPLACEMENT: Text(_("ship a replacement to the buyer")),
    }[ObligationKind(kind)]
    tell(
        dispute,
        [Party.SUPPLIER],
        kind="dispute.obligation",
        subject=_("what you must do, and by when"),
        body=Text(
            _(
                "You must %(what)s by %(due)s, and confirm it on the case page. An award "
                "ignored past its deadline costs %(points)s sanction points, restricts your "
                "account and is shown on your public record."
            ),
            what=what,
            due=due,
            points=_ignored_points(),
        ),
    )
    return obligation


def _ignored_points() -> int:
    from tradeguard.sanctions.policy import award_ignored_points

    return award_ignored_points()


def _refresh(dispute: Dispute) -> None:
    """Recompute the refund and award status fields of a locked dispute, and close it
    when it is done."""
    refunds = [r for r in dispute.refunds.all() if r.status != RefundEntryStatus.CANCELLED]
    obligations = [o for o in dispute.obligations.all() if o.status != ObligationStatus.CANCELLED]
    if not refunds:
        refund_status = RefundStatus.NONE
    elif all(r.status == RefundEntryStatus.PAID for r in refunds):
        refund_status = RefundStatus.PAID
    else:
        refund_status = RefundStatus.PENDING
    if any(o.status == ObligationStatus.IGNORED for o in obligations):
        award = AwardStatus.IGNORED
    elif dispute.return_status == ReturnStatus.MISSED:
        award = AwardStatus.LAPSED
    elif any(o.status in LIVE_OBLIGATIONS for o in obligations) or dispute.return_status in (
        ReturnStatus.AWAITING_SHIPMENT,
        ReturnStatus.SHIPPED,
    ):
        award = AwardStatus.PENDING
    elif obligations or refunds or dispute.return_status == ReturnStatus.DELIVERED:
        award = AwardStatus.FULFILLED
    else:
        award = AwardStatus.NONE
    if (refund_status, award) != (dispute.refund_status, dispute.award_status):
        dispute.refund_status = refund_status
        dispute.award_status = award
        dispute.save(update_fields=["refund_status", "award_status", "updated_at"])
    from tradeguard.disputes.services.lifecycle import dispute_close_if_done

    dispute_close_if_done(dispute)


def refund_mark_paid(
    *, actor: Any, dispute: Dispute, refund_id: int, payment_reference: str = ""
) -> RefundEntry:
    """The platform (an officer or the marketplace integration) paid a refund."""
    require_officer(actor)
    with transaction.atomic():
        dispute = lock(dispute)
        entry = (
            RefundEntry.objects.select_for_update().filter(pk=refund_id, dispute=dispute).first()
        )
        if entry is None:
            raise not_found(_("refund"))
        if entry.status != RefundEntryStatus.PENDING:
            raise ApplicationError(
                E.NOTHING_TO_CONFIRM,
                _("Refund #%(pk)s is already %(status)s.")
                % {"pk": entry.pk, "status": RefundEntryStatus(entry.status).label.lower()},
                status=409,
            )
        entry.status = RefundEntryStatus.PAID
        entry.paid_at = clock.now()
        entry.paid_by = actor
        entry.payment_reference = (payment_reference or "").strip()[:200]
        entry.save(update_fields=["status", "paid_at", "paid_by", "payment_reference"])
        event_record(
            obj=dispute,
            type="dispute.refund_paid",
            actor=actor,
            old={"refund_status": RefundEntryStatus.PENDING},
            new={"refund_status": RefundEntryStatus.PAID},
            params={
                "refund": entry.pk,
                "amount": entry.amount,
                "reference": entry.payment_reference,
            },
        )
        tell(
            dispute,
            [Party.BUYER],
            kind="dispute.refund_paid",
            subject=_("refund paid"),
            body=Text(
                _("The platform paid your refund of %(amount)s (reference %(reference)s).")
                if entry.payment_reference
                else _("The platform paid your refund of %(amount)s."),
                amount=Money(entry.amount, entry.currency),
                reference=entry.payment_reference,
            ),
            actor=actor,
        )
        webhook(
            "refund.paid",
            dispute,
            refund_id=entry.pk,
            amount=str(entry.amount),
            currency=entry.currency,
        )
        _refresh(dispute)
    return entry


def _live_obligation(dispute: Dispute, *statuses: str) -> SupplierObligation:
    obligation = (
        SupplierObligation.objects.select_for_update()
        .filter(dispute=dispute, status__in=statuses)
        .order_by("id")
        .first()
    )
    if obligation is None:
        raise ApplicationError(
            E.NOTHING_TO_CONFIRM,
            _("Nothing on this case is waiting for that confirmation."),
            status=409,
        )
    return obligation


def obligation_confirm(*, actor: Any, dispute: Dispute, reference: str) -> SupplierObligation:
    """The supplier says it carried out the award (paid, reimbursed, shipped)."""
    with transaction.atomic():
        dispute = lock(dispute)
        require_party(actor, dispute, Party.SUPPLIER)
        reference = (reference or "").strip()
        if not reference:
            raise invalid(
                "reference",
                _("Give the payment reference or the tracking number, so it can be checked."),
            )
        obligation = _live_obligation(dispute, ObligationStatus.PENDING)
        now = clock.now()
        obligation.confirmed_at = now
        obligation.confirmed_by = actor
        obligation.reference = reference[:200]
        if obligation.kind == ObligationKind.REIMBURSE_PLATFORM:
            obligation.status = ObligationStatus.FULFILLED
            obligation.fulfilled_at = now
        else:
            obligation.status = ObligationStatus.CONFIRMED
            obligation.buyer_confirm_due_at = now + policy.days("buyer_confirm_days")
            timer_schedule(
                kind="dispute.buyer_confirm_due",
                aggregate_id=dispute.pk,
                due_at=obligation.buyer_confirm_due_at,
            )
        obligation.save()
        event_record(
            obj=dispute,
            type="dispute.obligation_confirmed",
            actor=actor,
            new={"obligation_status": obligation.status},
            params={
                "obligation": obligation.pk,
                "kind": obligation.kind,
                "reference": obligation.reference,
            },
        )
        if obligation.status == ObligationStatus.CONFIRMED:
            tell(
                dispute,
                [Party.BUYER],
                kind="dispute.obligation_confirmed",
                subject=_("confirm you received it"),
                body=Text(
                    _(
                        "The supplier says it did this: %(what)s (reference %(reference)s). "
                        "Confirm on the case page that you received it by %(due)s; if you say "
                        "nothing by then it counts as received."
                    ),
                    what=obligation.get_kind_display,
                    reference=obligation.reference,
                    due=obligation.buyer_confirm_due_at or now,
                ),
                actor=actor,
            )
        _refresh(dispute)
    return obligation


def obligation_receipt_confirm(*, actor: Any, dispute: Dispute) -> SupplierObligation:
    """The buyer confirms it received what the supplier says it sent."""
    with transaction.atomic():
        dispute = lock(dispute)
        require_party(actor, dispute, Party.BUYER)
        obligation = _live_obligation(dispute, ObligationStatus.CONFIRMED)
        obligation.status = ObligationStatus.FULFILLED
        obligation.fulfilled_at = clock.now()
        obligation.save(update_fields=["status", "fulfilled_at"])
        event_record(
            obj=dispute,
            type="dispute.obligation_fulfilled",
            actor=actor,
            params={"obligation": obligation.pk, "kind": obligation.kind, "by": "buyer"},
        )
        tell(
            dispute,
            [Party.SUPPLIER],
            kind="dispute.obligation_fulfilled",
            subject=_("buyer confirmed receipt"),
            body=_("The buyer confirmed it received what you sent. Thank you."),
            actor=actor,
        )
        _refresh(dispute)
    return obligation


def return_ship(*, actor: Any, dispute: Dispute, carrier: str, tracking_number: str) -> Dispute:
    with transaction.atomic():
        dispute = lock(dispute)
        require_party(actor, dispute, Party.BUYER)
        if dispute.return_status != ReturnStatus.AWAITING_SHIPMENT:
            raise ApplicationError(
                E.NOTHING_TO_CONFIRM, _("No return shipment is expected on this case."), status=409
            )
        carrier, tracking_number = (carrier or "").strip(), (tracking_number or "").strip()
        if not carrier:
            raise invalid("carrier", _("Name the carrier (e.g. DHL, FedEx, COSCO)."))
        if not tracking_number:
            raise invalid(
                "tracking_number",
                _("Give the tracking number so the supplier can follow the return."),
            )
        dispute.return_carrier = carrier[:100]
        dispute.return_tracking_number = tracking_number[:100]
        dispute.return_shipped_at = clock.now()
        dispute.return_status = ReturnStatus.SHIPPED
        dispute.save()
        event_record(
            obj=dispute,
            type="dispute.return_shipped",
            actor=actor,
            new={"return_status": ReturnStatus.SHIPPED},
            params={"carrier": carrier, "tracking_number": tracking_number},
        )
        tell(
            dispute,
            [Party.SUPPLIER],
            kind="dispute.return_shipped",
            subject=_("goods shipped back"),
            body=Text(
                _(
                    "The buyer shipped the goods back with %(carrier)s, tracking number "
                    "%(tracking)s. Confirm on the case page when they arrive; the buyer's refund "
                    "is released then."
                ),
                carrier=carrier,
                tracking=tracking_number,
            ),
            actor=actor,
        )
        _refresh(dispute)
    return dispute


def return_delivered(*, actor: Any, dispute: Dispute) -> Dispute:
    """The supplier (or the platform, from tracking) confirms the return arrived: the
    refund is released."""
    with transaction.atomic():
        dispute = lock(dispute)
        require_party(actor, dispute, Party.SUPPLIER, Party.PLATFORM)
        if dispute.return_status != ReturnStatus.SHIPPED:
            raise ApplicationError(
                E.NOTHING_TO_CONFIRM,
                _("No return shipment is on its way on this case."),
                status=409,
            )
        dispute.return_status = ReturnStatus.DELIVERED
        dispute.return_delivered_at = clock.now()
        dispute.save()
        event_record(
            obj=dispute,
            type="dispute.return_delivered",
            actor=actor,
            new={"return_status": ReturnStatus.DELIVERED},
        )
        amount = _return_amount(dispute)
        source = f"return:{dispute.pk}"
        if amount > 0:
            if dispute.offline:
                _obligation(dispute, ObligationKind.PAY_BUYER, amount, source, actor)
            else:
                _refund(dispute, amount, source, actor)
                _obligation(dispute, ObligationKind.REIMBURSE_PLATFORM, amount, source, actor)
        _refresh(dispute)
    return dispute


def _return_amount(dispute: Dispute) -> Decimal:
    """The refund a return-and-refund releases: the accepted proposal's or the decision's."""
    decisions = list(dispute.decisions.all())
    if decisions:
        return decisions[-1].refund_amount
    accepted = dispute.proposals.filter(status="accepted").order_by("-answered_at").first()
    return (accepted.amount or Decimal(0)) if accepted else Decimal(0)


# --- Deadline handlers' work ---------------------------------------------------------


def awards_enforce(dispute_id: int) -> str:
    """At the award deadline: obligations still pending are ignored -> points,
    restriction and a public record."""
    from tradeguard.sanctions.policy import award_ignored_points
    from tradeguard.sanctions.services import points_award

    with transaction.atomic():
        dispute = (
            Dispute.objects.select_for_update()
            .select_related("order", "buyer", "supplier")
            .get(pk=dispute_id)
        )
        if dispute.status == S.APPEALED:
            return "appeal pending: deadline suspended"
        now = clock.now()
        late = list(
            SupplierObligation.objects.select_for_update().filter(
                dispute=dispute, status=ObligationStatus.PENDING, due_at__lte=now
            )
        )
        if not late:
            return "nothing overdue"
        for obligation in late:
            obligation.status = ObligationStatus.IGNORED
            obligation.save(update_fields=["status"])
            event_record(
                obj=dispute,
                type="dispute.obligation_ignored",
                actor_label="system",
                new={"obligation_status": ObligationStatus.IGNORED},
                params={
                    "obligation": obligation.pk,
                    "kind": obligation.kind,
                    "due_at": obligation.due_at,
                },
            )
            points_award(
                supplier=dispute.supplier,
                points=award_ignored_points(),
                reason_code="award_ignored",
                reason_params={
                    "dispute": dispute.pk,
                    "kind": obligation.kind,
                    "due": obligation.due_at.isoformat(),
                },
                source_type="dispute_award",
                source_id=obligation.pk,
                actor=None,
                idempotency_key=f"dispute:{dispute.pk}:obligation:{obligation.pk}:ignored",
            )
        dispute.on_public_record = True
        dispute.save(update_fields=["on_public_record", "updated_at"])
        tell(
            dispute,
            [Party.SUPPLIER, Party.BUYER, Party.PLATFORM],
            kind="dispute.award_ignored",
            subject=_("award ignored"),
            body=Text(
                _(
                    "The supplier did not carry out the award by its deadline. It received "
                    "%(points)s sanction points, its account is restricted and the case is shown "
                    "on its public record."
                )
                if dispute.offline
                else _(
                    "The supplier did not carry out the award by its deadline. It received "
                    "%(points)s sanction points, its account is restricted and the case is shown "
                    "on its public record. The buyer's refund is paid by the platform regardless."
                ),
                points=award_ignored_points(),
            ),
        )
        _refresh(dispute)
        return f"{len(late)} obligation(s) ignored"
