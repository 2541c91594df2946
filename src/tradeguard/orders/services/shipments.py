"""Shipment events recorded on an order: picked up, in transit, held, returned to the
shipper, recalled, delivered."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from tradeguard.accounts.models import User
from tradeguard.common import clock
from tradeguard.common.errors import invalid, permission_denied
from tradeguard.common.events import event_record
from tradeguard.orders.enums import OrdersErrorCode, ShipmentEventStatus
from tradeguard.orders.models import Order, ShipmentEvent
from tradeguard.orders.policy import Party
from tradeguard.orders.selectors import party_of
from tradeguard.orders.services.create import not_before_placed, not_future
from tradeguard.orders.services.lifecycle import lock_order, refuse_when_ended

# Who records what happened to the goods: the supplier ships them, the platform records
# what the marketplace's carriers report.
RECORDING_PARTIES = frozenset({Party.SUPPLIER, Party.PLATFORM})
TEXT_LIMITS = {"carrier": 100, "tracking_number": 100, "note": 2000}


def shipment_event_record(
    *,
    actor: User,
    order: Order,
    status: str,
    occurred_at: dt.datetime,
    carrier: str = "",
    tracking_number: str = "",
    note: str = "",
) -> ShipmentEvent:
    """Record what happened to the shipment, when. A return to the shipper or a recall
    after the order was paid is checked as a scam signal in the same transaction."""
    now = clock.now()
    with transaction.atomic():
        locked = lock_order(order)
        _check_may_record(actor, locked)
        if status not in ShipmentEventStatus.values:
            raise invalid(
                "status",
                _("Choose one of: %(values)s.")
                % {"values": ", ".join(str(label) for label in ShipmentEventStatus.labels)},
            )
        occurred = not_future(occurred_at, now, "occurred_at")
        not_before_placed(occurred, locked.placed_at, "occurred_at")
        texts = {"carrier": carrier, "tracking_number": tracking_number, "note": note}
        for field, value in texts.items():
            texts[field] = (value or "").strip()
            if len(texts[field]) > TEXT_LIMITS[field]:
                raise invalid(
                    field,
                    _("Use at most %(limit)s characters.") % {"limit": TEXT_LIMITS[field]},
                )
        shipment = ShipmentEvent.objects.create(
            order=locked, status=status, occurred_at=occurred, recorded_by=actor, **texts
        )
        event = event_record(
            obj=locked,
            type="order.shipment_event",
            actor=actor,
            new={
                "shipment_event": shipment.pk,
                "shipment_status": status,
                "occurred_at": occurred,
            },
            params={
                "carrier": texts["carrier"],
                "tracking_number": texts["tracking_number"],
            },
        )
        # A shipment returned or recalled after payment is a scam signal (the signals
        # app decides; its evidence is this event).
        from tradeguard.signals.services import signals_check_shipment

        signals_check_shipment(shipment=shipment, event=event)
    return shipment


def _check_may_record(actor: User, order: Order) -> None:
    if party_of(actor, order) not in RECORDING_PARTIES:
        raise permission_denied(
            _("Shipment events are recorded by the supplier of the order or by the platform.")
        )
    refuse_when_ended(
        order,
        OrdersErrorCode.SHIPMENT_EVENT_NOT_ALLOWED,
        _("The order is %(status)s; no more shipment events can be recorded on it."),
    )
