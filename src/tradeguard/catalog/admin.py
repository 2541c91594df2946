from django.contrib import admin

from tradeguard.catalog.models import Listing, ListingImage


class ListingImageInline(admin.TabularInline):
    model = ListingImage
    extra = 0
    fields = ["position", "file", "hash_status", "created_at"]
    readonly_fields = ["file", "hash_status", "created_at"]


@admin.register(Listing)
class ListingAdmin(admin.ModelAdmin):
    """Read-mostly: status changes go through the listing pages so they are recorded."""

    list_display = ["title", "supplier", "status", "status_changed_at", "created_at"]
    list_filter = ["status"]
    search_fields = ["title", "marketplace_url", "supplier__name"]
    list_select_related = ["supplier"]
    readonly_fields = ["status", "status_reason", "status_changed_at", "created_by", "created_at"]
    inlines = [ListingImageInline]
