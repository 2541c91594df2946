"""What every API router shares: bearer-token auth, the error shape, pagination."""

from __future__ import annotations

import logging
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied, RequestDataTooBig
from django.db import DatabaseError
from django.http import Http404, HttpRequest, HttpResponse
from django.http.multipartparser import MultiPartParserError
from django.utils.translation import gettext as _
from ninja import NinjaAPI, Schema
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.security import HttpBearer

from tradeguard.common.db import RETRY_AFTER_SECONDS, is_transient
from tradeguard.common.errors import ApplicationError, CommonErrorCode

logger = logging.getLogger("tradeguard.api")


class ErrorRead(Schema):
    code: str
    message: str
    fields: dict[str, str]


class TokenAuth(HttpBearer):
    """`Authorization: Bearer <token>` with a personal or integration API token."""

    def authenticate(self, request: HttpRequest, token: str) -> Any:
        from tradeguard.accounts.services import api_token_authenticate

        found = api_token_authenticate(token)
        if found is None:
            return None
        request.user = found.user
        request.api_token = found  # type: ignore[attr-defined]
        from tradeguard.accounts.middleware import activate_language, api_accepted_language

        # Messages in the language the request asks for, else in the token owner's.
        activate_language(request, api_accepted_language(request) or found.user.effective_language)
        return found.user


def _location(loc: list[Any] | tuple[Any, ...]) -> str:
    parts = [str(p) for p in loc]
    # ninja prefixes locations with the parameter source and the argument name.
    if parts and parts[0] in {"body", "query", "path", "form", "file", "header", "cookie"}:
        source, parts = parts[0], parts[1:]
        if len(parts) > 1:
            parts = parts[1:]
        elif source == "body":
            return "body"  # the whole body is missing: never the view's argument name
    return ".".join(parts) or "body"


def _explain(error: dict[str, Any]) -> str:
    kind = str(error.get("type", ""))
    msg = str(error.get("msg", "Invalid value."))
    loc = [str(p) for p in error.get("loc", ())]
    if kind == "missing" and len(loc) == 2 and loc[0] == "body":
        return _("Send a JSON object with the operation's fields as the request body.")
    if kind == "missing":
        return _("This field is required.")
    return msg[0].upper() + msg[1:] + ("" if msg.endswith(".") else ".")


def error_response(api: NinjaAPI, request: HttpRequest, exc: ApplicationError) -> HttpResponse:
    response = api.create_response(request, exc.as_dict(), status=exc.status)
    for name, value in exc.headers.items():
        response[name] = value
    return response


