from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin

from tradeguard.accounts.models import ApiToken, Organization, OrganizationDocument, User


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    ordering = ["email"]
    list_display = ["email", "full_name", "role", "organization", "is_active"]
    list_filter = ["role", "is_active"]
    search_fields = ["email", "full_name"]
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        ("Profile", {"fields": ("full_name", "role", "organization", "timezone")}),
        ("Permissions", {"fields": ("is_active", "is_staff", "is_superuser")}),
    )
    add_fieldsets = (
        (
            None,
            {
                "classes": ("wide",),
                "fields": ("email", "password1", "password2", "role", "organization"),
            },
        ),
    )


class OrganizationDocumentInline(admin.TabularInline):
    model = OrganizationDocument
    extra = 0
    readonly_fields = ["kind", "file", "description", "uploaded_by", "created_at"]


@admin.register(Organization)
class OrganizationAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "country", "verification_status", "created_at"]
    list_filter = ["kind", "verification_status", "country"]
    search_fields = ["name", "registration_number"]
    inlines = [OrganizationDocumentInline]


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ["name", "user", "kind", "prefix", "created_at", "last_used_at", "revoked_at"]
    readonly_fields = ["prefix", "digest"]
