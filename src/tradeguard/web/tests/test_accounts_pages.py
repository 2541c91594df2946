"""Account pages (accounts.views) through the Django test client: my account, API
tokens, my organization, document downloads, profiles and the verification queue."""

from __future__ import annotations

import datetime as dt
import re
from io import BytesIO
from typing import Any

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from tradeguard.accounts.enums import VerificationStatus
from tradeguard.accounts.models import ApiToken, Organization, OrganizationDocument, User
from tradeguard.accounts.services import organization_create, organization_document_add
from tradeguard.accounts.tests import factories as f
from tradeguard.common.events import events_for
from tradeguard.common.testing import PDF_BYTES, ApiClient, png_bytes

pytestmark = pytest.mark.django_db


def client_for(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def with_document(user: User, content: bytes = PDF_BYTES, name: str = "licence.pdf") -> Any:
    assert user.organization is not None
    return organization_document_add(
        actor=user,
        organization=user.organization,
        kind="business_licence",
        upload=BytesIO(content),
        name=name,
    )


# --- My account -----------------------------------------------------------------------


def test_changing_the_time_zone_renders_datetimes_in_the_new_zone() -> None:
    user = f.buyer(timezone="UTC")
    client = client_for(user)
    with time_machine.travel(dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC), tick=False):
        client.post("/account/tokens/", {"name": "ERP"})
    assert "2026-03-01 12:00 UTC" in client.get("/account/tokens/").content.decode()

    response = client.post(
        "/account/", {"full_name": "Ben Buyer", "timezone": "Asia/Shanghai"}, follow=True
    )
    assert "Saved. Times are now shown in Asia/Shanghai." in response.content.decode()
    user.refresh_from_db()
    assert (user.timezone, user.full_name) == ("Asia/Shanghai", "Ben Buyer")
    html = client.get("/account/tokens/").content.decode()
    assert "2026-03-01 20:00 UTC+8" in html  # the one instant formatter (CST is ambiguous)
    assert "Times shown in Asia/Shanghai" in html
    assert [e.type for e in events_for(user.organization)][-1] == "user.timezone_changed"


def test_an_unknown_time_zone_is_explained_next_to_the_field() -> None:
    user = f.buyer(timezone="UTC")
    response = client_for(user).post("/account/", {"full_name": "", "timezone": "Mars/Base"})
    html = response.content.decode()
    assert response.status_code == 422
    assert "Use an IANA name such as Asia/Shanghai or Europe/Berlin." in html
    assert "&#x27;Mars/Base&#x27; is not a time zone." in html
    user.refresh_from_db()
    assert user.timezone == "UTC"


def test_my_account_offers_every_iana_zone() -> None:
    html = client_for(f.buyer()).get("/account/").content.decode()
    assert '<datalist id="tz-options">' in html
    assert '<option value="America/Argentina/Buenos_Aires">' in html


# --- API tokens -----------------------------------------------------------------------


def test_a_new_token_is_shown_once_and_works() -> None:
    user = f.buyer()
    client = client_for(user)
    response = client.post("/account/tokens/", {"name": "ERP sync"})
    html = response.content.decode()
    token = ApiToken.objects.get(user=user)
    secret = html.split('id="new-token-secret">', 1)[1].split("</code>", 1)[0]
    assert secret.startswith(token.prefix)
    assert "This is the only time" in html
    assert "no-store" in response["Cache-Control"]
    assert ApiClient(token=secret).get("me").status_code == 200

    again = client.get("/account/tokens/").content.decode()
    assert secret not in again
    assert f"{token.prefix}…" in again
    assert "ERP sync" in again


def test_a_token_needs_a_name() -> None:
    user = f.buyer()
    response = client_for(user).post("/account/tokens/", {"name": "  "})
    assert response.status_code == 422
    assert "Name the token after where you will use it." in response.content.decode()
    assert not ApiToken.objects.filter(user=user).exists()


def test_revoking_asks_first_then_stops_the_token() -> None:
    user = f.buyer()
    client = client_for(user)
    client.post("/account/tokens/", {"name": "laptop"})
    token = ApiToken.objects.get(user=user)
    api = ApiClient(user)  # a second token, to check the first one alone is revoked

    confirm = client.get(f"/account/tokens/{token.pk}/revoke/")
    assert "Revoke “laptop”?" in confirm.content.decode()
    token.refresh_from_db()
    assert token.revoked_at is None

    response = client.post(f"/account/tokens/{token.pk}/revoke/", follow=True)
    assert "Token “laptop” is revoked." in response.content.decode()
    token.refresh_from_db()
    assert token.revoked_at is not None
    assert api.get("me").status_code == 200

    again = client.post(f"/account/tokens/{token.pk}/revoke/", follow=True)
    assert "This token is already revoked." in again.content.decode()


