from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from tradeguard.disputes.models import (
    Decision,
    Dispute,
    EvidenceItem,
    RefundEntry,
    SupplierObligation,
)


class ReadOnly(admin.ModelAdmin):
    """Disputes change only through their services (events, timers, notifications)."""

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Dispute)
class DisputeAdmin(ReadOnly):
    list_display = (
        "id",
        "reason",
        "status",
        "refund_status",
        "award_status",
        "buyer",
        "supplier",
        "opened_at",
    )
    list_filter = ("status", "reason", "order_kind", "award_status")
    search_fields = ("id", "order__reference", "buyer__name", "supplier__name")


admin.site.register(EvidenceItem, ReadOnly)
admin.site.register(Decision, ReadOnly)
admin.site.register(RefundEntry, ReadOnly)
admin.site.register(SupplierObligation, ReadOnly)
