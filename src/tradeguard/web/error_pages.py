"""Error pages: the project's own 404 and 500 for people, `{code, message, fields}`
for the API, also when DEBUG is on.

`urls.handler404` / `handler500` serve them when DEBUG is off. With DEBUG on (the demo
that `make run` serves), Django would answer with its technical pages instead, which
list every URL pattern and show stack traces to whoever looks; `FriendlyErrorsMiddleware`
answers with the same friendly pages as long as `TRADEGUARD_FRIENDLY_ERRORS` is on (the
default; set it to false to debug with Django's technical pages).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.core.exceptions import (
    BadRequest,
    PermissionDenied,
    RequestDataTooBig,
    SuspiciousOperation,
    TooManyFieldsSent,
)
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.http.multipartparser import MultiPartParserError
from django.shortcuts import render
from django.template import loader
from django.utils.translation import gettext as _

from tradeguard.common.errors import CommonErrorCode

API_PREFIX = "/api/"
SERVER_ERROR_CODE = "server_error"
logger = logging.getLogger("django.request")


def is_api(request: HttpRequest) -> bool:
    return request.path.startswith(API_PREFIX)


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    if is_api(request):
        return JsonResponse(
            {
                "code": CommonErrorCode.NOT_FOUND.value,
                "message": _(
                    "There is no API endpoint at %(path)s. The endpoints are listed at "
                    "/api/v1/docs."
                )
                % {"path": request.path},
                "fields": {},
            },
            status=404,
        )
    return render(request, "404.html", status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    if is_api(request):
        return JsonResponse(
            {
                "code": SERVER_ERROR_CODE,
                "message": _(
                    "Something went wrong on our side and it was logged. Nothing was saved; "
                    "try again in a moment."
                ),
                "fields": {},
            },
            status=500,
        )
    # Standalone (no context processors): it must render even with the database down.
    return HttpResponse(loader.get_template("500.html").render(), status=500)


# Exceptions Django itself turns into a 4xx page even with DEBUG on.
_HANDLED_BY_DJANGO = (
    PermissionDenied,
    BadRequest,
    SuspiciousOperation,
    MultiPartParserError,
    RequestDataTooBig,
    TooManyFieldsSent,
)


def friendly_errors_enabled() -> bool:
    return bool(settings.DEBUG and getattr(settings, "TRADEGUARD_FRIENDLY_ERRORS", True))


class FriendlyErrorsMiddleware:
    """With DEBUG on, answer a missing page or a crash with the friendly pages above
    instead of Django's technical ones (which list URL patterns and stack traces). The
    error is logged as Django would log it. Does nothing with DEBUG off."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if (
            response.status_code == 404
            and friendly_errors_enabled()
            and getattr(request, "resolver_match", None) is None
            and not getattr(response, "_friendly", False)
        ):
            # No URL pattern matched: Django's technical 404 lists every pattern.
            response = _mark(page_not_found(request))
        return response

    def process_exception(self, request: HttpRequest, exception: Exception) -> Any:
        if not friendly_errors_enabled():
            return None
        if isinstance(exception, Http404):
            return _mark(page_not_found(request, exception))
        if isinstance(exception, _HANDLED_BY_DJANGO):
            return None
        # Logged the way Django logs a crash, with its traceback.
        logger.error(
            "Internal Server Error: %s",
            request.path,
            exc_info=(type(exception), exception, exception.__traceback__),
            extra={"status_code": 500, "request": request},
        )
        return _mark(server_error(request))


def _mark(response: HttpResponse) -> HttpResponse:
    response._friendly = True  # type: ignore[attr-defined]
    return response
