from enum import StrEnum

from django.db import models


class OrderKind(models.TextChoices):
    TRADE_ASSURANCE = "trade_assurance", "Trade assurance"
    WHOLESALE = "wholesale", "Wholesale (paid on platform)"
    OFFLINE = "offline", "Offline (paid off platform)"


class OrderStatus(models.TextChoices):
    CREATED = "created", "Created"
    PAID = "paid", "Paid"
    SHIPPED = "shipped", "Shipped"
    DELIVERED = "delivered", "Delivered"
    COMPLETED = "completed", "Completed"
    CANCELLED = "cancelled", "Cancelled"
    CLOSED = "closed", "Closed"


class PaymentMethod(models.TextChoices):
    CARD = "card", "Card"
    BANK_TRANSFER = "bank_transfer", "Bank transfer (T/T)"
    PAYPAL = "paypal", "PayPal"
    LETTER_OF_CREDIT = "letter_of_credit", "Letter of credit"
    CASH = "cash", "Cash"
    OTHER = "other", "Other"


class OrderDocumentKind(models.TextChoices):
    SALES_CONTRACT = "sales_contract", "Sales contract"
    SPEC_SHEET = "spec_sheet", "Specification sheet"
    DESIGN_DRAWING = "design_drawing", "Design drawing"
    OTHER = "other", "Other"


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
