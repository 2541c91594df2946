"""The orders dashboard panel: whose move it is comes from the orders app's own rule
(payments recorded), not from timestamps."""

from __future__ import annotations

from typing import Any

import pytest

from tradeguard.accounts.models import Organization
from tradeguard.accounts.tests import factories as f
from tradeguard.orders.models import Order
from tradeguard.orders.services import OrderHistory, PaymentInput
from tradeguard.orders.tests.factories import days_ago, order
from tradeguard.web import panels

pytestmark = pytest.mark.django_db


def cancelled(buyer: Organization, supplier: Organization, **kw: Any) -> Order:
    return order(buyer=buyer, supplier=supplier, status="cancelled", **kw)


def test_cancelled_orders_wait_on_the_supplier_only_while_money_paid_is_not_returned() -> None:
    buyer, supplier = f.buyer(), f.supplier()
    b, s = buyer.organization, supplier.organization
    # A deposit recorded, the order cancelled, the money not returned; the marketplace
    # never stamped `paid_at` (the order was cancelled before it counted as paid).
    owed = cancelled(
        b, s, payments=[PaymentInput("100.00", days_ago(38), "card", True)], reference="OWED-1"
    )
    # Refunded on cancellation: only the platform has a move left.
    cancelled(
        b,
        s,
        payments=[PaymentInput("80.00", days_ago(38), "card", True)],
        history=OrderHistory(
            status="cancelled", cancelled_at=days_ago(35), refunded_on_cancel=True
        ),
        reference="REFUNDED-1",
    )
    # `paid_at` stamped but no payment recorded: nothing to return.
    cancelled(
        b,
        s,
        history=OrderHistory(status="cancelled", paid_at=days_ago(39), cancelled_at=days_ago(35)),
        reference="NOPAY-1",
    )

    mine = panels.orders_panel(buyer)
    assert mine is not None
    assert mine["rows"] == []  # nothing is the buyer's move
    assert mine["waiting_on_other"] == 1  # only the order whose money is owed

    theirs = panels.orders_panel(supplier)
    assert theirs is not None
    assert [row["order"].reference for row in theirs["rows"]] == [owed.reference]
    assert theirs["rows"][0]["next"] == "Supplier to return the money paid"
    assert theirs["waiting_on_other"] == 0
