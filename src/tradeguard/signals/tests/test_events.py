"""Signals from events: a payment recorded outside the designated account on a platform
order; the buyer hears of every signal once; the officers' dashboard counts them."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.test import Client

from tradeguard.common.models import Event
from tradeguard.disputes import services
from tradeguard.disputes.tests.factories import (
    Cast,
    at,
    bring_under_review,
    delivered_order,
    file_dispute,
    make_order,
)
from tradeguard.notifications.models import Notification
from tradeguard.orders.services import order_payment_add
from tradeguard.signals import rules
from tradeguard.signals.models import ScamSignal

pytestmark = pytest.mark.django_db
NOW = at(2026, 4, 1)


def pay(c: Cast, order, amount: str, *, designated: bool, hours: int = 1):  # type: ignore[no-untyped-def]
    with time_machine.travel(NOW + dt.timedelta(hours=hours), tick=False):
        return order_payment_add(
            actor=c.officer,
            order=order,
            amount=amount,
            paid_at=NOW + dt.timedelta(hours=hours - 1),
            method="bank_transfer",
            to_designated_account=designated,
        )


def open_order(c: Cast, **kw):  # type: ignore[no-untyped-def]
    with time_machine.travel(NOW, tick=False):
        return make_order(
            c, placed_at=NOW - dt.timedelta(days=2), status="created", payments=[], **kw
        )


def test_a_second_payment_into_another_account_is_an_account_change(c: Cast) -> None:
    order = open_order(c)
    pay(c, order, "300.00", designated=True)
    assert not ScamSignal.objects.exists()
    payment = pay(c, order, "700.00", designated=False, hours=5)
    (signal,) = ScamSignal.objects.all()
    assert signal.kind == rules.ACCOUNT_CHANGE
    assert signal.order == order
    assert signal.supplier == order.supplier
    assert signal.message is None
    assert signal.dispute is None
    # Its evidence is the payment's event, as the order's history recorded it.
    assert signal.event == Event.objects.get(type="order.payment_added", new__payment=payment.pk)
    assert signal.order_paid is True


def test_a_payment_outside_the_designated_account_is_off_platform(c: Cast) -> None:
    order = open_order(c)
    pay(c, order, "1000.00", designated=False)
    (signal,) = ScamSignal.objects.all()
    assert signal.kind == rules.OFF_PLATFORM


def test_designated_payments_and_offline_orders_raise_nothing(c: Cast) -> None:
    pay(c, open_order(c), "1000.00", designated=True)
    with time_machine.travel(NOW, tick=False):
        offline = make_order(
            c, kind="offline", placed_at=NOW - dt.timedelta(days=2), status="created", payments=[]
        )
    with time_machine.travel(NOW + dt.timedelta(hours=1), tick=False):
        order_payment_add(
            actor=c.buyer,
            order=offline,
            amount="1000.00",
            paid_at=NOW,
            method="bank_transfer",
            to_designated_account=False,
        )
    assert not ScamSignal.objects.exists()


def test_the_buyer_is_told_once_per_signal_and_reads_the_event_on_the_order(c: Cast) -> None:
    order = open_order(c)
    pay(c, order, "300.00", designated=True)
    pay(c, order, "700.00", designated=False, hours=5)
    (note,) = Notification.objects.filter(kind="signal.found")
    assert note.recipient == c.buyer
    assert order.reference in note.subject
    assert "Change of the receiving bank account" in note.body
    assert note.link == f"/orders/{order.pk}/"
    assert not Notification.objects.filter(kind="signal.found", recipient=c.supplier).exists()
    web = Client()
    web.force_login(c.buyer)
    page = web.get(f"/orders/{order.pk}/").content.decode()
    assert "Warning: this may be a scam." in page
    assert "was recorded into another account" in page
    assert "What happened on this order, or what the supplier wrote" in page
    assert "$700.00" in page or "US$700.00" in page


def test_a_message_signal_notifies_the_buyer_with_a_link_to_the_case(c: Cast) -> None:
    with time_machine.travel(NOW, tick=False):
        dispute = file_dispute(c, delivered_order(c, NOW))
    with time_machine.travel(NOW + dt.timedelta(hours=1), tick=False):
        services.message_post(
            actor=c.supplier,
            dispute=dispute,
            body="We shipped. Pay USD 400 insurance first, then we release. <b>Thanks</b>",
        )
        services.message_post(actor=c.supplier, dispute=dispute, body="Tracking is attached.")
    (note,) = Notification.objects.filter(kind="signal.found")
    assert note.recipient == c.buyer
    assert note.link == f"/disputes/{dispute.pk}/#scam-warning"
    web = Client()
    web.force_login(c.buyer)
    page = web.get(f"/disputes/{dispute.pk}/").content.decode()
    warning = page.split('id="scam-warning"')[1].split("</div>")[0]
    # The whole sentence, the matched words marked; what the supplier wrote is escaped.
    assert "<q><mark>Pay USD 400 insurance first, then we release</mark>.</q>" in warning
    assert "<b>Thanks</b>" not in page


def test_the_dashboard_queue_puts_cases_with_signals_first_and_counts_open_ones(
    c: Cast,
) -> None:
    with time_machine.travel(NOW, tick=False):
        flagged = file_dispute(c, delivered_order(c, NOW))
        quiet = file_dispute(c, delivered_order(c, NOW - dt.timedelta(days=1)))
    with time_machine.travel(NOW + dt.timedelta(hours=1), tick=False):
        services.message_post(
            actor=c.supplier, dispute=flagged, body="Please pay the release fee of $380 first."
        )
    with time_machine.travel(NOW + dt.timedelta(days=3, hours=1), tick=False):
        services.dispute_escalate(actor=c.buyer, dispute=quiet)
    bring_under_review(c, flagged, NOW)
    web = Client()
    web.force_login(c.officer)
    with time_machine.travel(NOW + dt.timedelta(days=9, hours=1), tick=False):
        page = web.get("/officer/").content.decode()
    panel = page.split("Dispute queue")[1]
    assert "1 scam signal to review." in panel
    assert "?queue_sort=signals#queue" in panel
    assert panel.index(f"/disputes/{flagged.pk}/") < panel.index(f"/disputes/{quiet.pk}/")
    assert "1 signal" in panel
