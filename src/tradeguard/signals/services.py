"""Writes of scam signals. The detector (`detector.py`) only finds; these store."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from tradeguard.accounts.enums import VerificationStatus
from tradeguard.common import clock
from tradeguard.common.errors import ApplicationError, invalid, not_found, permission_denied
from tradeguard.common.events import event_record
from tradeguard.common.i18n.text import Text
from tradeguard.notifications.services import notify_org
from tradeguard.notifications.text import link
from tradeguard.sanctions.services import points_award
from tradeguard.signals import policy, rules
from tradeguard.signals.detector import Context, detect
from tradeguard.signals.enums import ReviewDecision, SignalKind, SignalsErrorCode, SignalStatus
from tradeguard.signals.models import ScamSignal

SANCTION_SOURCE = "dispute_scam_signals"

if TYPE_CHECKING:
    from tradeguard.common.models import Event
    from tradeguard.disputes.models import Dispute, Message
    from tradeguard.orders.models import Order, Payment, ShipmentEvent

# Rules over events (not text): ids stored on the signal like the text rules' ids.
RULE_PAYMENT_ACCOUNT_CHANGED = "event.payment.account_changed"
RULE_PAYMENT_OUTSIDE = "event.payment.outside_designated"
RULE_SHIPMENT_RETURNED = "event.shipment.returned"
RULE_SHIPMENT_RECALLED = "event.shipment.recalled"


def signals_check_message(*, message: Message) -> list[ScamSignal]:
    """Check a message just posted on a case; store what is found. Runs inside the
    posting service's transaction, so a message and its signals are written together."""
    dispute = message.dispute
    order = dispute.order
    supplier = dispute.supplier
    verified = supplier.verification_status == VerificationStatus.VERIFIED
    paid = order.paid_at is not None and order.paid_at <= message.created_at
    context = Context(
        paid=paid,
        author=message.party,
        verified_names=(supplier.name,) if verified else (),
        verified_registration=supplier.registration_number if verified else "",
    )
    return [
        _store(
            ScamSignal(
                kind=found.kind,
                order=order,
                dispute=dispute,
                message=message,
                supplier=supplier,
                rule=found.rule,
                evidence=found.evidence,
                evidence_start=found.start,
                evidence_end=found.end,
                order_paid=paid,
            ),
            params={"dispute": dispute.pk, "message": message.pk},
        )
        for found in detect(message.body, context)
    ]


def signals_check_payment(*, payment: Payment, event: Event) -> ScamSignal | None:
    """Check a payment just recorded on an order (inside the recording service's
    transaction). On an order paid through the platform (not an offline one), money
    recorded outside the designated account is a signal, with the payment's event as
    its evidence: a change of the receiving account when an earlier payment on the
    order went into the designated account, a payment outside it otherwise."""
    from tradeguard.orders.enums import OrderKind

    order = payment.order
    if payment.to_designated_account or order.kind == OrderKind.OFFLINE:
        return None
    earlier_designated = (
        order.payments.exclude(pk=payment.pk).filter(to_designated_account=True).exists()
    )
    kind, rule = (
        (SignalKind.ACCOUNT_CHANGE, RULE_PAYMENT_ACCOUNT_CHANGED)
        if earlier_designated
        else (SignalKind.OFF_PLATFORM, RULE_PAYMENT_OUTSIDE)
    )
    # The evidence is a payment: the buyer has paid (this money at least).
    return _store_event_signal(order, event, kind=kind, rule=rule, payment=payment.pk)


def signals_check_shipment(*, shipment: ShipmentEvent, event: Event) -> ScamSignal | None:
    """Check a shipment event just recorded on an order (inside the recording service's
    transaction). On a platform order (not an offline one) paid before the event, goods
    returned to the shipper or recalled by it are a signal, with the event as evidence."""
    from tradeguard.orders.enums import OrderKind, ShipmentEventStatus

    order = shipment.order
    rule = {
        ShipmentEventStatus.RETURNED_TO_SHIPPER: RULE_SHIPMENT_RETURNED,
        ShipmentEventStatus.RECALLED_BY_SHIPPER: RULE_SHIPMENT_RECALLED,
    }.get(ShipmentEventStatus(shipment.status))
    paid = order.paid_at is not None and order.paid_at <= shipment.occurred_at
    if rule is None or not paid or order.kind == OrderKind.OFFLINE:
        return None
    return _store_event_signal(
        order, event, kind=SignalKind.SHIPMENT_RECALLED, rule=rule, shipment_event=shipment.pk
    )


def _store_event_signal(
    order: Order, event: Event, *, kind: str, rule: str, **params: Any
) -> ScamSignal:
    """A signal whose evidence is an event on a paid order (shown on its open case, if
    any), with the ids of what the event recorded in its params."""
    return _store(
        ScamSignal(
            kind=kind,
            order=order,
            dispute=_open_case(order),
            event=event,
            supplier=order.supplier,
            rule=rule,
            evidence="",
            evidence_start=0,
            evidence_end=0,
            order_paid=True,
        ),
        params={"order": order.pk, "event": event.pk, **params},
    )


