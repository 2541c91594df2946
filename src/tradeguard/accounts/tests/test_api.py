from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tradeguard.accounts.enums import AccountsErrorCode, OrgKind, VerificationStatus
from tradeguard.accounts.models import ApiToken, Organization
from tradeguard.accounts.tests.factories import (
    DEFAULT_PASSWORD,
    OrganizationFactory,
    admin,
    buyer,
    officer,
    supplier,
)
from tradeguard.common.errors import CommonErrorCode
from tradeguard.common.models import Event
from tradeguard.common.testing import PDF_BYTES, ApiClient

pytestmark = pytest.mark.django_db


def test_token_login_then_me() -> None:
    user = buyer(email="ana@example.com")
    anon = ApiClient()
    r = anon.post("auth/token", {"email": "ANA@example.com", "password": DEFAULT_PASSWORD})
    assert r.status_code == 201
    token = r.json()["token"]
    assert token.startswith("tg_")
    stored = ApiToken.objects.get(user=user)
    assert token not in (stored.digest, stored.prefix)  # only the hash is stored
    me = ApiClient(token=token).get("me").json()
    assert me["email"] == "ana@example.com"
    assert me["role"] == "buyer"
    assert me["organization"]["kind"] == "buyer"


def test_wrong_password_is_401_with_code() -> None:
    buyer(email="ana@example.com")
    r = ApiClient().post("auth/token", {"email": "ana@example.com", "password": "nope"})
    assert r.status_code == 401
    assert r.json()["code"] == AccountsErrorCode.INVALID_CREDENTIALS
    assert not ApiToken.objects.exists()


@pytest.mark.parametrize("header", ["", "Bearer", "Bearer tg_notatoken", "Token abc"])
def test_missing_or_bad_token_is_401(header: str) -> None:
    client = ApiClient(token=None)
    r = client.client.get("/api/v1/me", headers={"Authorization": header} if header else {})
    assert r.status_code == 401
    assert r.json()["code"] == CommonErrorCode.NOT_AUTHENTICATED


def test_revoked_token_stops_working() -> None:
    user = buyer()
    api = ApiClient(user)
    token_id = api.get("tokens").json()[0]["id"]
    assert api.post(f"tokens/{token_id}/revoke").status_code == 200
    assert api.get("me").status_code == 401


def test_malformed_json_is_422_and_writes_nothing() -> None:
    api = ApiClient(admin())
    before = Organization.objects.count()
    r = api.post_raw("organizations", "{not json")
    assert r.status_code == 422
    assert r.json()["code"] == CommonErrorCode.MALFORMED_REQUEST
    assert Organization.objects.count() == before


def test_wrong_types_name_the_field() -> None:
    api = ApiClient(admin())
    r = api.post("organizations", {"name": "X", "kind": "pirate", "country": 12})
    assert r.status_code == 422
    body = r.json()
    assert body["code"] == CommonErrorCode.INVALID_INPUT
    assert set(body["fields"]) >= {"kind", "country"}


def test_unknown_country_rejected() -> None:
    r = ApiClient(admin()).post("organizations", {"name": "X", "kind": "buyer", "country": "QQ"})
    assert r.status_code == 422
    assert r.json()["code"] == AccountsErrorCode.INVALID_COUNTRY
    assert not Organization.objects.filter(name="X").exists()


def test_only_platform_creates_organizations() -> None:
    r = ApiClient(buyer()).post("organizations", {"name": "X", "kind": "buyer", "country": "US"})
    assert r.status_code == 403


def test_buyers_never_see_other_buyers() -> None:
    me = buyer()
    other = buyer()
    api = ApiClient(me)
    ids = {o["id"] for o in api.get("organizations").json()["items"]}
    assert me.organization_id in ids
    assert other.organization_id not in ids
    assert api.get(f"organizations/{other.organization_id}").status_code == 404


def test_suppliers_are_public_profiles() -> None:
    s = supplier()
    r = ApiClient(buyer()).get(f"organizations/{s.organization_id}")
    assert r.status_code == 200
    assert r.json()["kind"] == OrgKind.SUPPLIER


