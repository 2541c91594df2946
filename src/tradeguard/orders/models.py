from __future__ import annotations

from django.db import models

from tradeguard.common.models import BaseModel
from tradeguard.common.money import money_field
from tradeguard.orders.enums import (
    OrderDocumentKind,
    OrderKind,
    OrderStatus,
    PaymentMethod,
    ShipmentEventStatus,
)


class Order(BaseModel):
    kind = models.CharField(max_length=20, choices=OrderKind.choices)
    # The marketplace's order number (unique per kind); offline orders get one too.
    reference = models.CharField(max_length=100)
    buyer = models.ForeignKey(
        "accounts.Organization", on_delete=models.PROTECT, related_name="orders_as_buyer"
    )
    supplier = models.ForeignKey(
        "accounts.Organization", on_delete=models.PROTECT, related_name="orders_as_supplier"
    )
    listing = models.ForeignKey(
        "catalog.Listing", null=True, blank=True, on_delete=models.SET_NULL, related_name="orders"
    )
    self_declared = models.BooleanField(
        default=False,
        help_text="Declared by the buyer (offline order), not reported by the marketplace.",
    )
    currency = models.CharField(max_length=3)
    total = money_field()
    status = models.CharField(
        max_length=12, choices=OrderStatus.choices, default=OrderStatus.CREATED
    )
    placed_at = models.DateTimeField()
    # Shipping
    ship_by = models.DateField(null=True, blank=True)
    shipped_at = models.DateTimeField(null=True, blank=True)
    carrier = models.CharField(max_length=100, blank=True)
    tracking_number = models.CharField(max_length=100, blank=True)
    estimated_delivery = models.DateField(null=True, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)
    receipt_confirmed_at = models.DateTimeField(null=True, blank=True)
    # Lifecycle stamps
    paid_at = models.DateTimeField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    # For a cancelled order: has the money paid been returned to the buyer?
    refunded_on_cancel = models.BooleanField(default=False)
    notes = models.TextField(blank=True)
    created_by = models.ForeignKey(
        "accounts.User", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-placed_at", "-id"]
        indexes = [
            models.Index(fields=["buyer", "status"]),
            models.Index(fields=["supplier", "status"]),
            # Lists, newest first: everyone's, a buyer's, a supplier's, by status.
            models.Index(fields=["-placed_at", "-id"], name="order_newest_idx"),
            models.Index(fields=["buyer", "-placed_at", "-id"], name="order_buyer_newest_idx"),
            models.Index(
                fields=["supplier", "-placed_at", "-id"], name="order_supplier_newest_idx"
            ),
            models.Index(fields=["status", "-placed_at", "-id"], name="order_status_newest_idx"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["kind", "reference"], name="order_unique_reference"),
            models.CheckConstraint(
                condition=models.Q(kind__in=OrderKind.values), name="order_kind_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(status__in=OrderStatus.values), name="order_status_valid"
            ),
            models.CheckConstraint(condition=models.Q(total__gt=0), name="order_total_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} order {self.reference}"


class OrderItem(models.Model):
    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="items")
    position = models.PositiveSmallIntegerField()
    description = models.CharField(max_length=500)
    quantity = models.DecimalField(max_digits=14, decimal_places=3)
    unit = models.CharField(max_length=20, default="pcs")
    unit_price = money_field()
    line_total = money_field()

    class Meta:
        ordering = ["order_id", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["order", "position"], name="order_item_unique_position"
            ),
            models.CheckConstraint(
                condition=models.Q(quantity__gt=0), name="order_item_quantity_positive"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.quantity} {self.unit} {self.description}"


class Payment(BaseModel):
    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="payments")
    amount = money_field()
    paid_at = models.DateTimeField()
    method = models.CharField(max_length=20, choices=PaymentMethod.choices)
    reference = models.CharField(max_length=200, blank=True)
    to_designated_account = models.BooleanField(
        help_text="Paid into the platform's designated account (covered by trade assurance)."
    )
    recorded_by = models.ForeignKey(
        "accounts.User", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["paid_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(amount__gt=0), name="payment_amount_positive"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.amount} on {self.paid_at:%Y-%m-%d}"


class OrderDocument(BaseModel):
    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="documents")
    kind = models.CharField(max_length=20, choices=OrderDocumentKind.choices)
    file = models.ForeignKey("evidence.StoredFile", on_delete=models.PROTECT, related_name="+")
    description = models.CharField(max_length=300, blank=True)
    uploaded_by = models.ForeignKey("accounts.User", on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} for order {self.order_id}"


class ShipmentEvent(BaseModel):
    """Something that happened to the goods on their way (picked up, held, returned to
    the shipper, recalled, delivered), recorded by the supplier or the platform. A return
    or recall after payment is a scam signal (the signals app decides)."""

    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="shipment_events")
    status = models.CharField(max_length=24, choices=ShipmentEventStatus.choices)
    occurred_at = models.DateTimeField()
    carrier = models.CharField(max_length=100, blank=True)
    tracking_number = models.CharField(max_length=100, blank=True)
    note = models.TextField(blank=True)
    recorded_by = models.ForeignKey("accounts.User", on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["occurred_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=ShipmentEventStatus.values),
                name="shipment_event_status_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_status_display()} for order {self.order_id}"