def test_another_users_token_is_not_found() -> None:
    owner = f.buyer()
    client_for(owner).post("/account/tokens/", {"name": "mine"})
    token = ApiToken.objects.get(user=owner)
    intruder = client_for(f.buyer())
    assert intruder.get(f"/account/tokens/{token.pk}/revoke/").status_code == 404
    assert intruder.post(f"/account/tokens/{token.pk}/revoke/").status_code == 404
    token.refresh_from_db()
    assert token.revoked_at is None


# --- My organization and documents ----------------------------------------------------


def test_uploading_a_licence_asks_for_verification() -> None:
    user = f.supplier()
    client = client_for(user)
    assert "Not verified yet." in client.get("/account/organization/").content.decode()
    upload = SimpleUploadedFile("licence.pdf", PDF_BYTES, content_type="application/pdf")
    response = client.post(
        "/account/organization/",
        {"kind": "business_licence", "file": upload, "description": "2026 licence"},
        follow=True,
    )
    html = response.content.decode()
    assert "Your organization is now waiting for review" in html
    assert "Waiting for review" in html
    doc = OrganizationDocument.objects.get(organization=user.organization)
    assert doc.file.sha256 in html
    assert "Business document uploaded" in html  # the timeline
    org = Organization.objects.get(pk=user.organization_id)
    assert org.verification_status == VerificationStatus.PENDING


def test_the_organization_history_names_the_country_and_the_upload_time_zone() -> None:
    org = organization_create(actor=None, name="Yiwu Lamp Co.", kind="supplier", country="CN")
    user = f.supplier(organization=org)
    with_document(user)
    html = client_for(user).get("/account/organization/").content.decode()
    text = " ".join(re.sub(r"<[^>]+>", " ", html).split())
    assert "Country: China" in text  # the history, not the code "CN"
    assert "Country: CN" not in text
    # The upload time is named like every other instant (its UTC offset), not "UTC"/"CST".
    assert "UTC" in html.split("uploaded", 1)[1][:40]


def test_a_file_of_the_wrong_type_is_refused_next_to_the_file_field() -> None:
    user = f.supplier()
    upload = SimpleUploadedFile("notes.txt", b"just some text\n", content_type="text/plain")
    response = client_for(user).post(
        "/account/organization/", {"kind": "business_licence", "file": upload}
    )
    html = response.content.decode()
    assert response.status_code == 422
    assert "Accepted formats:" in html
    assert not OrganizationDocument.objects.filter(organization=user.organization).exists()


def test_uploading_without_a_file_says_what_to_do() -> None:
    response = client_for(f.supplier()).post("/account/organization/", {"kind": "business_licence"})
    assert response.status_code == 422
    assert "Choose a PDF or image file of your document." in response.content.decode()


def test_members_and_officers_download_documents_others_get_404() -> None:
    member = f.supplier()
    doc = with_document(member)
    url = f"/account/documents/{doc.pk}/download/"

    for viewer in (member, f.officer(), f.admin()):
        response = client_for(viewer).get(url)
        assert response.status_code == 200
        assert b"".join(response.streaming_content) == PDF_BYTES
        assert response["Content-Type"] == "application/pdf"
        assert response["X-Content-SHA256"] == doc.file.sha256
        assert response["Content-Disposition"].startswith("attachment;")

    # PDFs are never shown inline (the file sandbox stops browsers' PDF viewers); the
    # file viewer shows their pages rendered instead.
    inline = client_for(member).get(url + "?inline=1")
    assert inline["Content-Disposition"].startswith("attachment;")
    assert inline["Content-Security-Policy"].endswith("sandbox")

    for outsider in (f.buyer(), f.supplier(), f.rights_holder()):
        assert client_for(outsider).get(url).status_code == 404
    assert Client().get(url).status_code == 302  # to the login page


def test_public_profile_of_a_supplier_is_visible_but_a_buyer_is_private() -> None:
    supplier = f.supplier()
    buyer = f.buyer()
    other_buyer = client_for(f.buyer())
    html = other_buyer.get(f"/account/organizations/{supplier.organization_id}/").content.decode()
    assert supplier.organization.name in html
    assert "has not been verified" in html
    assert other_buyer.get(f"/account/organizations/{buyer.organization_id}/").status_code == 404
    assert (
        client_for(buyer).get(f"/account/organizations/{buyer.organization_id}/").status_code == 200
    )


# --- Verification queue ---------------------------------------------------------------


def pending_orgs(*names: str) -> list[User]:
    members = []
    for i, name in enumerate(names):
        member = f.supplier(organization=f.OrganizationFactory(kind="supplier", name=name))
        with time_machine.travel(dt.datetime(2026, 1, 1 + i, tzinfo=dt.UTC), tick=False):
            with_document(member, content=png_bytes(color=(i, 10, 10)), name=f"{name}.png")
        members.append(member)
    return members


