from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from tradeguard.contracts.models import ContractAcceptance, LibraryClause, SalesContract


@admin.register(LibraryClause)
class LibraryClauseAdmin(admin.ModelAdmin):
    """Versions of the clause library. Saving an edited version adds a new version (the
    one contracts already used stays as it was)."""

    list_display = ("key", "number", "kind", "title_en", "source", "created_at")
    list_filter = ("kind",)
    search_fields = ("key", "title_en", "title_zh", "source")
    readonly_fields = ("number", "created_by")

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        from tradeguard.contracts.services import library_clause_revise

        library_clause_revise(
            actor=request.user,  # type: ignore[arg-type]
            key=obj.key,
            title_en=obj.title_en,
            title_zh=obj.title_zh,
            text_en=obj.text_en,
            text_zh=obj.text_zh,
            source=obj.source,
            note=obj.note,
            kind=obj.kind,
            position=obj.position,
        )

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False  # contracts cite these versions


class AcceptanceInline(admin.TabularInline):
    model = ContractAcceptance
    extra = 0
    can_delete = False
    readonly_fields = ("party", "organization", "accepted_by", "accepted_at", "sha256")


@admin.register(SalesContract)
class SalesContractAdmin(admin.ModelAdmin):
    list_display = ("order", "number", "status", "sha256", "created_at")
    list_filter = ("status",)
    readonly_fields = ("canonical", "sha256", "terms", "status", "binding_at", "superseded_at")
    inlines = [AcceptanceInline]
