"""One error type for every rule a request can break; one handler renders it."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from django.utils.functional import Promise
from django.utils.translation import gettext

# What people read: a string already translated, or a lazy one (gettext_lazy), which is
# rendered when the error is raised, in the language of whoever asked.
Message = str | Promise


class CommonErrorCode(StrEnum):
    INVALID_INPUT = "invalid_input"
    MALFORMED_REQUEST = "malformed_request"
    NOT_FOUND = "not_found"
    PERMISSION_DENIED = "permission_denied"
    NOT_AUTHENTICATED = "not_authenticated"
    INVALID_TRANSITION = "invalid_transition"
    FILE_TOO_LARGE = "file_too_large"
    UNSUPPORTED_FILE_TYPE = "unsupported_file_type"
    CONFLICT = "conflict"
    UNSUPPORTED_MEDIA_TYPE = "unsupported_media_type"
    SERVICE_BUSY = "service_busy"
    SERVER_ERROR = "server_error"
    REQUEST_TOO_LARGE = "request_too_large"
    LENGTH_REQUIRED = "length_required"


DEFAULT_STATUS = {
    CommonErrorCode.NOT_FOUND: 404,
    CommonErrorCode.PERMISSION_DENIED: 403,
    CommonErrorCode.NOT_AUTHENTICATED: 401,
    CommonErrorCode.FILE_TOO_LARGE: 413,
    CommonErrorCode.CONFLICT: 409,
    CommonErrorCode.UNSUPPORTED_MEDIA_TYPE: 415,
    CommonErrorCode.SERVICE_BUSY: 503,
    CommonErrorCode.SERVER_ERROR: 500,
    CommonErrorCode.REQUEST_TOO_LARGE: 413,
    CommonErrorCode.LENGTH_REQUIRED: 411,
}


class ApplicationError(Exception):
    """A rule was broken. `code` is a stable machine string; `message` is for people;
    `fields` maps a field name to what is wrong with it and what to do."""

    def __init__(
        self,
        code: str,
        message: Message,
        *,
        fields: Mapping[str, Message] | None = None,
        status: int | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(str(message))
        self.code = str(code)
        self.message = str(message)
        self.fields = {key: str(value) for key, value in (fields or {}).items()}
        # HTTP headers the response carries, e.g. Retry-After on 429 and 503.
        self.headers = headers or {}
        self.status = status if status is not None else DEFAULT_STATUS.get(code, 422)  # type: ignore[call-overload]

    def as_dict(self) -> dict[str, object]:
        return {"code": self.code, "message": self.message, "fields": self.fields}

    def __repr__(self) -> str:
        return f"ApplicationError({self.code!r}, {self.message!r}, fields={self.fields!r})"


def not_found(what: Any = "object") -> ApplicationError:
    """404 for an id the caller may not see. `what` names the object; pass a
    `gettext_lazy` noun so that it reads in the caller's language (a plain string is
    looked up in the catalogues as it is)."""
    noun = what if isinstance(what, Promise) else gettext(str(what))
    return ApplicationError(
        CommonErrorCode.NOT_FOUND,
        gettext("No %(what)s with that id exists or you may not see it.") % {"what": noun},
        status=404,
    )


def permission_denied(message: Message) -> ApplicationError:
    return ApplicationError(CommonErrorCode.PERMISSION_DENIED, message, status=403)


def invalid(field: str, reason: Message, message: Message | None = None) -> ApplicationError:
    return ApplicationError(
        CommonErrorCode.INVALID_INPUT, message or reason, fields={field: reason}, status=422
    )