def test_queue_lists_pending_organizations_oldest_first_with_document_hashes() -> None:
    older, _newer = pending_orgs("Older Trading Co", "Newer Trading Co")
    html = client_for(f.officer()).get("/account/verification/").content.decode()
    assert html.index("Older Trading Co") < html.index("Newer Trading Co")
    doc = OrganizationDocument.objects.get(organization=older.organization)
    assert doc.file.sha256 in html
    assert f"/files/{doc.file_id}/download/" in html  # the file card


def test_officer_approves_with_a_reason() -> None:
    (member,) = pending_orgs("Bright Co")
    officer = f.officer()
    response = client_for(officer).post(
        f"/account/verification/{member.organization_id}/decide/",
        {"decision": "approve", "reason": "Licence matches the registry."},
        follow=True,
    )
    assert "Bright Co is verified." in response.content.decode()
    org = Organization.objects.get(pk=member.organization_id)
    assert org.verification_status == VerificationStatus.VERIFIED
    assert org.verification_reason == "Licence matches the registry."
    assert org.verification_decided_by == officer
    # The member sees the decision and its reason.
    mine = client_for(member).get("/account/organization/").content.decode()
    assert "Licence matches the registry." in mine


def test_officer_rejects_and_a_missing_reason_is_refused_next_to_the_field() -> None:
    (member,) = pending_orgs("Shady Co")
    client = client_for(f.officer())
    url = f"/account/verification/{member.organization_id}/decide/"
    refused = client.post(url, {"decision": "reject", "reason": "  "})
    assert refused.status_code == 422
    assert "Say what you checked and why you decided so." in refused.content.decode()
    org = Organization.objects.get(pk=member.organization_id)
    assert org.verification_status == VerificationStatus.PENDING

    client.post(url, {"decision": "reject", "reason": "Licence number does not exist."})
    org.refresh_from_db()
    assert org.verification_status == VerificationStatus.REJECTED
    html = client_for(member).get("/account/organization/").content.decode()
    assert "Verification rejected" in html
    assert "Licence number does not exist." in html


def test_htmx_decisions_answer_with_the_queue_item_fragment() -> None:
    (member,) = pending_orgs("Fragment Co")
    client = client_for(f.officer())
    url = f"/account/verification/{member.organization_id}/decide/"
    headers = {"HX-Request": "true"}
    error = client.post(url, {"decision": "approve", "reason": ""}, headers=headers)
    assert error.status_code == 200
    body = error.content.decode()
    assert "<html" not in body
    assert f'id="org-{member.organization_id}"' in body
    assert "Say what you checked" in body

    done = client.post(url, {"decision": "approve", "reason": "OK."}, headers=headers)
    assert "<html" not in done.content.decode()
    assert "Fragment Co</strong> is verified" in done.content.decode()


def test_deciding_twice_is_explained() -> None:
    (member,) = pending_orgs("Twice Co")
    client = client_for(f.officer())
    url = f"/account/verification/{member.organization_id}/decide/"
    client.post(url, {"decision": "approve", "reason": "Fine."})
    again = client.post(url, {"decision": "reject", "reason": "Changed my mind."}, follow=True)
    assert "Twice Co: This organization is verified, not pending review." in again.content.decode()
    fragment = client.post(
        url, {"decision": "reject", "reason": "Again."}, headers={"HX-Request": "true"}
    )
    assert "not pending review" in fragment.content.decode()
    org = Organization.objects.get(pk=member.organization_id)
    assert org.verification_status == VerificationStatus.VERIFIED


@pytest.mark.parametrize("make", [f.buyer, f.supplier, f.rights_holder, f.inspector])
def test_only_officers_see_the_queue_and_decide(make: Any) -> None:
    (member,) = pending_orgs("Waiting Co")
    client = client_for(make())
    assert client.get("/account/verification/").status_code == 403
    response = client.post(
        f"/account/verification/{member.organization_id}/decide/",
        {"decision": "approve", "reason": "I approve myself"},
    )
    assert response.status_code == 403
    org = Organization.objects.get(pk=member.organization_id)
    assert org.verification_status == VerificationStatus.PENDING


def test_recent_decisions_name_their_columns_for_a_phone() -> None:
    """On a phone the recent decisions turn into one block per organization
    (.table-stack): each cell names its column (decision, reason, by, when)."""
    (member,) = pending_orgs("Bright Co")
    officer = f.officer()
    client = client_for(officer)
    client.post(
        f"/account/verification/{member.organization_id}/decide/",
        {"decision": "approve", "reason": "Licence matches the registry."},
    )
    html = client.get("/account/verification/").content.decode()
    start = html.index(f'href="/account/organizations/{member.organization_id}/"')
    assert '<table class="table table-stack">' in html[:start]
    row = html[start : html.index("</tr>", start)]
    for column in ("Decision", "Reason", "By", "When"):
        assert f'data-label="{column}"' in row
