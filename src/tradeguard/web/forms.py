"""Form helpers shared by every app's views."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.forms import AuthenticationForm
from django.http import HttpRequest
from django.utils.translation import gettext, gettext_lazy

from tradeguard.common.errors import ApplicationError


def add_service_error(
    form: forms.BaseForm, exc: ApplicationError, field_map: dict[str, str] | None = None
) -> None:
    """Show a service's ApplicationError on the form: each entry of `exc.fields` next to
    its field (renamed through `field_map` when the form calls it differently) and the
    message on top, unless it only repeats a field's reason."""
    field_map = field_map or {}
    placed: list[str] = []
    for name, reason in exc.fields.items():
        target = field_map.get(name, name)
        if target in form.fields:
            form.add_error(target, reason)
            placed.append(reason)
        else:
            form.add_error(None, f"{field_label(name)}: {reason}")
    if exc.message not in placed:
        form.add_error(None, exc.message)


def with_blank(choices: Any, label: Any = None) -> list[tuple[str, Any]]:
    """``choices`` after a blank choice: "All" (a filter's), or ``label``."""
    return [("", gettext_lazy("All") if label is None else label), *choices]


def humanize(name: str) -> str:
    text = name.replace("_", " ")
    return text[:1].upper() + text[1:]


def field_label(name: str) -> str:
    """A service's field name as a reader's label, for an error on a field the form does
    not have: its words ("document_language" -> "Document language") in the page's
    language when some form or page of ours labels a field so (the catalogues hold it)."""
    return gettext(humanize(name))


class ThrottledLoginMixin:
    """Checks the password through `accounts.security.password_authenticate`: refused
    with the time it unlocks while the account or address is locked after too many
    failures, and each failure counted."""

    request: HttpRequest | None
    cleaned_data: dict[str, Any]
    user_cache: Any
    throttled = False

    def clean(self) -> dict[str, Any]:
        from tradeguard.accounts.enums import AccountsErrorCode
        from tradeguard.accounts.security import password_authenticate

        email = self.cleaned_data.get("username")
        password = self.cleaned_data.get("password")
        if email is not None and password:
            try:
                self.user_cache = password_authenticate(
                    request=self.request, email=email, password=password
                )
            except ApplicationError as exc:
                if exc.code == AccountsErrorCode.LOGIN_THROTTLED:
                    self.throttled = True
                    raise forms.ValidationError(exc.message, code="throttled") from None
                raise self.get_invalid_login_error() from None  # type: ignore[attr-defined]
            self.confirm_login_allowed(self.user_cache)  # type: ignore[attr-defined]
        return self.cleaned_data


class EmailLoginForm(ThrottledLoginMixin, AuthenticationForm):
    """Email + password; emails match case-insensitively (they are stored lower-case)."""

    error_messages = {
        "invalid_login": gettext_lazy(
            "That email and password do not match an account. Check both and try again; "
            "passwords are case-sensitive."
        ),
        "inactive": gettext_lazy("This account is disabled. Ask your platform administrator."),
    }

    def __init__(self, request: HttpRequest | None = None, *args: Any, **kwargs: Any) -> None:
        super().__init__(request, *args, **kwargs)
        self.fields["username"].label = gettext_lazy("Email")
        self.fields["username"].widget = forms.EmailInput(
            attrs={"autocomplete": "email", "autofocus": True, "placeholder": "you@company.com"}
        )
        self.fields["password"].widget.attrs["autocomplete"] = "current-password"

    def clean_username(self) -> str:
        return str(self.cleaned_data.get("username") or "").strip().lower()


class AdminLoginForm(ThrottledLoginMixin, AdminAuthenticationForm):
    """The admin site's sign-in, throttled like every other password form."""

    def clean_username(self) -> str:
        return str(self.cleaned_data.get("username") or "").strip().lower()
