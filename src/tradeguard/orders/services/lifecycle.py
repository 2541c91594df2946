"""The one transition path and the actions built on it: ship, confirm receipt, cancel.
Each locks the order, checks the status table and who may move, stamps `<state>_at`
and records an event."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.db.models import Sum
from django.utils.translation import gettext as _

from tradeguard.accounts.models import User
from tradeguard.common import clock
from tradeguard.common.errors import ApplicationError, invalid, permission_denied
from tradeguard.common.events import event_record
from tradeguard.common.i18n.text import join_list, join_or
from tradeguard.common.money import quantize
from tradeguard.orders import policy
from tradeguard.orders.enums import OrdersErrorCode, OrderStatus
from tradeguard.orders.models import Order
from tradeguard.orders.policy import Party
from tradeguard.orders.selectors import party_of

E = OrdersErrorCode


def lock_order(order: Order) -> Order:
    return Order.objects.select_for_update().select_related("buyer", "supplier").get(pk=order.pk)


def _status_arg(to: str) -> OrderStatus:
    if to not in OrderStatus.values:
        raise invalid(
            "to", _("Choose one of: %(values)s.") % {"values": join_list(OrderStatus.values)}
        )
    return OrderStatus(to)


def _status(value: str) -> str:
    """A status as a sentence says it: 'paid' / '已付款'."""
    return str(OrderStatus(value).label).lower()


def check_move(actor: User, order: Order, to: OrderStatus) -> None:
    if not policy.can_move(order.status, to):
        allowed = sorted(policy.TRANSITIONS[OrderStatus(order.status)])
        raise ApplicationError(
            E.INVALID_TRANSITION,
            _("An order in status %(status)s cannot move to %(to)s.")
            % {"status": _status(order.status), "to": _status(to)},
            fields={
                "to": _("Allowed next: %(value)s.")
                % {"value": join_list(map(_status, allowed)) or _("none (the order is closed)")}
            },
            status=409,
        )
    party = party_of(actor, order)
    if not policy.may_move(order.status, to, party, self_declared=order.self_declared):
        parties = sorted(policy.parties_for(order.status, to, self_declared=order.self_declared))
        raise permission_denied(
            _("Only the %(parties)s may move this order from %(status)s to %(to)s.")
            % {
                "parties": join_or(Party(p).label for p in parties),
                "status": _status(order.status),
                "to": _status(to),
            }
        )


def apply_transition(
    order: Order,
    to: OrderStatus,
    *,
    actor: User,
    at: dt.datetime | None = None,
    event_type: str = "order.status_changed",
    params: dict[str, Any] | None = None,
    update_fields: Sequence[str] = (),
) -> Order:
    """The one place an order changes status: checks the table and the actor, stamps
    `<state>_at`, saves and records the event. `order` must be locked."""
    check_move(actor, order, to)
    old = order.status
    stamp = policy.STATUS_STAMP[to]
    when = at or clock.now()
    setattr(order, stamp, when)
    order.status = to
    order.save(update_fields=["status", stamp, "updated_at", *update_fields])
    event_record(
        obj=order,
        type=event_type,
        actor=actor,
        old={"status": old},
        new={"status": to, stamp: when},
        params=params,
    )
    return order


def order_transition(*, actor: User, order: Order, to: str, note: str = "") -> Order:
    """Move an order along the table (e.g. paid -> closed). Moves that need more data
    have their own action: ship, cancel, confirm receipt."""
    target = _status_arg(to)
    if target in policy.DEDICATED_ACTIONS:
        action, needs = policy.DEDICATED_ACTIONS[target]
        raise ApplicationError(
            E.INVALID_TRANSITION,
            _("Moving an order to %(target)s needs the %(needs)s: use the %(action)s action.")
            % {"target": _status(target), "needs": needs, "action": action},
            fields={
                "to": _("POST /api/v1/orders/%(pk)s/%(action)s instead.")
                % {"pk": order.pk, "action": action}
            },
        )
    if target == OrderStatus.DELIVERED and party_of(actor, order) == Party.BUYER:
        return order_confirm_receipt(actor=actor, order=order)  # the buyer's "delivered"
    with transaction.atomic():
        locked = lock_order(order)
        return apply_transition(locked, target, actor=actor, params={"note": note.strip()})


def order_ship(
    *,
    actor: User,
    order: Order,
    carrier: str,
    tracking_number: str,
    estimated_delivery: dt.date | None = None,
) -> Order:
    with transaction.atomic():
        locked = lock_order(order)
        check_move(actor, locked, OrderStatus.SHIPPED)
        today = clock.now().date()
        locked.carrier, locked.tracking_number = _shipping_details(carrier, tracking_number)
        if estimated_delivery is not None and estimated_delivery < today:
            raise invalid(
                "estimated_delivery",
                _("Give a date from %(today)s on.") % {"today": format(today, "%Y-%m-%d")},
            )
        locked.estimated_delivery = estimated_delivery
        late = locked.ship_by is not None and today > locked.ship_by
        return apply_transition(
            locked,
            OrderStatus.SHIPPED,
            actor=actor,
            event_type="order.shipped",
            params={
                "carrier": locked.carrier,
                "tracking_number": locked.tracking_number,
                "estimated_delivery": estimated_delivery,
                "late": late,
            },
            update_fields=["carrier", "tracking_number", "estimated_delivery"],
        )


def _shipping_details(carrier: str, tracking_number: str) -> tuple[str, str]:
    carrier, tracking_number = (carrier or "").strip(), (tracking_number or "").strip()
    if not carrier or len(carrier) > 100:
        raise invalid("carrier", _("Name the carrier (1-100 characters), e.g. DHL or COSCO."))
    if not tracking_number or len(tracking_number) > 100:
        raise invalid(
            "tracking_number", _("Give the tracking or bill-of-lading number (1-100 characters).")
        )
    return carrier, tracking_number


def order_confirm_receipt(*, actor: User, order: Order) -> Order:
    """The buyer confirms the goods arrived: a shipped order becomes delivered; on an
    order the platform already marked delivered, the confirmation is recorded."""
    with transaction.atomic():
        locked = lock_order(order)
        if party_of(actor, locked) != Party.BUYER:
            raise permission_denied(_("Only the buyer confirms receipt of the goods."))
        if locked.receipt_confirmed_at is not None:
            raise ApplicationError(
                E.RECEIPT_ALREADY_CONFIRMED,
                _("Receipt was already confirmed on %(receipt_confirmed_at)s UTC.")
                % {"receipt_confirmed_at": format(locked.receipt_confirmed_at, "%Y-%m-%d %H:%M")},
                status=409,
            )
        now = clock.now()
        locked.receipt_confirmed_at = now
        if locked.status == OrderStatus.SHIPPED:
            return apply_transition(
                locked,
                OrderStatus.DELIVERED,
                actor=actor,
                at=now,
                event_type="order.receipt_confirmed",
                update_fields=["receipt_confirmed_at"],
            )
        if locked.status != OrderStatus.DELIVERED:
            raise ApplicationError(
                E.INVALID_TRANSITION,
                _("An order in status %(status)s cannot have its receipt confirmed.")
                % {"status": _status(locked.status)},
                fields={"status": _("Receipt is confirmed once the goods have shipped.")},
                status=409,
            )
        locked.save(update_fields=["receipt_confirmed_at", "updated_at"])
        event_record(
            obj=locked,
            type="order.receipt_confirmed",
            actor=actor,
            new={"receipt_confirmed_at": now},
        )
        return locked


def order_cancel(*, actor: User, order: Order, refunded: bool, reason: str = "") -> Order:
    """Cancel before shipment, recording whether the money paid went back to the buyer."""
    reason = (reason or "").strip()
    with transaction.atomic():
        locked = lock_order(order)
        check_move(actor, locked, OrderStatus.CANCELLED)
        if len(reason) > 2000:
            raise invalid("reason", _("Use at most 2000 characters."))
        paid = amount_paid(locked)
        if refunded and paid == 0:
            raise invalid("refunded", _("Nothing was paid, so nothing was refunded."))
        locked.refunded_on_cancel = refunded
        return apply_transition(
            locked,
            OrderStatus.CANCELLED,
            actor=actor,
            event_type="order.cancelled",
            params={
                "reason": reason,
                "refunded": refunded,
                "amount_paid": paid,
                "currency": locked.currency,
            },
            update_fields=["refunded_on_cancel"],
        )


def refuse_when_ended(order: Order, code: str, message: str) -> None:
    """Nothing more is recorded on a cancelled or closed order: 409 with `code` and
    `message` (translated, naming the order's status as %(status)s)."""
    if order.status in (OrderStatus.CANCELLED, OrderStatus.CLOSED):
        raise ApplicationError(
            code,
            message % {"status": str(OrderStatus(order.status).label).lower()},
            status=409,
        )


def amount_paid(order: Order) -> Decimal:
    paid = order.payments.aggregate(total=Sum("amount"))["total"] or Decimal(0)
    return quantize(paid, order.currency)
