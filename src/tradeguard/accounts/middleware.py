from __future__ import annotations

import zoneinfo
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.utils import timezone, translation
from django.utils.translation import trans_real


class UserTimezoneMiddleware:
    """Render datetimes in the signed-in user's display time zone."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        tz_name = (
            getattr(user, "timezone", None) if user is not None and user.is_authenticated else None
        )
        if tz_name:
            try:
                timezone.activate(zoneinfo.ZoneInfo(tz_name))
            except zoneinfo.ZoneInfoNotFoundError:
                timezone.deactivate()
        else:
            timezone.deactivate()
        return self.get_response(request)


def api_accepted_language(request: HttpRequest) -> str | None:
    """The supported language an API request asks for with `Accept-Language`, if any.

    On the API an explicit header wins over the caller's saved language: an integrator
    serving many people asks per request for the language of the person it shows the
    answer to. Without a header (or with only unsupported languages in it) the API
    answers in the token owner's language (`TokenAuth`), like the pages do."""
    if not request.path_info.startswith("/api/"):
        return None
    header = request.META.get("HTTP_ACCEPT_LANGUAGE", "")
    for code, _quality in trans_real.parse_accept_lang_header(header):
        if code == "*":
            continue
        try:
            return translation.get_supported_language_variant(code)
        except LookupError:
            continue
    return None


def activate_language(request: HttpRequest, language: str) -> None:
    translation.activate(language)
    request.LANGUAGE_CODE = language


class UserLanguageMiddleware:
    """Serve a signed-in person in their language (their choice, or their organization's
    country's default); anonymous pages keep what LocaleMiddleware chose (the language
    switch's cookie, else Accept-Language). API requests: see `api_accepted_language`."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        accepted = api_accepted_language(request)
        if accepted:
            activate_language(request, accepted)
        elif user is not None and user.is_authenticated:
            activate_language(request, user.effective_language)
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", translation.get_language() or "en")
        return response
