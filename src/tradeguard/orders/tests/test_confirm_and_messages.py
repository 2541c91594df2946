"""Irreversible actions on the order and listing pages ask first, stating the
consequence; every action ends with a message saying what happened and what comes next."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.messages import get_messages
from django.test import Client
from django.urls import reverse

from tradeguard.accounts.models import User
from tradeguard.accounts.tests.factories import buyer, supplier
from tradeguard.catalog.tests.factories import listing
from tradeguard.common import clock
from tradeguard.orders.enums import OrderStatus
from tradeguard.orders.tests.factories import order

pytestmark = pytest.mark.django_db
S = OrderStatus


def browser(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def messages_of(response: object) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request)]  # type: ignore[attr-defined]


def test_confirming_receipt_asks_first_and_says_until_when_disputes_can_be_filed() -> None:
    deal = order(status=S.SHIPPED, paid="250.00")
    page = browser(buyer(organization=deal.buyer))
    html = page.get(reverse("orders:detail", args=[deal.pk])).content.decode()
    assert '<details class="confirm confirm-quiet">' in html
    assert "Confirm receipt…" in html
    assert "Confirming cannot be undone. From now you have 30 days, until" in html
    response = page.post(reverse("orders:confirm_receipt", args=[deal.pk]))
    [message] = messages_of(response)
    assert message.startswith("Receipt confirmed. If the goods turn out not as agreed, file a")


def test_cancelling_states_the_consequence_and_what_comes_next() -> None:
    deal = order(status=S.PAID, paid="250.00")
    page = browser(buyer(organization=deal.buyer))
    html = page.get(reverse("orders:detail", args=[deal.pk])).content.decode()
    assert "Cancelling ends the order for both sides and cannot be undone." in html
    response = page.post(reverse("orders:cancel", args=[deal.pk]), {"cancel-reason": "No stock"})
    [message] = messages_of(response)
    assert f"Order {deal.reference} is cancelled." in message
    assert "the buyer may file a dispute" in message


def test_recording_a_payment_says_how_much_is_paid_of_the_total() -> None:
    from tradeguard.accounts.tests.factories import officer

    deal = order(status=S.CREATED)
    response = browser(officer()).post(
        reverse("orders:payment_add", args=[deal.pk]),
        {
            "payment-amount": "100.00",
            # yesterday (the order was placed 40 days ago), whatever the suite's date
            "payment-paid_at": (clock.now() - dt.timedelta(days=1)).strftime("%Y-%m-%dT%H:%M"),
            "payment-method": "card",
            "payment-to_designated_account": "on",
        },
    )
    assert messages_of(response) == [
        f"Payment of US$100.00 recorded. Paid so far: US$100.00 of {_money(deal)}."
    ]


def _money(deal: object) -> str:
    from tradeguard.common.money import format_money

    return format_money(deal.total, deal.currency)  # type: ignore[attr-defined]


def test_removing_a_listing_asks_first_and_says_who_can_restore_it() -> None:
    seller = supplier()
    item = listing(actor=seller)
    page = browser(seller)
    html = page.get(reverse("catalog:detail", args=[item.pk])).content.decode()
    assert "Remove…" in html
    assert "only a platform officer can restore it" in html
    assert '<button type="submit" class="btn btn-danger" name="status" value="removed">' in html
    response = page.post(
        reverse("catalog:status", args=[item.pk]), {"status": "removed", "reason": "Discontinued"}
    )
    [message] = messages_of(response)
    assert message == (
        f"“{item.title}” is removed: buyers no longer see it. Only a platform officer can "
        "restore it."
    )
