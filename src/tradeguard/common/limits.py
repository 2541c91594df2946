"""Request body limits, enforced while the body streams, before it is stored.

Every endpoint that takes files is listed in UPLOADS with its documented limit per file
and how many files one request may carry; every other request body (JSON, forms) is
capped at BODY_MAX_BYTES (or BODY_ROUTES). Two layers enforce them:

- `BodyLimitMiddleware` wraps the WSGI application (what gunicorn runs): a request whose
  Content-Length exceeds its endpoint's cap is answered 413 before one byte of the
  body is read, and a body without a length (chunked) 411.
- `LimitedUploadHandler`, Django's first upload handler: refuses the request again by
  its length (for servers run without the WSGI wrapper), and stops any single file the
  moment it passes its per-file limit, before the chunk is written to a temp file.

Both answer with the ApplicationError shape (JSON under /api/, a page elsewhere).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import RequestDataTooBig
from django.core.files.uploadhandler import FileUploadHandler
from django.urls import Resolver404, resolve
from django.utils.translation import gettext as _

from tradeguard.common.errors import ApplicationError, CommonErrorCode

MB = 1024 * 1024
# JSON and form bodies (no files) of any endpoint not in BODY_ROUTES.
BODY_MAX_BYTES = 1 * MB
# Room for the form fields and multipart headers around the files of an upload.
MULTIPART_OVERHEAD = 1 * MB


def _policy(app: str, name: str) -> Callable[[], int]:
    def read() -> int:
        from importlib import import_module

        return int(import_module(f"tradeguard.{app}.policy").setting(name))

    return read


def _constant(module: str, name: str) -> Callable[[], int]:
    def read() -> int:
        from importlib import import_module

        return int(getattr(import_module(module), name))

    return read


@dataclass(frozen=True, slots=True)
class Upload:
    """An endpoint's documented limit: `file_bytes` per file, `files` per request, and
    at most `total` bytes of files in one request when that is less."""

    file_bytes: Callable[[], int]
    files: int | Callable[[], int] = 1
    total: Callable[[], int] | None = None

    def file_count(self) -> int:
        return self.files if isinstance(self.files, int) else self.files()

    def request_bytes(self) -> int:
        files = self.file_bytes() * self.file_count()
        if self.total is not None:
            files = min(files, self.total())
        return files + MULTIPART_OVERHEAD


_ORG_DOCUMENT = _constant("tradeguard.accounts.services", "ORG_DOCUMENT_MAX_BYTES")
_LISTING_IMAGE = _policy("catalog", "image_max_bytes")
_ORDER_DOCUMENT = _policy("orders", "document_max_bytes")
_EVIDENCE = _policy("disputes", "evidence_max_file_bytes")
_SPEC_IMPORT = _policy("specs", "import_max_bytes")
_SPEC_PHOTO = _policy("specs", "photo_max_bytes")
_IP_DOCUMENT = _constant("tradeguard.ip.services.records", "DOCUMENT_MAX_BYTES")
_IP_IMAGE = _constant("tradeguard.ip.services.records", "IMAGE_MAX_BYTES")
_IP_CSV = _constant("tradeguard.ip.services.complaints", "CSV_MAX_BYTES")
_MONITORED_IMAGE = _policy("monitoring", "image_max_bytes")
# An IP record: certificate + translation (documents) and up to 20 images.
_IP_RECORD = Upload(lambda: max(_IP_DOCUMENT(), _IP_IMAGE()), files=22)
# Counter-notices and appeals carry up to 10 documents (ip.services.items.MAX_DOCUMENTS).
_IP_DOCUMENTS = Upload(_IP_DOCUMENT, files=10)
# The dispute wizard and the case page take several evidence files at once
# (disputes.forms.MAX_EVIDENCE_SLOTS), never more than a case holds (1 GB).
_EVIDENCE_FILES = Upload(
    _EVIDENCE,
    files=_constant("tradeguard.disputes.forms", "MAX_EVIDENCE_SLOTS"),
    total=_policy("disputes", "evidence_max_case_bytes"),
)
# An inspection report saved with photos of up to 10 defects at once.
_REPORT_PHOTOS = Upload(_SPEC_PHOTO, files=10)

# Resolved URL route -> its upload limit.
UPLOADS: dict[str, Upload] = {
    # API
    "api/v1/organizations/<org_id>/documents": Upload(_ORG_DOCUMENT),
    "api/v1/listings/<listing_id>/images": Upload(_LISTING_IMAGE),
    "api/v1/orders/<order_id>/documents": Upload(_ORDER_DOCUMENT),
    "api/v1/disputes/<dispute_id>/evidence": Upload(_EVIDENCE),
    "api/v1/specs/import/xlsx": Upload(_SPEC_IMPORT),
    "api/v1/orders/<order_id>/sample-photos": Upload(_SPEC_PHOTO),
    "api/v1/inspections/<inspection_id>/photos": Upload(_SPEC_PHOTO),
    "api/v1/ip/records": _IP_RECORD,
    "api/v1/ip/authorizations": Upload(_IP_DOCUMENT),
    "api/v1/ip/complaints/csv": Upload(_IP_CSV),
    "api/v1/ip/items/<item_id>/counter-notice": _IP_DOCUMENTS,
    "api/v1/ip/items/<item_id>/appeal": _IP_DOCUMENTS,
    "api/v1/images/monitored": Upload(_MONITORED_IMAGE),
    # Pages
    "account/organization/": Upload(_ORG_DOCUMENT),
    "listings/<int:listing_id>/images/": Upload(_LISTING_IMAGE),
    "orders/<int:order_id>/documents/": Upload(_ORDER_DOCUMENT),
    "disputes/new/": _EVIDENCE_FILES,
    "disputes/<int:dispute_id>/act/<slug:action>/": _EVIDENCE_FILES,
    "specs/import/": Upload(_SPEC_IMPORT),
    "specs/<int:spec_id>/import/": Upload(_SPEC_IMPORT),
    "specs/orders/<int:order_id>/<str:action>/": Upload(_SPEC_PHOTO),
    "specs/inspections/<int:inspection_id>/report/": _REPORT_PHOTOS,
    "ip/verification/": Upload(_IP_DOCUMENT),
    "ip/authorizations/new/": Upload(_IP_DOCUMENT),
    "ip/records/new/": _IP_RECORD,
    "ip/complaints/new/": Upload(_IP_CSV),
    "ip/items/<int:pk>/": _IP_DOCUMENTS,
    "images/monitored/": Upload(_MONITORED_IMAGE),
}

# JSON bodies larger than BODY_MAX_BYTES: specifications (up to specs' max_clauses
# clauses of up to 2,000 characters) and their JSON import.
BODY_ROUTES: dict[str, Callable[[], int]] = {
    "api/v1/specs": _SPEC_IMPORT,
    "api/v1/specs/import": _SPEC_IMPORT,
    "api/v1/specs/<spec_id>/versions": _SPEC_IMPORT,
    "specs/new/": _SPEC_IMPORT,
    "specs/<int:spec_id>/edit/": _SPEC_IMPORT,
}


@dataclass(frozen=True, slots=True)
class Limit:
    request_bytes: int
    file_bytes: int | None  # None: this endpoint takes no files
    files: int = 0


def _route(path: str) -> str | None:
    try:
        return resolve(path).route
    except Resolver404:
        return None


def limit_for(path: str) -> Limit:
    route = _route(path)
    upload = UPLOADS.get(route or "")
    if upload is not None:
        return Limit(upload.request_bytes(), upload.file_bytes(), upload.file_count())
    body = BODY_ROUTES.get(route or "")
    return Limit(body() if body else BODY_MAX_BYTES, None)


def human_size(size: int) -> str:
    from tradeguard.evidence.services import human_size as fmt

    return fmt(size)


def too_large_error(path: str, *, file_too_large: bool = False) -> ApplicationError:
    limit = limit_for(path)
    if limit.file_bytes is None:
        return ApplicationError(
            CommonErrorCode.REQUEST_TOO_LARGE,
            _("The request is larger than %(limit)s, the most this address accepts.")
            % {"limit": human_size(limit.request_bytes)},
            fields={"body": _("Send less data; files go to the upload addresses.")},
            status=413,
        )
    if file_too_large or limit.files == 1:
        return ApplicationError(
            CommonErrorCode.FILE_TOO_LARGE,
            _("The file is larger than the limit of %(limit)s.")
            % {"limit": human_size(limit.file_bytes)},
            fields={
                "file": _("Upload a file of at most %(limit)s.")
                % {"limit": human_size(limit.file_bytes)}
            },
            status=413,
        )
    return ApplicationError(
        CommonErrorCode.REQUEST_TOO_LARGE,
        _("The upload is larger than %(files)s files of %(limit)s each.")
        % {"files": limit.files, "limit": human_size(limit.file_bytes)},
        fields={
            "file": _("Upload at most %(files)s files of at most %(limit)s each.")
            % {"files": limit.files, "limit": human_size(limit.file_bytes)}
        },
        status=413,
    )


class RequestTooLarge(RequestDataTooBig):
    """Raised by the upload handler; rendered 413 (`web.views.bad_request`, and the
    API's handler for RequestDataTooBig)."""

    def __init__(self, error: ApplicationError) -> None:
        super().__init__(error.message)
        self.error = error


class LimitedUploadHandler(FileUploadHandler):
    """Refuses a request over its endpoint's cap by its length, and stops a file the
    moment it passes its per-file limit (before the chunk reaches the next handler,
    which writes it to memory or to a temp file)."""

    def handle_raw_input(
        self,
        input_data: Any,
        META: dict[str, Any],
        content_length: int,
        boundary: Any,
        encoding: str | None = None,
    ) -> None:
        path = self.request.path if self.request is not None else "/"
        self.path = path
        self.limit = limit_for(path)
        if content_length > self.limit.request_bytes:
            raise RequestTooLarge(too_large_error(path))
        return None

    def new_file(self, *args: Any, **kwargs: Any) -> None:
        super().new_file(*args, **kwargs)
        self.received = 0

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes:
        self.received += len(raw_data)
        allowed = self.limit.file_bytes if self.limit.file_bytes is not None else 0
        if self.received > allowed:
            self._discard_partial_files()
            raise RequestTooLarge(too_large_error(self.path, file_too_large=True))
        return raw_data

    def _discard_partial_files(self) -> None:
        """Close (and so delete) the temp file the next handler has been writing."""
        for handler in getattr(self.request, "upload_handlers", []):
            partial = getattr(handler, "file", None)
            if handler is not self and partial is not None and hasattr(partial, "close"):
                partial.close()

    def file_complete(self, file_size: int) -> None:
        return None


# --- The WSGI layer ----------------------------------------------------------------------

StartResponse = Callable[..., Any]
WsgiApp = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]