def _store(signal: ScamSignal, *, params: dict[str, Any]) -> ScamSignal:
    """Write a found signal with the rule-set version and the time, record its event
    and tell the buyer (once: a signal is written once)."""
    signal.rules_version = rules.VERSION
    signal.detected_at = clock.now()
    signal.save()
    signal_counts_refresh(signal.order_id)
    event_record(obj=signal, type="signal.detected", params={"kind": signal.kind, **params})
    _notify_buyer(signal, order=signal.order, dispute=signal.dispute)
    return signal


def signal_counts_refresh(orders: int | QuerySet[Any]) -> None:
    """Recount `signal_count` on every case of the order (a signal on a case counts on
    that case, one on the order on each of its cases): after a signal is found or
    reviewed, and when a case is opened on an order that has some. `orders` is an
    order's id, or a query of order ids for a set-based recount (the scale seeder)."""
    from tradeguard.disputes.models import Dispute
    from tradeguard.signals.selectors import signal_count

    cases = (
        Dispute.objects.filter(order_id=orders)
        if isinstance(orders, int)
        else Dispute.objects.filter(order_id__in=orders)
    )
    cases.update(signal_count=signal_count())


def _open_case(order: Order) -> Dispute | None:
    """The order's most recent case that is still open, to show an order's signal on."""
    from tradeguard.disputes.models import Dispute
    from tradeguard.disputes.policy import ACTIVE_STATUSES

    return Dispute.objects.filter(order=order, status__in=ACTIVE_STATUSES).order_by("-pk").first()


def _notify_buyer(signal: ScamSignal, *, order: Order, dispute: Dispute | None) -> None:
    """Tell the buyer's side, once per signal (a signal is written once), in each
    reader's language, with a link to the page that carries the warning."""
    path = f"/disputes/{dispute.pk}/#scam-warning" if dispute else f"/orders/{order.pk}/"
    where = (
        Text(gettext_lazy("case #%(case)s"), case=str(dispute.pk))
        if dispute
        else Text(gettext_lazy("order %(reference)s"), reference=order.reference)
    )
    notify_org(
        organization=order.buyer,
        kind="signal.found",
        subject=Text(
            gettext_lazy("Possible scam on order %(reference)s: do not pay anything more"),
            reference=order.reference,
        ),
        body=Text(
            gettext_lazy(
                "We found a pattern used in scams (%(kind)s) on %(where)s. Do not pay any "
                "extra fee or into another account: the platform covers only its designated "
                "account. Read the warning and what to do: %(link)s"
            ),
            kind=SignalKind(signal.kind).label,
            where=where,
            link=link(str(order.reference), path),
        ),
        link=path,
        topic=dispute if dispute is not None else order,
    )


def signal_review(
    *, actor: Any, dispute: Dispute, signal_id: int, decision: str, note: str = ""
) -> ScamSignal:
    """An officer confirms a signal (the supplier gets the serious-violation points,
    once per case) or dismisses it (the buyer's warning drops it)."""
    if not getattr(actor, "is_officer", False):
        raise permission_denied(_("Only officers review scam signals."))
    if decision not in ReviewDecision.values:
        raise invalid(
            "decision",
            _("Choose %(choices)s.")
            % {"choices": ", ".join(str(label) for label in ReviewDecision.labels)},
        )
    note = (note or "").strip()
    if len(note) > 2000:
        raise invalid("note", _("Keep the note under 2,000 characters."))
    with transaction.atomic():
        signal = (
            ScamSignal.objects.select_for_update()
            .filter(
                Q(dispute=dispute) | Q(dispute__isnull=True, order_id=dispute.order_id),
                pk=signal_id,
            )
            .select_related("supplier")
            .first()
        )
        if signal is None:
            raise not_found(_("scam signal"))
        if signal.status != SignalStatus.OPEN:
            raise ApplicationError(
                SignalsErrorCode.ALREADY_REVIEWED,
                _("This signal was already reviewed: %(status)s.")
                % {"status": str(signal.get_status_display()).lower()},
                status=409,
            )
        old = signal.status
        signal.status = (
            SignalStatus.CONFIRMED if decision == ReviewDecision.CONFIRM else SignalStatus.DISMISSED
        )
        signal.reviewed_by = actor
        signal.reviewed_at = clock.now()
        signal.review_note = note
        signal.save(
            update_fields=["status", "reviewed_by", "reviewed_at", "review_note", "updated_at"]
        )
        signal_counts_refresh(signal.order_id)
        event_record(
            obj=signal,
            type=f"signal.{signal.status}",
            actor=actor,
            old={"status": old},
            new={"status": signal.status},
            params={"dispute": dispute.pk, "note": note},
        )
        if signal.status == SignalStatus.CONFIRMED:
            points_award(
                supplier=signal.supplier,
                points=policy.confirmed_signal_points(),
                reason=(
                    f"Confirmed scam signal on dispute #{dispute.pk}: "
                    f"{SignalKind(signal.kind).label}."
                ),
                # One sanction per case: the case is the source, its first confirmed
                # signal the reason (later confirmations replay the same entry).
                source_type=SANCTION_SOURCE,
                source_id=dispute.pk,
                actor=actor,
                idempotency_key=f"scam_signal:dispute:{dispute.pk}",
            )
    return signal
