"""API shapes for orders. Money goes out as decimal strings in the order's currency
precision ("1302.00") and comes in as strings (or integers), parsed strictly."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any, Literal

from ninja import FilterLookup, FilterSchema, Schema
from pydantic import Field

from tradeguard.accounts.schemas import OrganizationBrief
from tradeguard.common.money import quantize
from tradeguard.evidence.schemas import FileRead
from tradeguard.orders.enums import (
    OrderDocumentKind,
    OrderKind,
    OrderStatus,
    PaymentMethod,
    ShipmentEventStatus,
)
from tradeguard.orders.models import Order, OrderDocument, OrderItem, Payment, ShipmentEvent
from tradeguard.orders.policy import NextStep

OrderKindLiteral = OrderKind
OrderStatusLiteral = OrderStatus
PaymentMethodLiteral = PaymentMethod
DocumentKindLiteral = OrderDocumentKind
# A money amount or quantity: a decimal string such as "1302.50" (or an integer).
DecimalText = Annotated[str | int, Field(examples=["1302.50"])]


def money_text(amount: Decimal, currency: str) -> str:
    return str(quantize(amount, currency))


# --- Input ----------------------------------------------------------------------------


class OrderItemCreate(Schema):
    description: str = Field(max_length=500)
    quantity: DecimalText
    unit: str = Field(default="pcs", max_length=20)
    unit_price: DecimalText


class PaymentCreate(Schema):
    amount: DecimalText
    paid_at: dt.datetime
    method: PaymentMethodLiteral
    reference: str = Field(default="", max_length=200)
    to_designated_account: bool = Field(
        description="Paid into the platform's designated account (covered by trade assurance)."
    )


class OrderCreate(Schema):
    kind: OrderKindLiteral
    reference: str = Field(
        default="", max_length=100, description="Marketplace order number; offline: optional."
    )
    buyer_id: int | None = Field(
        default=None, description="Defaults to a buyer's own organization."
    )
    supplier_id: int
    listing_id: int | None = None
    currency: str = Field(min_length=3, max_length=3)
    total: DecimalText
    items: list[OrderItemCreate]
    payments: list[PaymentCreate] = Field(default_factory=list)
    placed_at: dt.datetime | None = Field(default=None, description="Defaults to now.")
    notes: str = Field(default="", max_length=5000)
    # Shipping terms and details.
    ship_by: dt.date | None = None
    carrier: str = Field(default="", max_length=100)
    tracking_number: str = Field(default="", max_length=100)
    estimated_delivery: dt.date | None = None
    # Imported history: the status the order is already in and when it got there.
    status: OrderStatusLiteral = OrderStatus.CREATED
    paid_at: dt.datetime | None = None
    shipped_at: dt.datetime | None = None
    delivered_at: dt.datetime | None = None
    receipt_confirmed_at: dt.datetime | None = None
    completed_at: dt.datetime | None = None
    cancelled_at: dt.datetime | None = None
    closed_at: dt.datetime | None = None
    refunded_on_cancel: bool = False


class OrderListParams(FilterSchema):
    status: OrderStatusLiteral | None = None
    kind: OrderKindLiteral | None = None
    buyer: Annotated[int | None, FilterLookup("buyer_id")] = None
    supplier: Annotated[int | None, FilterLookup("supplier_id")] = None
    placed_after: Annotated[dt.datetime | None, FilterLookup("placed_at__gte")] = None
    placed_before: Annotated[dt.datetime | None, FilterLookup("placed_at__lt")] = None
    q: Annotated[str | None, FilterLookup("reference__icontains")] = None


class OrderShip(Schema):
    carrier: str = Field(max_length=100)
    tracking_number: str = Field(max_length=100)
    estimated_delivery: dt.date | None = None


class ShipmentEventCreate(Schema):
    status: ShipmentEventStatus
    occurred_at: dt.datetime = Field(description="When it happened (with a UTC offset).")
    carrier: str = Field(default="", max_length=100)
    tracking_number: str = Field(default="", max_length=100)
    note: str = Field(default="", max_length=2000)


class OrderTransition(Schema):
    to: OrderStatusLiteral
    note: str = Field(default="", max_length=2000)


class OrderCancel(Schema):
    refunded: bool = Field(description="Was the money paid returned to the buyer?")
    reason: str = Field(default="", max_length=2000)


# --- Output ---------------------------------------------------------------------------


class NextStepRead(Schema):
    party: Literal["buyer", "supplier", "platform"] | None = Field(
        description="Whose move it is (null: nobody's)"
    )
    text: str
    due: dt.date | dt.datetime | None


class OrderItemRead(Schema):
    position: int
    description: str
    quantity: Decimal
    unit: str
    unit_price: str
    line_total: str

    @staticmethod
    def resolve_unit_price(obj: OrderItem) -> str:
        return money_text(obj.unit_price, obj.order.currency)

    @staticmethod
    def resolve_line_total(obj: OrderItem) -> str:
        return money_text(obj.line_total, obj.order.currency)

    @staticmethod
    def resolve_quantity(obj: OrderItem) -> Decimal:
        return (
            obj.quantity.normalize() if obj.quantity == obj.quantity.to_integral() else obj.quantity
        )


class PaymentRead(Schema):
    id: int
    amount: str
    paid_at: dt.datetime
    method: PaymentMethod
    reference: str
    to_designated_account: bool

    @staticmethod
    def resolve_amount(obj: Payment) -> str:
        return money_text(obj.amount, obj.order.currency)


class ShipmentEventRead(Schema):
    id: int
    status: ShipmentEventStatus
    status_label: str
    occurred_at: dt.datetime
    carrier: str
    tracking_number: str
    note: str
    recorded_by: str = Field(validation_alias="recorded_by.email")
    created_at: dt.datetime

    @staticmethod
    def resolve_status_label(obj: ShipmentEvent) -> str:
        return str(obj.get_status_display())


class OrderDocumentRead(Schema):
    id: int
    kind: OrderDocumentKind
    description: str
    name: str = Field(validation_alias="file.original_name")
    sha256: str = Field(validation_alias="file.sha256")
    mime_type: str = Field(validation_alias="file.mime_type")
    size: int = Field(validation_alias="file.size")
    uploaded_by: str = Field(validation_alias="uploaded_by.email")
    created_at: dt.datetime
    download_url: str
    file: FileRead

    @staticmethod
    def resolve_download_url(obj: OrderDocument) -> str:
        return f"/api/v1/orders/{obj.order_id}/documents/{obj.pk}/download"


class EventRead(Schema):
    type: str
    actor: str = Field(validation_alias="actor_label")
    old: dict[str, Any]
    new: dict[str, Any]
    params: dict[str, Any]
    created_at: dt.datetime


class OrderRead(Schema):
    id: int
    kind: OrderKind
    reference: str
    status: OrderStatus
    buyer: OrganizationBrief
    supplier: OrganizationBrief
    listing_id: int | None
    self_declared: bool
    currency: str
    total: str
    amount_paid: str
    placed_at: dt.datetime
    ship_by: dt.date | None
    paid_at: dt.datetime | None
    shipped_at: dt.datetime | None
    carrier: str
    tracking_number: str
    estimated_delivery: dt.date | None
    delivered_at: dt.datetime | None
    receipt_confirmed_at: dt.datetime | None
    completed_at: dt.datetime | None
    cancelled_at: dt.datetime | None
    closed_at: dt.datetime | None
    refunded_on_cancel: bool
    next_step: NextStepRead

    @staticmethod
    def resolve_total(obj: Order) -> str:
        return money_text(obj.total, obj.currency)

    @staticmethod
    def resolve_amount_paid(obj: Order) -> str:
        return money_text(obj.amount_paid, obj.currency)  # type: ignore[attr-defined]

    @staticmethod
    def resolve_next_step(obj: Order) -> NextStep:
        from tradeguard.orders.selectors import order_next_step

        return order_next_step(obj)


class OrderDetailRead(OrderRead):
    notes: str
    created_at: dt.datetime
    items: list[OrderItemRead]
    payments: list[PaymentRead]
    documents: list[OrderDocumentRead]
    timeline: list[EventRead]

    @staticmethod
    def resolve_items(obj: Order) -> list[OrderItem]:
        return list(obj.items.all())

    @staticmethod
    def resolve_payments(obj: Order) -> list[Payment]:
        return list(obj.payments.all())

    @staticmethod
    def resolve_documents(obj: Order) -> list[OrderDocument]:
        return list(obj.documents.all())

    @staticmethod
    def resolve_timeline(obj: Order) -> list[Any]:
        from tradeguard.orders.selectors import order_timeline

        return order_timeline(obj)