def test_verification_flow_document_then_officer_decision() -> None:
    s = supplier()
    org_id = s.organization_id
    api = ApiClient(s)
    r = api.upload(
        f"organizations/{org_id}/documents",
        {"kind": "business_licence", "file": SimpleUploadedFile("licence.pdf", PDF_BYTES)},
    )
    assert r.status_code == 201, r.json()
    assert len(r.json()["sha256"]) == 64
    assert Organization.objects.get(pk=org_id).verification_status == VerificationStatus.PENDING

    # Deciding needs a reason and an officer.
    assert (
        api.post(
            f"organizations/{org_id}/verification", {"decision": "approve", "reason": "x"}
        ).status_code
        == 403
    )
    off = ApiClient(officer())
    r = off.post(f"organizations/{org_id}/verification", {"decision": "approve", "reason": " "})
    assert r.status_code == 422
    r = off.post(
        f"organizations/{org_id}/verification",
        {"decision": "approve", "reason": "Licence matches the registry."},
    )
    assert r.status_code == 200
    assert r.json()["verification_status"] == "verified"
    # Deciding twice is refused.
    r = off.post(f"organizations/{org_id}/verification", {"decision": "reject", "reason": "late"})
    assert r.status_code == 409
    types = list(
        Event.objects.filter(aggregate="accounts.organization", aggregate_id=org_id).values_list(
            "type", flat=True
        )
    )
    assert "organization.verification_requested" in types
    assert "organization.verification_decided" in types


def test_disguised_file_is_refused() -> None:
    s = supplier()
    r = ApiClient(s).upload(
        f"organizations/{s.organization_id}/documents",
        {
            "kind": "business_licence",
            "file": SimpleUploadedFile("licence.pdf", b"MZ\x90\x00binary"),
        },
    )
    assert r.status_code == 422
    assert r.json()["code"] == "unsupported_file_type"
    assert "PDF" in r.json()["fields"]["file"]


def test_cannot_upload_to_another_org() -> None:
    s = supplier()
    other = OrganizationFactory(kind=OrgKind.SUPPLIER)
    r = ApiClient(s).upload(
        f"organizations/{other.pk}/documents",
        {"kind": "business_licence", "file": SimpleUploadedFile("l.pdf", PDF_BYTES)},
    )
    assert r.status_code == 404


def test_contact_and_verification_details_only_for_members_and_officers() -> None:
    from tradeguard.accounts.tests.factories import buyer, officer, supplier

    seller = supplier()
    org = seller.organization
    org.contact_email = "sales@seller.example"
    org.verification_reason = "Licence checked against the registry."
    org.save()
    outsider = ApiClient(buyer())
    one = outsider.get(f"organizations/{org.pk}").json()
    assert one["name"] == org.name
    assert one["contact_email"] is None
    assert one["verification_reason"] is None
    listed = [o for o in outsider.get("organizations").json()["items"] if o["id"] == org.pk]
    assert listed[0]["contact_email"] is None
    assert listed[0]["verification_reason"] is None
    for insider in (seller, officer()):
        seen = ApiClient(insider).get(f"organizations/{org.pk}").json()
        assert seen["contact_email"] == "sales@seller.example"
        assert seen["verification_reason"] == "Licence checked against the registry."


def test_an_organization_website_must_be_a_web_address() -> None:
    from tradeguard.accounts.tests.factories import officer

    api = ApiClient(officer())
    for bad in ("javascript:alert(1)", "data:text/html,hi", "ftp://files.example", "example"):
        response = api.post(
            "organizations",
            {"name": f"Org {bad[:5]}", "kind": "supplier", "country": "CN", "website": bad},
        )
        assert response.status_code == 422, bad
        assert "website" in response.json()["fields"]
    ok = api.post(
        "organizations",
        {
            "name": "Good Org",
            "kind": "supplier",
            "country": "CN",
            "website": "https://good.example",
        },
    )
    assert ok.status_code == 201
