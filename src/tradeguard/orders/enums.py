from enum import StrEnum

from django.db import models
from django.utils.translation import gettext_lazy as _


class OrderKind(models.TextChoices):
    TRADE_ASSURANCE = "trade_assurance", _("Trade assurance")
    WHOLESALE = "wholesale", _("Wholesale (paid on platform)")
    OFFLINE = "offline", _("Offline (paid off platform)")


class OrderStatus(models.TextChoices):
    CREATED = "created", _("Created")
    PAID = "paid", _("Paid")
    SHIPPED = "shipped", _("Shipped")
    DELIVERED = "delivered", _("Delivered")
    COMPLETED = "completed", _("Completed")
    CANCELLED = "cancelled", _("Cancelled")
    CLOSED = "closed", _("Closed")


class PaymentMethod(models.TextChoices):
    CARD = "card", _("Card")
    BANK_TRANSFER = "bank_transfer", _("Bank transfer (T/T)")
    PAYPAL = "paypal", _("PayPal")
    LETTER_OF_CREDIT = "letter_of_credit", _("Letter of credit")
    CASH = "cash", _("Cash")
    OTHER = "other", _("Other")


class OrderDocumentKind(models.TextChoices):
    SALES_CONTRACT = "sales_contract", _("Sales contract")
    SPEC_SHEET = "spec_sheet", _("Specification sheet")
    DESIGN_DRAWING = "design_drawing", _("Design drawing")
    OTHER = "other", _("Other")


class ShipmentEventStatus(models.TextChoices):
    """What happened to the goods on their way, as the supplier or the carrier reports it."""

    PICKED_UP = "picked_up", _("Picked up by the carrier")
    IN_TRANSIT = "in_transit", _("In transit")
    HELD_BY_CARRIER = "held_by_carrier", _("Held by the carrier")
    RETURNED_TO_SHIPPER = "returned_to_shipper", _("Returned to the shipper")
    RECALLED_BY_SHIPPER = "recalled_by_shipper", _("Recalled by the shipper")
    DELIVERED = "delivered", _("Delivered")


class OrdersErrorCode(StrEnum):
    TOTAL_MISMATCH = "total_mismatch"
    PAYMENTS_EXCEED_TOTAL = "payments_exceed_total"
    DELIVERY_BEFORE_SHIPMENT = "delivery_before_shipment"
    INVALID_TRANSITION = "invalid_transition"
    NOT_ALLOWED_TO_CREATE = "not_allowed_to_create"
    WRONG_COUNTERPARTY = "wrong_counterparty"
    SUPPLIER_RESTRICTED = "supplier_restricted"
    DUPLICATE_REFERENCE = "duplicate_reference"
    NO_ITEMS = "no_items"
    INVALID_QUANTITY = "invalid_quantity"
    PAYMENT_NOT_ALLOWED = "payment_not_allowed"
    RECEIPT_ALREADY_CONFIRMED = "receipt_already_confirmed"
    DATE_IN_FUTURE = "date_in_future"
    DATE_BEFORE_PLACED = "date_before_placed"
    STAMPS_INCONSISTENT = "stamps_inconsistent"
    SHIPMENT_EVENT_NOT_ALLOWED = "shipment_event_not_allowed"
