"""The API's contract beyond what each router declares (issue 14).

One place decides, for every operation, which statuses it can answer and which content
type it takes; the OpenAPI document is completed from the same functions, so the
schema and the behaviour cannot disagree:

- `guard` wraps every operation: a body in another content type than the operation
  takes answers 415 saying what to send; a multipart body without a boundary (or
  otherwise unreadable) answers 422 `malformed_request`; never a 500.
- `complete_schema` adds to the OpenAPI document the statuses every operation can
  answer (401 when it needs a token, 404 with path ids, 415 and 413 with a body, 422
  with any input), the closed vocabulary of error codes, and the webhooks.
- With `TRADEGUARD_API_CONTRACT_CHECKS` on (the test settings and the fuzzing server),
  every answer is checked against the document: an undocumented status, an error code
  outside the vocabulary, or a `fields` key that is not a request field raise, so the
  whole test suite (and schemathesis) verifies the contract.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable, Iterable
from enum import StrEnum
from functools import cache, wraps
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _

from tradeguard.common.errors import ApplicationError, CommonErrorCode

if TYPE_CHECKING:
    from ninja import NinjaAPI
    from ninja.operation import Operation

JSON = "json"
MULTIPART = "multipart"
MULTIPART_TYPE = "multipart/form-data"
JSON_TYPE = "application/json"

# Apps whose enums module holds a `*ErrorCode` StrEnum (their codes are the API's).
ERROR_CODE_APPS = (
    "accounts",
    "catalog",
    "orders",
    "evidence",
    "disputes",
    "sanctions",
    "specs",
    "ip",
    "monitoring",
    "notifications",
    "signals",
    "contracts",
)

STATUS_TEXT = {
    200: "OK",
    201: "Created",
    204: "No Content",
    401: "Not authenticated: send `Authorization: Bearer <token>` (`not_authenticated`).",
    403: "Forbidden: your role or side may not do this (`permission_denied` or a rule "
    "of the app); the message says who may.",
    404: "Not found: no object with that id exists or you may not see it (`not_found`).",
    409: "Conflict: the object is not in a state that allows this (e.g. "
    "`invalid_transition`); the message says what state it is in and what to do.",
    413: "Too large: a file or the case's storage is over its limit (`file_too_large`, "
    "`case_storage_full`).",
    415: "Unsupported media type: send the body in the content type this operation "
    "documents (`unsupported_media_type`).",
    422: "Invalid input: `fields` maps each request field at fault to what is wrong and "
    "what to do (`invalid_input`, `malformed_request` or a rule of the app).",
}


def error_codes() -> list[str]:
    """Every error code the API can answer, sorted: the closed vocabulary of `code`."""
    codes: set[str] = {str(c) for c in CommonErrorCode}
    for app in ERROR_CODE_APPS:
        module = importlib.import_module(f"tradeguard.{app}.enums")
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, StrEnum)
                and value.__name__.endswith("ErrorCode")
            ):
                codes.update(str(c) for c in value)
    return sorted(codes)


# --- what an operation takes and answers ---------------------------------------------------


def body_kind(operation: Operation) -> str | None:
    """`json`, `multipart` or None: the request body the operation reads."""
    sources = {getattr(m, "__ninja_param_source__", None) for m in operation.models}
    if sources & {"form", "file"}:
        return MULTIPART
    if "body" in sources or (operation.openapi_extra or {}).get("requestBody"):
        return JSON
    return None


def _has_path_params(operation: Operation) -> bool:
    return any(getattr(m, "__ninja_param_source__", None) == "path" for m in operation.models)


def documented_statuses(operation: Operation) -> set[int]:
    """The statuses the operation can answer; the OpenAPI document lists exactly these."""
    declared = {s for s in operation.response_models if isinstance(s, int)}
    extra = (operation.openapi_extra or {}).get("responses", {})
    declared |= {int(s) for s in extra}
    # 400 never leaves the API (a body that cannot be parsed answers 422).
    statuses = declared - {400}
    kind = body_kind(operation)
    if kind is None:
        statuses -= {413}
    else:
        statuses |= {413, 415, 422}
    if operation.auth_callbacks:
        statuses.add(401)
    if operation.models:
        statuses.add(422)
    if _has_path_params(operation):
        statuses.add(404)
    return statuses


# --- the guard every operation runs behind ---------------------------------------------------


def _media_type(request: HttpRequest) -> tuple[str, dict[str, str]]:
    raw = request.META.get("CONTENT_TYPE", "") or ""
    main, _sep, rest = raw.partition(";")
    params: dict[str, str] = {}
    for part in rest.split(";"):
        key, eq, value = part.strip().partition("=")
        if eq:
            params[key.strip().lower()] = value.strip().strip('"')
    return main.strip().lower(), params


def _has_body(request: HttpRequest) -> bool:
    length = request.META.get("CONTENT_LENGTH") or "0"
    try:
        return int(length) > 0 or "HTTP_TRANSFER_ENCODING" in request.META
    except ValueError:
        return True


def _is_json(media_type: str) -> bool:
    return media_type == JSON_TYPE or media_type.endswith("+json")


def _form_fields(operation: Operation) -> list[str]:
    names: list[str] = []
    for model in operation.models:
        if getattr(model, "__ninja_param_source__", None) in {"form", "file"}:
            names.extend(model.model_fields)
    return names


def content_type_refusal(operation: Operation, request: HttpRequest) -> ApplicationError | None:
    """Why the request's body cannot be read by this operation, or None."""
    kind = body_kind(operation)
    if kind is None or request.method in {"GET", "HEAD", "OPTIONS", "DELETE"}:
        return None
    media_type, params = _media_type(request)
    if kind == MULTIPART:
        if media_type == MULTIPART_TYPE:
            if not params.get("boundary"):
                return ApplicationError(
                    CommonErrorCode.MALFORMED_REQUEST,
                    _(
                        "The multipart body has no boundary. Let your HTTP client build the "
                        "Content-Type header (multipart/form-data; boundary=...) from the "
                        "form it sends. Nothing was saved."
                    ),
                    fields={"body": _("Send multipart/form-data with a boundary.")},
                    status=422,
                )
            return None
        if not _has_body(request) and not media_type:
            return None  # nothing sent: the missing fields answer 422
        fields = ", ".join(_form_fields(operation))
        return ApplicationError(
            CommonErrorCode.UNSUPPORTED_MEDIA_TYPE,
            _(
                "This operation takes multipart/form-data (fields: %(fields)s), not "
                "%(sent)s. Send the fields as form parts and files as file parts. "
                "Nothing was saved."
            )
            % {"fields": fields, "sent": media_type or _("a body without a content type")},
            fields={"body": _("Send multipart/form-data.")},
            status=415,
        )
    if not _has_body(request) or _is_json(media_type):
        return None
    return ApplicationError(
        CommonErrorCode.UNSUPPORTED_MEDIA_TYPE,
        _(
            "This operation takes a JSON body, not %(sent)s. Send it with "
            "Content-Type: application/json. Nothing was saved."
        )
        % {"sent": media_type or _("a body without a content type")},
        fields={"body": _("Send a JSON object with Content-Type: application/json.")},
        status=415,
    )


