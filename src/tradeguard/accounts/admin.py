from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.http import HttpRequest, HttpResponse

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


# The admin's sign-in is throttled like every other password form (web.forms).
def _throttled_admin_login() -> None:
    from tradeguard.web.forms import AdminLoginForm

    admin.site.login_form = AdminLoginForm


_throttled_admin_login()


def _password_change_on_our_page() -> None:
    """The admin's "change password" goes to the account page's form (throttled, same
    rules) instead of a second form with its own rules."""
    from django.shortcuts import redirect

    def password_change(request: HttpRequest, extra_context: object = None) -> HttpResponse:
        return redirect("accounts:password_change")

    admin.site.password_change = password_change  # type: ignore[method-assign,assignment]


_password_change_on_our_page()
