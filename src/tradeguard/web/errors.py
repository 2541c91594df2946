"""Turning a service's ApplicationError into what a web page shows."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest

from tradeguard.common.errors import ApplicationError


def http_error(exc: ApplicationError) -> Exception:
    """The exception a view raises for `exc`: Django's 404 or 403 page for a hidden
    object or a forbidden action, else `exc` itself."""
    if exc.status == 404:
        return Http404(exc.message)
    if exc.status == 403:
        return PermissionDenied(exc.message)
    return exc


def flash_error(request: HttpRequest, exc: ApplicationError) -> None:
    """Show the error, with each field's reason, as a message on the next page."""
    detail = "; ".join(exc.fields.values())
    messages.error(request, f"{exc.message} {detail}".strip())