def guard(run: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """`api.add_decorator(guard, mode="view")`: wraps each operation's run."""
    operation: Operation = run.__self__  # type: ignore[attr-defined]

    @wraps(run)
    def guarded(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        refusal = content_type_refusal(operation, request)
        if refusal is not None:
            response = operation.api.create_response(
                request, refusal.as_dict(), status=refusal.status
            )
        else:
            response = run(request, *args, **kwargs)
            if response.status_code >= 400:
                response = _conform_error(operation, request, response)
        if getattr(settings, "TRADEGUARD_API_CONTRACT_CHECKS", False):
            check_response(operation, request, response)
        return response

    return guarded


def _readable(key: str) -> str:
    """A service's field key as words ("lot_size" -> "Lot size", "match_ids" -> "Match"),
    for a reason folded into the message: people read no internal names."""
    root = key.split(".")[0]
    for suffix in ("_ids", "_id"):
        root = root.removesuffix(suffix)
    return root.replace("_", " ").capitalize()


def _conform_error(operation: Operation, request: HttpRequest, response: HttpResponse) -> Any:
    """`fields` names request fields only: a service's key for its model's field becomes
    the request field that carries it (`record` -> `record_id`), and a reason about
    something the request did not send (a state, a stored value) joins the message."""
    if "json" not in response.get("Content-Type", ""):
        return response
    try:
        body = json.loads(response.content)
    except ValueError:
        return response
    fields = body.get("fields") if isinstance(body, dict) else None
    if not fields:
        return response
    allowed = _request_fields(operation.api, _operation_id(operation)) | {"body"}
    kept: dict[str, str] = {}
    folded: list[str] = []
    for key, reason in fields.items():
        root, dot, rest = key.partition(".")
        if root in allowed:
            kept[key] = reason
        elif f"{root}_id" in allowed:
            kept[f"{root}_id{dot}{rest}"] = reason
        else:
            folded.append(f"{_readable(key)}: {reason}")
    if kept == fields:
        return response
    body["fields"] = kept
    if folded:
        body["message"] = " ".join([body["message"], *folded])
    conformed = operation.api.create_response(request, body, status=response.status_code)
    for header, value in response.items():
        if header.lower() not in {"content-type", "content-length"}:
            conformed[header] = value
    return conformed


# --- the check (tests and the fuzzing server) ------------------------------------------------


class ContractViolation(AssertionError):
    """The API answered something its OpenAPI document does not describe."""


@cache
def _known_codes() -> frozenset[str]:
    return frozenset(error_codes())


def _request_fields(api: NinjaAPI, operation_id: str) -> set[str]:
    op = _schema_operations(api).get(operation_id, {})
    names = {p["name"] for p in op.get("parameters", [])}
    for media in op.get("requestBody", {}).get("content", {}).values():
        schema = media.get("schema", {})
        names |= set(_resolve(api, schema).get("properties", {}))
    return names


@cache
def _schema_document(api: NinjaAPI) -> dict[str, Any]:
    return dict(api.get_openapi_schema(path_prefix="/api/v1/"))


def _schema_operations(api: NinjaAPI) -> dict[str, dict[str, Any]]:
    ops: dict[str, dict[str, Any]] = {}
    for methods in _schema_document(api)["paths"].values():
        for op in methods.values():
            ops[op["operationId"]] = op
    return ops


def _resolve(api: NinjaAPI, schema: dict[str, Any]) -> dict[str, Any]:
    ref = schema.get("$ref")
    if ref:
        return _schema_document(api)["components"]["schemas"][ref.rsplit("/", 1)[-1]]
    return schema


def check_response(operation: Operation, request: HttpRequest, response: HttpResponse) -> None:
    status = response.status_code
    where = f"{request.method} {request.path}"
    if status not in documented_statuses(operation):
        raise ContractViolation(f"{where} answered {status}, which its schema does not document")
    if status < 400 or "json" not in response.get("Content-Type", ""):
        return
    body = json.loads(response.content)
    if set(body) != {"code", "message", "fields"}:
        raise ContractViolation(f"{where}: error body {body!r} is not {{code, message, fields}}")
    if body["code"] not in _known_codes():
        raise ContractViolation(f"{where}: error code {body['code']!r} is not in ErrorCode")
    allowed = _request_fields(operation.api, _operation_id(operation)) | {"body"}
    for key in body["fields"]:
        if key.split(".", 1)[0] not in allowed:
            raise ContractViolation(
                f"{where}: `fields` names {key!r}, which is not a request field "
                f"(request fields: {sorted(allowed)})"
            )


def _operation_id(operation: Operation) -> str:
    return operation.operation_id or operation.api.get_openapi_operation_id(operation)


# --- completing the OpenAPI document ----------------------------------------------------------


def openapi_document() -> str:
    """The document as `docs/openapi.json` holds it (what `make client` generates from)."""
    from tradeguard.api import api

    document = api.get_openapi_schema(path_prefix="/api/v1/")
    return json.dumps(document, indent=1, ensure_ascii=False, default=str) + "\n"


def _error_response(status: int, ref: str = "#/components/schemas/ErrorRead") -> dict[str, Any]:
    return {
        "description": STATUS_TEXT.get(status, "Error"),
        "content": {JSON_TYPE: {"schema": {"$ref": ref}}},
    }


def _operations(api: NinjaAPI) -> Iterable[Operation]:
    for bound in api._get_bound_routers():
        for path_view in bound.path_operations.values():
            yield from path_view.operations


def complete_schema(api: NinjaAPI, document: dict[str, Any]) -> dict[str, Any]:
    """Add what every operation can answer to the document ninja built."""
    by_id = {_operation_id(op): op for op in _operations(api)}
    for methods in document.get("paths", {}).values():
        for op_doc in methods.values():
            operation = by_id.get(op_doc.get("operationId", ""))
            if operation is None:
                continue
            responses = op_doc.setdefault("responses", {})
            statuses = documented_statuses(operation)
            for key in list(responses):
                if int(key) not in statuses:
                    del responses[key]
            for status in sorted(statuses):
                if status >= 400 and (status not in responses and str(status) not in responses):
                    responses[status] = _error_response(status)
                elif status >= 400:
                    entry = responses.get(status) or responses.get(str(status))
                    entry["description"] = STATUS_TEXT.get(status, entry.get("description", ""))
            op_doc["responses"] = dict(sorted(responses.items(), key=lambda kv: int(kv[0])))
            for parameter in op_doc.get("parameters", []):
                # ninja copies a field's `examples` (a list) onto the parameter, where
                # OpenAPI wants a map: keep them on the parameter's schema instead.
                if isinstance(parameter.get("examples"), list):
                    parameter.setdefault("schema", {})["examples"] = parameter.pop("examples")
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    schemas["ErrorCode"] = {
        "title": "ErrorCode",
        "type": "string",
        "enum": error_codes(),
        "description": "Every `code` an error answer can carry. A code names the rule "
        "that was broken; the message says it for people, with what to do.",
    }
    if "ErrorRead" in schemas:
        error = schemas["ErrorRead"]
        error["description"] = (
            "Every 4xx answer: a stable `code`, a `message` for people, and `fields` "
            "mapping each request field at fault (a body field, a query or path "
            "parameter, a form part; `body` for the body as a whole; nested fields "
            "dotted, e.g. `items.0.quantity`) to what is wrong and what to do."
        )
        error["properties"]["code"] = {"$ref": "#/components/schemas/ErrorCode"}
        error["examples"] = [
            {
                "code": "appeal_window_closed",
                "message": "The appeal window closed on 12 March 2026 at 09:00 UTC "
                "(30 days after the decision); the decision is final.",
                "fields": {},
            },
            {
                "code": "invalid_input",
                "message": "The request has invalid fields (reason: Input should be "
                "'not_received', ...). Nothing was saved.",
                "fields": {"reason": "Input should be 'not_received', ..."},
            },
        ]
    return document
