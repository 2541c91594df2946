"""Middleware of the web pages: a busy database answers 503 (not a traceback), and
every response carries the security headers."""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.db import DatabaseError
from django.http import HttpRequest, HttpResponse
from django.template import loader

from tradeguard.common.db import RETRY_AFTER_SECONDS, is_transient

log = logging.getLogger(__name__)


class BusyDatabaseMiddleware:
    """A lock or serialization conflict that outlasted the database's wait answers 503
    with Retry-After; the request's transaction was rolled back, so nothing was saved.
    (The API answers the same in its error shape: `common.api`.)"""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not (isinstance(exception, DatabaseError) and is_transient(exception)):
            return None
        log.warning(
            "%s %s: database busy (%s); answered 503", request.method, request.path, exception
        )
        body = loader.render_to_string("503.html", {"seconds": RETRY_AFTER_SECONDS})
        response = HttpResponse(body, status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response


# Scripts only from this site's files (no inline scripts or handlers, no eval); styles
# from its files plus inline style attributes (htmx's indicator style, small layout
# touches); images may be data:/blob: (previews); nothing may frame the pages.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "media-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=()"


class SecurityHeadersMiddleware:
    """Content-Security-Policy and Permissions-Policy on every response. (Django's
    SecurityMiddleware sets HSTS on HTTPS responses, nosniff and Referrer-Policy;
    XFrameOptionsMiddleware sets X-Frame-Options: DENY.)"""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response
