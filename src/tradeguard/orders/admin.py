from django.contrib import admin

from tradeguard.orders.models import Order, OrderDocument, OrderItem, Payment


class OrderItemInline(admin.TabularInline):
    model = OrderItem
    extra = 0
    readonly_fields = ["line_total"]


class PaymentInline(admin.TabularInline):
    model = Payment
    extra = 0
    readonly_fields = ["recorded_by", "created_at"]


class OrderDocumentInline(admin.TabularInline):
    model = OrderDocument
    extra = 0
    readonly_fields = ["kind", "file", "description", "uploaded_by", "created_at"]


@admin.register(Order)
class OrderAdmin(admin.ModelAdmin):
    """Read-mostly: status moves go through the order pages and API so they are recorded."""

    list_display = [
        "reference",
        "kind",
        "buyer",
        "supplier",
        "total",
        "currency",
        "status",
        "placed_at",
    ]
    list_filter = ["kind", "status", "self_declared"]
    search_fields = ["reference", "buyer__name", "supplier__name"]
    list_select_related = ["buyer", "supplier"]
    date_hierarchy = "placed_at"
    readonly_fields = [
        "status",
        "paid_at",
        "shipped_at",
        "delivered_at",
        "receipt_confirmed_at",
        "completed_at",
        "cancelled_at",
        "closed_at",
        "created_by",
    ]
    inlines = [OrderItemInline, PaymentInline, OrderDocumentInline]
