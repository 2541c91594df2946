"""The catalog and orders demo data: idempotent, through the services, realistic dates."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tradeguard.accounts import demo as accounts_demo
from tradeguard.catalog import demo as catalog_demo
from tradeguard.catalog.models import Listing, ListingImage
from tradeguard.common import clock
from tradeguard.common.demo import DemoContext
from tradeguard.orders import demo as orders_demo
from tradeguard.orders.enums import OrderKind, OrderStatus
from tradeguard.orders.models import Order

pytestmark = pytest.mark.django_db
S = OrderStatus


def seed() -> DemoContext:
    ctx = DemoContext(log=lambda line: None)
    for module in (accounts_demo, catalog_demo, orders_demo):
        module.seed(ctx)
    return ctx


def test_demo_seeds_listings_and_orders_idempotently() -> None:
    ctx = seed()
    counts = (Listing.objects.count(), ListingImage.objects.count(), Order.objects.count())
    again = seed()
    assert (Listing.objects.count(), ListingImage.objects.count(), Order.objects.count()) == counts
    assert {k: v.pk for k, v in ctx.objects.items()} == {k: v.pk for k, v in again.objects.items()}
    assert {o.status for o in Order.objects.all()} == set(S)
    assert {o.kind for o in Order.objects.all()} == set(OrderKind)
    for listing in Listing.objects.all():
        assert listing.images.count() >= 1
        image = listing.images.select_related("file").first()
        assert image is not None
        assert image.file.width
        assert image.file.mime_type == "image/jpeg"


def test_demo_orders_the_disputes_demo_relies_on() -> None:
    objects = seed().objects
    now = clock.now()
    plates = objects["order_glass_plates"]
    assert plates.kind == OrderKind.WHOLESALE
    assert plates.status == S.DELIVERED
    assert plates.items.get().quantity == 310
    assert now - plates.delivered_at >= dt.timedelta(days=75)
    moulds = objects["order_moulds"]
    assert moulds.total == Decimal("330.00")
    assert moulds.status == S.CLOSED
    # Issue 3, case 2: received 12 days ago, closed 10 days after receipt (2 days ago),
    # inside the 30-day quality window.
    assert moulds.closed_at - moulds.receipt_confirmed_at == dt.timedelta(days=10)
    received_days_ago = (now - moulds.receipt_confirmed_at) / dt.timedelta(days=1)
    assert 12 <= received_days_ago < 12.1
    assert moulds.closed_at <= now
    assert moulds.paid_at < moulds.shipped_at < moulds.delivered_at <= moulds.completed_at
    cancelled = objects["order_cancelled_1800"]
    assert cancelled.status == S.CANCELLED
    assert not cancelled.refunded_on_cancel
    assert sum(p.amount for p in cancelled.payments.all()) == Decimal("1800.00")
    assert cancelled.shipped_at is None
    offline = objects["order_offline_unshipped"]
    assert offline.self_declared
    assert offline.status == S.PAID
    assert offline.shipped_at is None
    assert offline.ship_by is not None
    assert offline.ship_by < now.date()
    big = objects["order_250_items"]
    item = big.items.get()
    assert (item.quantity, item.unit_price, big.status) == (250, Decimal("40.00"), S.DELIVERED)
    factory = objects["order_paid_to_factory"]
    assert [p.to_designated_account for p in factory.payments.all()] == [False]
    assert objects["order_in_transit"].status == S.SHIPPED