def install_error_handlers(api: NinjaAPI) -> None:
    @api.exception_handler(ApplicationError)
    def _application_error(request: HttpRequest, exc: ApplicationError) -> HttpResponse:
        return error_response(api, request, exc)

    @api.exception_handler(ValidationError)
    def _validation_error(request: HttpRequest, exc: ValidationError) -> HttpResponse:
        fields: dict[str, str] = {}
        for error in exc.errors:
            fields.setdefault(_location(error.get("loc", ())), _explain(error))
        summary = "; ".join(f"{k}: {v}" for k, v in fields.items())
        return error_response(
            api,
            request,
            ApplicationError(
                CommonErrorCode.INVALID_INPUT,
                _("The request has invalid fields (%(fields)s). Nothing was saved.")
                % {"fields": summary},
                fields=fields,
            ),
        )

    @api.exception_handler(AuthenticationError)
    def _auth_error(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
        response = error_response(
            api,
            request,
            ApplicationError(
                CommonErrorCode.NOT_AUTHENTICATED,
                _(
                    "Send a valid API token: 'Authorization: Bearer <token>'. "
                    "Get one from POST /api/v1/auth/token or your account page."
                ),
                status=401,
            ),
        )
        response["WWW-Authenticate"] = "Bearer"
        return response

    @api.exception_handler(HttpError)
    def _http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
        if exc.status_code == 400:
            return error_response(
                api,
                request,
                ApplicationError(
                    CommonErrorCode.MALFORMED_REQUEST,
                    _("The request body is not valid JSON. Nothing was saved."),
                    fields={"body": _("Send a JSON object with Content-Type: application/json.")},
                    status=422,
                ),
            )
        return api.create_response(
            request,
            {"code": f"http_{exc.status_code}", "message": str(exc), "fields": {}},
            status=exc.status_code,
        )

    @api.exception_handler(Http404)
    def _not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
        return error_response(
            api,
            request,
            ApplicationError(CommonErrorCode.NOT_FOUND, _("Not found."), status=404),
        )

    @api.exception_handler(MultiPartParserError)
    def _multipart_error(request: HttpRequest, exc: MultiPartParserError) -> HttpResponse:
        return error_response(
            api,
            request,
            ApplicationError(
                CommonErrorCode.MALFORMED_REQUEST,
                _("The multipart body cannot be read (%(reason)s). Nothing was saved.")
                % {"reason": exc},
                fields={"body": _("Send multipart/form-data with a boundary.")},
                status=422,
            ),
        )

    @api.exception_handler(PermissionDenied)
    def _forbidden(request: HttpRequest, exc: PermissionDenied) -> HttpResponse:
        return error_response(
            api,
            request,
            ApplicationError(
                CommonErrorCode.PERMISSION_DENIED,
                str(exc) or _("You may not do this."),
                status=403,
            ),
        )

    @api.exception_handler(RequestDataTooBig)
    def _too_big(request: HttpRequest, exc: RequestDataTooBig) -> HttpResponse:
        from tradeguard.common.limits import RequestTooLarge, too_large_error

        error = exc.error if isinstance(exc, RequestTooLarge) else too_large_error(request.path)
        return error_response(api, request, error)

    @api.exception_handler(DatabaseError)
    def _database_error(request: HttpRequest, exc: DatabaseError) -> HttpResponse:
        if is_transient(exc):
            logger.warning(
                "%s %s: database busy (%s); answered 503", request.method, request.path, exc
            )
            return busy_response(api, request)
        return _server_error(request, exc)

    @api.exception_handler(Exception)
    def _server_error(request: HttpRequest, exc: Exception) -> HttpResponse:
        if getattr(settings, "TRADEGUARD_API_CONTRACT_CHECKS", False):
            raise exc  # tests and the fuzzing server see the traceback
        # Never a traceback for API clients, DEBUG or not: the log has it.
        logger.error("API error on %s %s", request.method, request.path, exc_info=exc)
        return error_response(
            api,
            request,
            ApplicationError(
                CommonErrorCode.SERVER_ERROR,
                _(
                    "Something went wrong on our side and the request was not completed. "
                    "Try again; if it keeps failing, tell the platform's support."
                ),
                status=500,
            ),
        )


def file_download(description: str, *media_types: str) -> dict[str, Any]:
    """`openapi_extra` of an operation that answers a file's bytes."""
    return {
        "responses": {
            200: {
                "description": description,
                "content": {
                    media: {"schema": {"type": "string", "format": "binary"}}
                    for media in media_types
                },
            }
        }
    }


def busy_error() -> ApplicationError:
    return ApplicationError(
        CommonErrorCode.SERVICE_BUSY,
        _(
            "The service is busy right now and nothing was saved. Send the same request "
            "again in %(seconds)s seconds."
        )
        % {"seconds": RETRY_AFTER_SECONDS},
        status=503,
    )


def busy_response(api: NinjaAPI, request: HttpRequest) -> HttpResponse:
    response = error_response(api, request, busy_error())
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


ERROR_RESPONSES: dict[int, type[Schema]] = {
    400: ErrorRead,
    401: ErrorRead,
    403: ErrorRead,
    404: ErrorRead,
    409: ErrorRead,
    413: ErrorRead,
    422: ErrorRead,
    503: ErrorRead,
}
# Endpoints that check passwords also answer 429 while an account or address is locked.
THROTTLED_RESPONSES: dict[int, type[Schema]] = {**ERROR_RESPONSES, 429: ErrorRead}
