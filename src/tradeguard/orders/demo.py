"""Demo orders of each kind in several states, dated relative to now so that dispute
windows and deadlines are realistic. Created through the services (the officer reports
marketplace orders; the buyer declares its offline order).

Objects for later seeds (`ctx.objects`):
- order_glass_plates: wholesale, 310 glass plates, delivered ~78 days ago
- order_moulds: trade assurance, $330 of moulds, received 12 days ago and closed 10 days
  after receipt (still disputable: issue 3, case 2)
- order_cancelled_1800: trade assurance, $1,800 paid, cancelled before shipment, not refunded
- order_offline_unshipped: offline (self-declared), paid, not shipped, ship-by passed
- order_250_items: trade assurance, 250 speakers at $40, delivered 5 days ago
- order_paid_to_factory: trade assurance, paid to the factory's own bank account
- order_created, order_awaiting_shipment, order_in_transit, order_completed
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from tradeguard.common import clock
from tradeguard.common.demo import DemoContext, demo_pdf
from tradeguard.common.money import quantize
from tradeguard.orders.enums import OrderDocumentKind, OrderKind, OrderStatus
from tradeguard.orders.models import Order
from tradeguard.orders.services import (
    ItemInput,
    OrderHistory,
    PaymentInput,
    Shipping,
    order_create,
    order_document_add,
    order_ship,
)

K = OrderKind
S = OrderStatus


@dataclass(frozen=True)
class DemoOrder:
    key: str
    kind: OrderKind
    reference: str
    buyer: str  # ctx.users key
    supplier: str  # ctx.users key
    listing: str | None  # ctx.objects key
    item: str
    quantity: int
    unit_price: str
    placed: float  # days ago
    status: OrderStatus = S.CREATED
    # Days ago for each stamp of the history (paid_at, shipped_at, ...).
    stamps: dict[str, float] = field(default_factory=dict)
    # (amount, days ago, to the designated account?) for each payment.
    payments: tuple[tuple[str, float, bool], ...] = ()
    ship_by: float | None = None  # days ago (negative: in the future)
    estimated_delivery: float | None = None
    carrier: str = ""
    tracking: str = ""
    refunded_on_cancel: bool = False
    document: OrderDocumentKind | None = None
    notes: str = ""
    # Ship it now, as the supplier, after recording (a live timeline entry).
    ship_now: bool = False


DEMO_ORDERS = [
    DemoOrder(
        key="order_glass_plates",
        kind=K.WHOLESALE,
        reference="WS-DEMO-2041",
        buyer="buyer",
        supplier="supplier2",
        listing="listing_glass_plates",
        item="Tempered glass dinner plate, 27 cm, clear",
        quantity=310,
        unit_price="4.20",
        placed=100,
        status=S.DELIVERED,
        stamps={"paid_at": 99, "shipped_at": 92, "delivered_at": 78, "receipt_confirmed_at": 77},
        payments=(("1302.00", 99, True),),
        ship_by=93,
        carrier="COSCO Shipping",
        tracking="COSU6120458870",
        document=OrderDocumentKind.SALES_CONTRACT,
    ),
    DemoOrder(
        key="order_moulds",
        kind=K.TRADE_ASSURANCE,
        reference="TA-DEMO-3307",
        buyer="buyer",
        supplier="supplier2",
        listing="listing_moulds",
        item="Silicone muffin mould, 6 cups, red",
        quantity=60,
        unit_price="5.50",
        placed=32,
        status=S.CLOSED,
        # Issue 3, case 2: received 12 days ago, the order closed 10 days after receipt
        # (2 days ago), and the 30-day quality window is still open (18 days left).
        stamps={
            "paid_at": 31,
            "shipped_at": 22,
            "delivered_at": 12,
            "receipt_confirmed_at": 12,
            "completed_at": 11,
            "closed_at": 2,
        },
        payments=(("330.00", 31, True),),
        ship_by=20,
        carrier="DHL Express",
        tracking="1Z48210395",
        document=OrderDocumentKind.SPEC_SHEET,
    ),
    DemoOrder(
        key="order_cancelled_1800",
        kind=K.TRADE_ASSURANCE,
        reference="TA-DEMO-3512",
        buyer="buyer",
        supplier="supplier",
        listing="listing_power_bank",
        item="Slim USB-C power bank 10000 mAh, custom logo",
        quantity=400,
        unit_price="9.00",
        placed=45,
        status=S.CANCELLED,
        stamps={"paid_at": 44, "cancelled_at": 30},
        payments=(("1800.00", 44, True),),
        ship_by=25,
        notes="50% deposit paid. Supplier cancelled: 'battery cells unavailable'.",
    ),
    DemoOrder(
        key="order_250_items",
        kind=K.TRADE_ASSURANCE,
        reference="TA-DEMO-3620",
        buyer="buyer",
        supplier="supplier",
        listing="listing_speaker",
        item="Portable Bluetooth 5.3 speaker, 10 W, logo print",
        quantity=250,
        unit_price="40.00",
        placed=35,
        status=S.DELIVERED,
        stamps={"paid_at": 34, "shipped_at": 20, "delivered_at": 6, "receipt_confirmed_at": 5},
        payments=(("3000.00", 34, True), ("7000.00", 21, True)),
        ship_by=21,
        carrier="Maersk",
        tracking="MAEU2291834",
        document=OrderDocumentKind.SALES_CONTRACT,
    ),
    DemoOrder(
        key="order_paid_to_factory",
        kind=K.TRADE_ASSURANCE,
        reference="TA-DEMO-3701",
        buyer="buyer2",
        supplier="supplier2",
        listing="listing_moulds",
        item="Silicone muffin mould, 6 cups, blue",
        quantity=500,
        unit_price="4.80",
        placed=40,
        status=S.SHIPPED,
        stamps={"paid_at": 38, "shipped_at": 28},
        payments=(("2400.00", 38, False),),
        ship_by=30,
        estimated_delivery=5,
        carrier="SF Express",
        tracking="SF1409928374",
        notes="Paid by T/T to the factory's own bank account at the supplier's request.",
    ),
    DemoOrder(
        key="order_created",
        kind=K.TRADE_ASSURANCE,
        reference="TA-DEMO-3802",
        buyer="buyer2",
        supplier="supplier",
        listing="listing_lamp",
        item="Arc LED desk lamp, black, EU plug",
        quantity=120,
        unit_price="18.50",
        placed=2,
        ship_by=-20,
    ),
    DemoOrder(
        key="order_awaiting_shipment",
        kind=K.WHOLESALE,
        reference="WS-DEMO-2107",
        buyer="buyer2",
        supplier="supplier2",
        listing="listing_glass_plates",
        item="Tempered glass dinner plate, 27 cm, amber",
        quantity=600,
        unit_price="4.35",
        placed=4,
        status=S.PAID,
        stamps={"paid_at": 3},
        payments=(("2610.00", 3, True),),
        ship_by=-7,
    ),
    DemoOrder(
        key="order_in_transit",
        kind=K.TRADE_ASSURANCE,
        reference="TA-DEMO-3815",
        buyer="buyer",
        supplier="supplier",
        listing="listing_lamp",
        item="Arc LED desk lamp, white, US plug",
        quantity=80,
        unit_price="19.00",
        placed=12,
        status=S.PAID,
        stamps={"paid_at": 11},
        payments=(("1520.00", 11, True),),
        ship_by=-1,
        ship_now=True,
    ),
    DemoOrder(
        key="order_completed",
        kind=K.WHOLESALE,
        reference="WS-DEMO-1988",
        buyer="buyer2",
        supplier="supplier3",
        listing="listing_bottle",
        item="Insulated water bottle 500 ml, black",
        quantity=150,
        unit_price="3.90",
        placed=70,
        status=S.COMPLETED,
        stamps={
            "paid_at": 69,
            "shipped_at": 60,
            "delivered_at": 45,
            "receipt_confirmed_at": 44,
            "completed_at": 40,
        },
        payments=(("585.00", 69, True),),
        ship_by=62,
        carrier="DHL Express",
        tracking="1Z77310290",
    ),
]

# The buyer's own declaration of an order paid outside the platform.
OFFLINE_ORDER = DemoOrder(
    key="order_offline_unshipped",
    kind=K.OFFLINE,
    reference="OFFLINE-DEMO-0001",
    buyer="buyer",
    supplier="supplier3",
    listing="listing_lamp_copy",
    item="Modern arc desk lamp LED with phone charger",
    quantity=200,
    unit_price="12.50",
    placed=30,
    status=S.PAID,
    stamps={"paid_at": 28},
    payments=(("2500.00", 28, False),),
    ship_by=14,
    notes="Agreed by chat; paid by bank transfer to the supplier's account. Nothing shipped.",
)


@dataclass(frozen=True)
class _Clock:
    """One instant for the whole seed, so intervals between stamps are exact."""

    now: dt.datetime

    def ago(self, days: float) -> dt.datetime:
        return self.now - dt.timedelta(days=days)

    def date(self, days: float | None) -> dt.date | None:
        return None if days is None else self.ago(days).date()


def _record(ctx: DemoContext, spec: DemoOrder, actor: Any, at: _Clock) -> Order:
    listing = ctx.objects.get(spec.listing) if spec.listing else None
    return order_create(
        actor=actor,
        kind=spec.kind,
        reference=spec.reference,
        buyer=ctx.users[spec.buyer].organization,
        supplier=ctx.users[spec.supplier].organization,
        listing=listing,
        currency="USD",
        total=quantize(Decimal(spec.quantity) * Decimal(spec.unit_price), "USD"),
        items=[ItemInput(spec.item, spec.quantity, spec.unit_price)],
        payments=[
            PaymentInput(amount, at.ago(days), "bank_transfer", designated)
            for amount, days, designated in spec.payments
        ],
        placed_at=at.ago(spec.placed),
        shipping=Shipping(
            ship_by=at.date(spec.ship_by),
            carrier=spec.carrier,
            tracking_number=spec.tracking,
            estimated_delivery=at.date(spec.estimated_delivery),
        ),
        history=OrderHistory(
            status=spec.status,
            refunded_on_cancel=spec.refunded_on_cancel,
            **{name: at.ago(days) for name, days in spec.stamps.items()},
        ),
        notes=spec.notes,
    )


def _follow_up(ctx: DemoContext, spec: DemoOrder, order: Order, actor: Any, at: _Clock) -> None:
    if spec.document is not None:
        title = f"{spec.document.label} - order {spec.reference}"
        order_document_add(
            actor=actor,
            order=order,
            kind=spec.document,
            upload=io.BytesIO(demo_pdf(title)),
            name=f"{spec.document.value}-{spec.reference}.pdf",
        )
    if spec.ship_now:
        order_ship(
            actor=ctx.users[spec.supplier],
            order=order,
            carrier="UPS",
            tracking_number="1Z999AA10123456784",
            estimated_delivery=at.date(-9),
        )


def seed(ctx: DemoContext) -> None:
    at = _Clock(clock.now().replace(second=0, microsecond=0))
    officer = ctx.users["officer"]
    specs = [(spec, officer) for spec in DEMO_ORDERS]
    specs.append((OFFLINE_ORDER, ctx.users[OFFLINE_ORDER.buyer]))
    for spec, actor in specs:
        order = Order.objects.filter(kind=spec.kind, reference=spec.reference).first()
        if order is None:
            order = _record(ctx, spec, actor, at)
            _follow_up(ctx, spec, order, actor, at)
            order.refresh_from_db()
            ctx.log(f"order: {spec.reference} ({order.status})")
        ctx.objects[spec.key] = order
