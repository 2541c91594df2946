"""Orders test data, created through the services as the marketplace or buyers would."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal
from typing import Any

from tradeguard.accounts.enums import OrgKind
from tradeguard.accounts.models import Organization, User
from tradeguard.accounts.tests.factories import OrganizationFactory, officer
from tradeguard.common import clock
from tradeguard.common.money import quantize
from tradeguard.orders.enums import OrderKind, OrderStatus
from tradeguard.orders.models import Order
from tradeguard.orders.services import ItemInput, OrderHistory, PaymentInput, order_create

_refs = itertools.count(1)
S = OrderStatus

# When an order in each status got there, relative to now (days ago), along one
# consistent path: placed 40 days ago, paid, shipped, delivered, completed, closed.
HISTORY_DAYS = {
    "placed_at": 40,
    "paid_at": 39,
    "shipped_at": 30,
    "delivered_at": 20,
    "receipt_confirmed_at": 20,
    "completed_at": 10,
    "cancelled_at": 35,
    "closed_at": 1,
}
STAMPS_FOR: dict[OrderStatus, tuple[str, ...]] = {
    S.CREATED: (),
    S.PAID: ("paid_at",),
    S.SHIPPED: ("paid_at", "shipped_at"),
    S.DELIVERED: ("paid_at", "shipped_at", "delivered_at"),
    S.COMPLETED: ("paid_at", "shipped_at", "delivered_at", "receipt_confirmed_at", "completed_at"),
    S.CANCELLED: ("cancelled_at",),
    S.CLOSED: ("paid_at", "shipped_at", "delivered_at", "completed_at", "closed_at"),
}


def days_ago(days: float) -> dt.datetime:
    return clock.now() - dt.timedelta(days=days)


def buyer_org(**kw: Any) -> Organization:
    return OrganizationFactory(kind=OrgKind.BUYER, **kw)  # type: ignore[no-any-return]


def supplier_org(**kw: Any) -> Organization:
    kw.setdefault("country", "CN")
    return OrganizationFactory(kind=OrgKind.SUPPLIER, **kw)  # type: ignore[no-any-return]


def history(status: str) -> OrderHistory:
    names = STAMPS_FOR[OrderStatus(status)]
    return OrderHistory(status=status, **{n: days_ago(HISTORY_DAYS[n]) for n in names})


def order(
    *,
    buyer: Organization | None = None,
    supplier: Organization | None = None,
    actor: User | None = None,
    kind: str = OrderKind.TRADE_ASSURANCE,
    status: str = S.CREATED,
    quantity: str = "10",
    unit_price: str = "25.00",
    currency: str = "USD",
    paid: str | None = None,
    **kw: Any,
) -> Order:
    """An order reported by the marketplace (officer), in `status` with consistent dates.
    `paid` records one payment into the designated account."""
    total = quantize(Decimal(quantity) * Decimal(unit_price), currency)
    payments = kw.pop("payments", [])
    if paid is not None:
        payments = [PaymentInput(paid, days_ago(39.5), "card", True)]
    kw.setdefault("placed_at", days_ago(HISTORY_DAYS["placed_at"]))
    kw.setdefault("reference", f"TA-{next(_refs):06d}")
    return order_create(
        actor=actor or officer(),
        kind=kind,
        buyer=buyer or buyer_org(),
        supplier=supplier or supplier_org(),
        currency=currency,
        total=total,
        items=[ItemInput("Stainless steel bottle, 500 ml", quantity, unit_price)],
        payments=payments,
        history=kw.pop("history", history(status)),
        **kw,
    )
