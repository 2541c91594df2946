"""The authorization matrix: every API operation that takes an object's id, called by
every role of a tenant that has nothing to do with that object (valid request bodies,
so the answer is about access, not input). A foreign object answers 404, a forbidden
action 403; only public profiles, listings and the sanctions ledger read 200; nothing
is ever written; never a 5xx."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

import pytest
from django.apps import apps
from django.db import connection
from django.test import Client

from tradeguard.accounts.enums import OrgKind, Role
from tradeguard.accounts.services import api_token_create, organization_create, user_create
from tradeguard.common.testing import PDF_BYTES, png_bytes
from tradeguard.notifications.webhooks import webhook_endpoint_create

pytestmark = pytest.mark.django_db

# Reads anyone signed in may make: public organization profiles, listings and their
# images, a supplier's sanctions standing (shown on listings).
PUBLIC_READS = {
    "GET /api/v1/organizations/{org_id}",
    "GET /api/v1/listings/{listing_id}",
    "GET /api/v1/listings/{listing_id}/images/{image_id}",
    "GET /api/v1/sanctions/suppliers/{org_id}",
}
# Tables a request may write while refusing: who used which token, counted sign-ins.
WRITES_ALLOWED = {"accounts_apitoken", "accounts_throttleevent", "django_session"}
FOREIGN_ROLES = [Role.BUYER, Role.SUPPLIER, Role.RIGHTS_HOLDER, Role.AGENT, Role.INSPECTOR]


MISSING: list[str] = []


class _Absent:
    pk = 10**9  # no such row: must answer 404 like any other id one may not see


def _first(model: str, **filters: Any) -> Any:
    obj = apps.get_model(model).objects.filter(**filters).order_by("pk").first()
    if obj is None:
        MISSING.append(model)
        return _Absent()
    return obj


def _ids() -> dict[str, Callable[[dict[str, Any]], Any]]:
    """Path parameter -> the id of a demo object (given the ones chosen before it)."""
    return {
        "token_id": lambda ids: _first("accounts.ApiToken", user__email__contains="@demo.").pk,
        "org_id": lambda ids: _first("accounts.Organization", kind=OrgKind.SUPPLIER).pk,
        "listing_id": lambda ids: _first("catalog.Listing", images__isnull=False).pk,
        "image_id": lambda ids: _first("catalog.ListingImage", listing_id=ids["listing_id"]).pk,
        "order_id": lambda ids: _first("orders.Order", documents__isnull=False).pk,
        "document_id": lambda ids: _first("orders.OrderDocument", order_id=ids["order_id"]).pk,
        "dispute_id": lambda ids: _first("disputes.Dispute", evidence__isnull=False).pk,
        "evidence_id": lambda ids: _first("disputes.EvidenceItem", dispute_id=ids["dispute_id"]).pk,
        "proposal_id": lambda ids: _first("disputes.Proposal", dispute_id=ids["dispute_id"]).pk,
        "refund_id": lambda ids: _first("disputes.RefundEntry").pk,
        "signal_id": lambda ids: _first("signals.ScamSignal").pk,
        "spec_id": lambda ids: _first("specs.Specification").pk,
        "contract_id": lambda ids: _first("contracts.SalesContract").pk,
        "key": lambda ids: _first("contracts.LibraryClause", key="goods").key,
        "number": lambda ids: 1,
        "inspection_id": lambda ids: _first("specs.Inspection").pk,
        "record_id": lambda ids: _first("ip.IpRecord").pk,
        "auth_id": lambda ids: _first("ip.AgentAuthorization").pk,
        "complaint_id": lambda ids: _first("ip.Complaint").pk,
        "draft_id": lambda ids: _first("ip.Complaint").pk,
        "item_id": lambda ids: _first("ip.ComplaintItem").pk,
        "monitored_id": lambda ids: _first("monitoring.MonitoredImage").pk,
        "scan_id": lambda ids: _first("monitoring.ScanJob").pk,
        "match_id": lambda ids: _first("monitoring.Match").pk,
        "group_id": lambda ids: _first("monitoring.MatchGroup").pk,
        "authorization_id": lambda ids: _first("monitoring.SupplierAuthorization").pk,
        "notification_id": lambda ids: _first("notifications.Notification").pk,
        "delivery_id": lambda ids: _first("notifications.WebhookDelivery").pk,
        "file_id": lambda ids: _first("evidence.StoredFile", mime_type="application/pdf").pk,
        "page": lambda ids: 1,
    }


# --- request bodies from the OpenAPI schema -----------------------------------------------


def _resolve(schema: dict[str, Any], spec: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def _value(name: str, schema: dict[str, Any], spec: dict[str, Any]) -> Any:
    schema = _resolve(schema, spec)
    for key in ("anyOf", "oneOf", "allOf"):
        if key in schema:
            options = [o for o in schema[key] if _resolve(o, spec).get("type") != "null"]
            return _value(name, options[0], spec) if options else None
    if "enum" in schema:
        return schema["enum"][0]
    if "default" in schema and schema["default"] is not None:
        return schema["default"]
    kind = schema.get("type")
    if kind == "object":
        props = schema.get("properties", {})
        return {k: _value(k, v, spec) for k, v in props.items() if k in schema.get("required", [])}
    if kind == "array":
        item = _value(name, schema.get("items", {}), spec)
        return [item] if schema.get("minItems") else []
    if kind == "integer":
        return max(1, int(schema.get("minimum", 1)))
    if kind == "number":
        return 1
    if kind == "boolean":
        return True
    fmt = schema.get("format")
    if fmt == "date-time":
        return "2026-06-01T12:00:00Z"
    if fmt == "date":
        return "2026-06-01"
    if fmt == "decimal" or "amount" in name:
        return "10.00"
    if "currency" in name:
        return "USD"
    length = max(int(schema.get("minLength", 1)), 30)
    return ("A reason long enough for every rule here. " * 3)[
        : min(length, schema.get("maxLength", 500))
    ]


def _body(operation: dict[str, Any], spec: dict[str, Any]) -> tuple[Any, str | None]:
    content = operation.get("requestBody", {}).get("content", {})
    if "application/json" in content:
        return json.dumps(_value("body", content["application/json"]["schema"], spec)), (
            "application/json"
        )
    if "multipart/form-data" in content:
        schema = _resolve(content["multipart/form-data"]["schema"], spec)
        data: dict[str, Any] = {}
        for name, prop in schema.get("properties", {}).items():
            prop = _resolve(prop, spec)
            text = json.dumps(prop)
            if '"binary"' in text:
                upload = io.BytesIO(png_bytes() if "image" in name or name == "file" else PDF_BYTES)
                upload.name = f"{name}.png" if "image" in name or name == "file" else f"{name}.pdf"
                data[name] = upload
            elif name in schema.get("required", []):
                data[name] = _value(name, prop, spec)
        return data, None
    return None, None


def _row_counts() -> dict[str, int]:
    with connection.cursor() as cursor:
        counts = {}
        for table in connection.introspection.table_names():
            if table in WRITES_ALLOWED:
                continue
            cursor.execute(f'SELECT COUNT(*) FROM "{table}"')  # noqa: S608 (table names from introspection)
            counts[table] = cursor.fetchone()[0]
    return counts


def _foreign_tenant() -> dict[str, str]:
    """One user per role in organizations that own, buy or claim nothing."""
    tokens = {}
    kinds = {
        Role.BUYER: OrgKind.BUYER,
        Role.SUPPLIER: OrgKind.SUPPLIER,
        Role.RIGHTS_HOLDER: OrgKind.RIGHTS_HOLDER,
        Role.AGENT: OrgKind.RIGHTS_HOLDER,
        Role.INSPECTOR: OrgKind.INSPECTOR,
    }
    for role in FOREIGN_ROLES:
        org = organization_create(
            actor=None, name=f"Foreign {role}", kind=kinds[role], country="BR"
        )
        user = user_create(
            actor=None,
            email=f"foreign-{role}@example.com",
            password="foreign-pass-2026",
            role=role,
            organization=org,
            check_password=False,
        )
        tokens[role] = api_token_create(actor=user, name="matrix", expires_in_days=None)[1]
    return tokens


def test_no_operation_with_an_id_serves_or_changes_another_tenants_object(settings: Any) -> None:
    from tradeguard.api import api
    from tradeguard.common.demo import seed_all

    settings.TRADEGUARD_BASE_URL = "http://testserver"
    # A marketplace receiving every event, so that the demo leaves webhook deliveries
    # (sent by a timer this test never runs).
    webhook_endpoint_create(url="https://market.example/hooks", secret="s" * 32, events=[])
    seed_all(log=lambda line: None)
    demo_buyer = apps.get_model("accounts.User").objects.get(email="buyer@demo.tradeguard.test")
    api_token_create(actor=demo_buyer, name="the demo buyer's own")
    tokens = _foreign_tenant()
    spec = api.get_openapi_schema()
    choose = _ids()
    before = _row_counts()
    violations = []
    checked = 0
    for path, operations in spec["paths"].items():
        params = [p.strip("{}") for p in path.split("/") if p.startswith("{")]
        if not params:
            continue
        ids: dict[str, Any] = {}
        for name in params:
            ids[name] = choose[name](ids)
        url = path.format(**ids)
        for method, operation in operations.items():
            label = f"{method.upper()} {path}"
            body, content_type = _body(operation, spec)
            query = {
                p["name"]: _value(p["name"], p.get("schema", {}), spec)
                for p in operation.get("parameters", [])
                if p.get("in") == "query" and p.get("required")
            }
            target = f"{url}?{urlencode(query)}" if query else url
            for role, token in tokens.items():
                client = Client(HTTP_AUTHORIZATION=f"Bearer {token}")
                kwargs: dict[str, Any] = {}
                if content_type:
                    kwargs["content_type"] = content_type
                if isinstance(body, dict):
                    for value in body.values():
                        if hasattr(value, "seek"):
                            value.seek(0)
                response = getattr(client, method)(target, body, **kwargs)
                checked += 1
                status = response.status_code
                allowed = {200} if (label in PUBLIC_READS and method == "get") else {403, 404}
                if status not in allowed:
                    detail = response.content[:160].decode(errors="replace")
                    violations.append(f"{label} as foreign {role}: {status} {detail}")
    after = _row_counts()
    changed = {t: (before[t], after[t]) for t in before if before[t] != after.get(t)}
    assert checked > 400
    # The demo has a row of every kind but agent authorizations (checked with an id
    # that does not exist, which must answer 404 all the same).
    assert set(MISSING) <= {"ip.AgentAuthorization"}
    assert violations == [], "\n".join(violations)
    assert changed == {}
