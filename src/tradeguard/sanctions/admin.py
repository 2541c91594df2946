from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from tradeguard.sanctions.models import SanctionEntry


@admin.register(SanctionEntry)
class SanctionEntryAdmin(admin.ModelAdmin):
    list_display = ("supplier", "kind", "points", "source_type", "source_id", "created_at")
    list_filter = ("kind", "source_type")
    search_fields = ("supplier__name", "company_key", "reason")
    readonly_fields = [f.name for f in SanctionEntry._meta.fields]

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False  # sanctions are written by services only

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