BODY_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


class BodyLimitMiddleware:
    """Wraps the WSGI application: answers 413 to a request whose declared length is
    over its endpoint's cap and 411 to a body without a declared length, without
    reading the body. (gunicorn then drains at most 64 KB of it and closes.)"""

    def __init__(self, app: WsgiApp) -> None:
        self.app = app

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        method = environ.get("REQUEST_METHOD", "GET").upper()
        path = environ.get("PATH_INFO", "/") or "/"
        chunked = "chunked" in environ.get("HTTP_TRANSFER_ENCODING", "").lower()
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if method in BODY_METHODS and chunked and not environ.get("CONTENT_LENGTH"):
            error = ApplicationError(
                CommonErrorCode.LENGTH_REQUIRED,
                _("Send the body with a Content-Length header; chunked bodies are not accepted."),
                fields={"body": _("Set Content-Length.")},
                status=411,
            )
            return self._refuse(path, error, start_response)
        if length > BODY_MAX_BYTES and length > limit_for(path).request_bytes:
            return self._refuse(path, too_large_error(path), start_response)
        return self.app(environ, start_response)

    @staticmethod
    def _refuse(
        path: str, error: ApplicationError, start_response: StartResponse
    ) -> Iterable[bytes]:
        reason = {411: "Length Required", 413: "Content Too Large"}[error.status]
        if path.startswith("/api/"):
            body = json.dumps(error.as_dict()).encode()
            content_type = "application/json"
        else:
            body = refusal_page(error).encode()
            content_type = "text/html; charset=utf-8"
        start_response(
            f"{error.status} {reason}",
            [("Content-Type", content_type), ("Content-Length", str(len(body)))],
        )
        return [body]


def refusal_page(error: ApplicationError) -> str:
    from django.template import loader

    return loader.render_to_string("413.html", {"error": error})
