"""Read-mostly admin views; every change goes through the services (the UI or API)."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from tradeguard.ip.models import (
    AgentAuthorization,
    Appeal,
    Complaint,
    ComplaintDraft,
    ComplaintItem,
    IpRecord,
    ReporterStanding,
    StatementOfReasons,
)


class ReadOnlyAdmin(admin.ModelAdmin[Any]):
    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(IpRecord)
class IpRecordAdmin(ReadOnlyAdmin):
    list_display = ("id", "owner", "kind", "title", "registration_number", "status", "valid_until")
    list_filter = ("kind", "status")
    search_fields = ("title", "registration_number", "owner__name")


@admin.register(Complaint)
class ComplaintAdmin(ReadOnlyAdmin):
    list_display = ("id", "rights_holder", "reason", "status", "priority", "created_at")
    list_filter = ("reason", "status", "priority")


@admin.register(ComplaintItem)
class ComplaintItemAdmin(ReadOnlyAdmin):
    list_display = ("id", "complaint", "reference", "supplier", "status", "respond_due_at")
    list_filter = ("status", "removal_kind")
    search_fields = ("reference",)


@admin.register(AgentAuthorization)
class AgentAuthorizationAdmin(ReadOnlyAdmin):
    list_display = ("id", "agent", "principal", "status", "valid_until")


@admin.register(StatementOfReasons)
class StatementOfReasonsAdmin(ReadOnlyAdmin):
    list_display = ("id", "item", "decision", "automated", "created_at")


@admin.register(Appeal)
class AppealAdmin(ReadOnlyAdmin):
    list_display = ("id", "item", "status", "decided_by", "created_at")


@admin.register(ReporterStanding)
class ReporterStandingAdmin(ReadOnlyAdmin):
    list_display = ("organization", "good_faith", "success_rate", "counter_rate", "suspended_until")


@admin.register(ComplaintDraft)
class ComplaintDraftAdmin(ReadOnlyAdmin):
    list_display = ("id", "rights_holder", "source", "complaint", "created_at")
