"""The API's contract (issue 14): what the OpenAPI document promises is what the API
does. The test settings also check every answer of every API test against the
document (TRADEGUARD_API_CONTRACT_CHECKS), so these tests cover what that check cannot:
the document itself and the content-type guard."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tradeguard.accounts.tests.factories import buyer, officer, supplier
from tradeguard.api import api
from tradeguard.common import contract
from tradeguard.common.errors import CommonErrorCode
from tradeguard.common.testing import ApiClient
from tradeguard.disputes.enums import DisputesErrorCode
from tradeguard.ip.enums import IpErrorCode
from tradeguard.ip.tests.factories import rights_holder

pytestmark = pytest.mark.django_db


def _operations() -> list[tuple[str, str, dict[str, Any]]]:
    doc = api.get_openapi_schema()
    return [
        (path, method, op)
        for path, methods in doc["paths"].items()
        for method, op in methods.items()
    ]


def test_every_operation_documents_its_statuses_and_error_shape() -> None:
    for path, method, op in _operations():
        statuses = {int(s) for s in op["responses"]}
        where = f"{method.upper()} {path}"
        assert any(200 <= s < 300 for s in statuses), where
        assert 400 not in statuses, where  # never sent: an unreadable body answers 422
        if op.get("security"):
            assert 401 in statuses, where
        if "{" in path:
            assert 404 in statuses, where
        if op.get("requestBody"):
            assert {413, 415, 422} <= statuses, where
        for status in statuses - set(range(200, 300)):
            schema = op["responses"][status]["content"]["application/json"]["schema"]
            assert schema == {"$ref": "#/components/schemas/ErrorRead"}, where


def test_the_error_code_vocabulary_is_complete_and_closed() -> None:
    doc = api.get_openapi_schema()
    codes = doc["components"]["schemas"]["ErrorCode"]["enum"]
    assert {str(c) for c in CommonErrorCode} <= set(codes)
    assert {str(c) for c in DisputesErrorCode} <= set(codes)
    assert {str(c) for c in IpErrorCode} <= set(codes)
    error = doc["components"]["schemas"]["ErrorRead"]
    assert error["properties"]["code"] == {"$ref": "#/components/schemas/ErrorCode"}
    assert set(error["required"]) == {"code", "message", "fields"}


def test_multipart_operations_are_documented_as_multipart() -> None:
    multipart = {
        (method, path)
        for path, method, op in _operations()
        if "multipart/form-data" in op.get("requestBody", {}).get("content", {})
    }
    assert ("post", "/api/v1/ip/records") in multipart
    assert ("post", "/api/v1/ip/items/{item_id}/counter-notice") in multipart
    assert ("post", "/api/v1/ip/items/{item_id}/appeal") in multipart
    assert ("post", "/api/v1/disputes/{dispute_id}/evidence") in multipart
    assert len(multipart) >= 13


def test_list_filters_and_closed_vocabularies_are_enums() -> None:
    doc = api.get_openapi_schema()
    schemas = doc["components"]["schemas"]
    for name in ("DisputeReason", "RequestedOutcome", "DecisionOutcome", "EvidenceType"):
        assert schemas[name]["enum"], name
    params = {p["name"]: p for p in doc["paths"]["/api/v1/ip/items"]["get"]["parameters"]}
    assert "ItemStatus" in str(params["status"]["schema"])


def _upload_client() -> tuple[ApiClient, str]:
    user = buyer()
    return ApiClient(user), f"organizations/{user.organization_id}/documents"


def test_multipart_without_a_boundary_is_422_not_500() -> None:
    client, path = _upload_client()
    r = client.post_raw(path, b"--x\r\nfoo\r\n--x--", content_type="multipart/form-data")
    assert r.status_code == 422
    assert r.json()["code"] == CommonErrorCode.MALFORMED_REQUEST
    assert "boundary" in r.json()["message"]


def test_json_to_a_multipart_operation_says_to_send_multipart() -> None:
    client, path = _upload_client()
    r = client.post(path, {"kind": "business_licence"})
    assert r.status_code == 415
    assert r.json()["code"] == CommonErrorCode.UNSUPPORTED_MEDIA_TYPE
    assert "multipart/form-data" in r.json()["message"]
    assert "kind" in r.json()["message"]
    assert "file" in r.json()["message"]


def test_multipart_to_a_json_operation_says_to_send_json() -> None:
    client = ApiClient(officer())
    r = client.upload("organizations", {"name": "X", "kind": "buyer", "country": "US"})
    assert r.status_code == 415
    assert "application/json" in r.json()["message"]


def test_a_multipart_upload_still_works() -> None:
    client, path = _upload_client()
    pdf = SimpleUploadedFile("licence.pdf", b"%PDF-1.4\n%%EOF\n", content_type="application/pdf")
    r = client.upload(path, {"kind": "business_licence", "file": pdf})
    assert r.status_code in (201, 422), r.json()  # 422 only for the content, never 415
    assert r.json().get("code") != CommonErrorCode.UNSUPPORTED_MEDIA_TYPE


def test_ip_stats_far_dates_are_422_not_500() -> None:
    client = ApiClient()
    r = client.get("ip/stats", {"until": "9999-12-31"})
    assert r.status_code == 422
    assert "until" in r.json()["fields"]
    assert client.get("ip/stats", {"since": "2001-01-01", "until": "2030-01-01"}).status_code == 422


def test_ip_items_unknown_status_is_422_like_every_list() -> None:
    client = ApiClient(supplier())
    assert client.get("ip/items", {"status": "foo"}).status_code == 422
    assert client.get("ip/records", {"status": "foo"}).status_code == 422
    assert client.get("ip/items", {"status": "notified"}).status_code == 200


def test_standing_is_for_reporters_only() -> None:
    r = ApiClient(buyer()).get("ip/standing")
    assert r.status_code == 403
    assert r.json()["code"] == IpErrorCode.NOT_A_RIGHTS_HOLDER
    assert ApiClient(rights_holder()).get("ip/standing").status_code == 200


def test_every_list_refuses_unknown_enum_filter_values() -> None:
    client = ApiClient(officer())
    checked = 0
    for path, method, op in _operations():
        if method != "get" or "{" in path:
            continue
        for param in op.get("parameters", []):
            text = str(param.get("schema", {}))
            if param["in"] == "query" and ("$ref" in text or "enum" in text):
                if param["name"] in {"period"}:
                    continue
                r = client.get(path, {param["name"]: "zzz-not-a-value"})
                assert r.status_code == 422, (path, param["name"], r.status_code)
                checked += 1
    assert checked >= 10


def test_contract_check_rejects_undocumented_answers() -> None:
    """The check itself: a status the document does not list raises."""
    from django.http import HttpResponse
    from django.test import RequestFactory

    operation = next(op for op in contract._operations(api) if op.view_func.__name__ == "me")
    request = RequestFactory().get("/api/v1/me")
    with pytest.raises(contract.ContractViolation):
        contract.check_response(operation, request, HttpResponse(status=409))


def test_a_page_beyond_any_offset_is_422_not_500() -> None:
    client = ApiClient(officer())
    r = client.get("disputes", {"page": str(10**30)})
    assert r.status_code == 422
    assert "page" in r.json()["fields"]
    assert client.get("images/watch-sets", {"page_size": str(10**12)}).status_code == 200
