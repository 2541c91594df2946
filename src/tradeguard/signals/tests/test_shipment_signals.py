"""Signals from shipment events: goods returned to the shipper or recalled after the
order was paid; the buyer's warning on the order and case pages; the officer's list."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.test import Client

from tradeguard.common.models import Event
from tradeguard.common.testing import ApiClient
from tradeguard.disputes.tests.factories import Cast, at, delivered_order, file_dispute, make_order
from tradeguard.notifications.models import Notification
from tradeguard.orders.enums import ShipmentEventStatus
from tradeguard.orders.services import order_payment_add, shipment_event_record
from tradeguard.signals import rules
from tradeguard.signals.models import ScamSignal
from tradeguard.signals.presenters import event_description
from tradeguard.signals.services import RULE_SHIPMENT_RECALLED, RULE_SHIPMENT_RETURNED

pytestmark = pytest.mark.django_db
NOW = at(2026, 4, 1)
St = ShipmentEventStatus


def paid_order(c: Cast, **kw):  # type: ignore[no-untyped-def]
    """Placed 5 days before NOW, paid 2 hours later."""
    with time_machine.travel(NOW, tick=False):
        return make_order(c, placed_at=NOW - dt.timedelta(days=5), status="paid", **kw)


def ship_event(c: Cast, order, status: str, *, occurred: dt.datetime = NOW):  # type: ignore[no-untyped-def]
    with time_machine.travel(NOW + dt.timedelta(hours=1), tick=False):
        return shipment_event_record(
            actor=c.supplier, order=order, status=status, occurred_at=occurred, carrier="DHL"
        )


@pytest.mark.parametrize(
    ("status", "rule", "words"),
    [
        (St.RETURNED_TO_SHIPPER, RULE_SHIPMENT_RETURNED, "returned to the shipper"),
        (St.RECALLED_BY_SHIPPER, RULE_SHIPMENT_RECALLED, "recalled by the shipper"),
    ],
)
def test_a_return_or_recall_after_payment_is_a_signal_with_the_event_as_evidence(
    c: Cast, status: str, rule: str, words: str
) -> None:
    order = paid_order(c)
    shipment = ship_event(c, order, status)
    (signal,) = ScamSignal.objects.all()
    assert signal.kind == rules.SHIPMENT_RECALLED
    assert signal.rule == rule
    assert signal.order == order
    assert signal.supplier == order.supplier
    assert signal.order_paid is True
    assert signal.event == Event.objects.get(
        type="order.shipment_event", new__shipment_event=shipment.pk
    )
    text = event_description(signal)
    assert words in text
    assert "after the order was paid" in text
    assert "2026" in text


def test_no_signal_before_payment_or_for_other_events_or_offline_orders(c: Cast) -> None:
    order = paid_order(c)
    for status in (St.PICKED_UP, St.IN_TRANSIT, St.HELD_BY_CARRIER, St.DELIVERED):
        ship_event(c, order, status)
    # Returned before the order was paid (paid 2 h after placing): no signal.
    ship_event(
        c,
        order,
        St.RETURNED_TO_SHIPPER,
        occurred=NOW - dt.timedelta(days=5) + dt.timedelta(hours=1),
    )
    with time_machine.travel(NOW, tick=False):
        unpaid = make_order(c, placed_at=NOW - dt.timedelta(days=5), status="created", payments=[])
    ship_event(c, unpaid, St.RECALLED_BY_SHIPPER, occurred=NOW - dt.timedelta(days=1))
    # Paid afterwards: the recall happened before the payment, still no signal.
    with time_machine.travel(NOW + dt.timedelta(hours=2), tick=False):
        order_payment_add(
            actor=c.officer,
            order=unpaid,
            amount="1000.00",
            paid_at=NOW,
            method="bank_transfer",
            to_designated_account=True,
        )
    offline = paid_order(c, kind="offline")
    ship_event(c, offline, St.RETURNED_TO_SHIPPER)
    assert not ScamSignal.objects.exists()
    assert not Notification.objects.filter(kind="signal.found").exists()


def test_the_buyer_is_warned_on_the_order_page_and_the_officer_sees_it(c: Cast) -> None:
    order = paid_order(c)
    ship_event(c, order, St.RETURNED_TO_SHIPPER)
    (note,) = Notification.objects.filter(kind="signal.found")
    assert note.recipient == c.buyer
    assert "Shipment recalled or returned after payment" in note.body
    assert note.link == f"/orders/{order.pk}/"
    web = Client()
    web.force_login(c.buyer)
    page = web.get(f"/orders/{order.pk}/").content.decode()
    warning = page.split('id="scam-warning"')[1].split("</div>")[0]
    assert "Warning: this may be a scam." in warning
    assert "Shipment recalled or returned after payment" in warning
    assert "was recorded as returned to the shipper on" in warning
    assert "Do not pay anything more" in warning
    web.force_login(c.supplier)
    assert 'id="scam-warning"' not in web.get(f"/orders/{order.pk}/").content.decode()
    web.force_login(c.officer)
    page = web.get(f"/orders/{order.pk}/").content.decode()
    listed = page.split('id="scam-signals"')[1].split("</section>")[0]
    assert "Shipment recalled or returned after payment" in listed
    assert "was recorded as returned to the shipper on" in listed


def test_on_an_open_case_the_warning_and_the_officers_list_show_it(c: Cast) -> None:
    with time_machine.travel(NOW, tick=False):
        dispute = file_dispute(c, delivered_order(c, NOW))
    ship_event(c, dispute.order, St.RECALLED_BY_SHIPPER)
    (signal,) = ScamSignal.objects.all()
    assert signal.dispute == dispute
    web = Client()
    web.force_login(c.buyer)
    page = web.get(f"/disputes/{dispute.pk}/").content.decode()
    warning = page.split('id="scam-warning"')[1].split("</div>")[0]
    assert "was recorded as recalled by the shipper on" in warning
    web.force_login(c.officer)
    page = web.get(f"/disputes/{dispute.pk}/").content.decode()
    listed = page.split('id="scam-signals"')[1].split("</section>")[0]
    assert "Shipment recalled or returned after payment" in listed
    assert "was recorded as recalled by the shipper on" in listed
    api = ApiClient(c.officer).get(f"disputes/{dispute.pk}/signals")
    assert api.status_code == 200
    (read,) = api.json()["signals"]
    assert read["kind"] == rules.SHIPMENT_RECALLED
    assert read["rule"] == RULE_SHIPMENT_RECALLED
    assert "recalled by the shipper" in read["evidence"]
