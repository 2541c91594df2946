"""The review queue, side-by-side page, monitored images and digest, as users see them."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from tradeguard.accounts.tests.factories import officer, rights_holder, supplier
from tradeguard.common import clock
from tradeguard.common.timers import run_due
from tradeguard.ip.models import ComplaintDraft
from tradeguard.monitoring.models import Match, MonitoredImage
from tradeguard.monitoring.tests import factories as f
from tradeguard.notifications.models import Notification, WebhookDelivery
from tradeguard.notifications.webhooks import webhook_endpoint_create

pytestmark = pytest.mark.django_db


def browser(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def on_commit(django_capture_on_commit_callbacks: Any) -> Any:
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def found(on_commit: Any) -> dict[str, Any]:
    owner = rights_holder()
    with on_commit():
        protected = f.monitored(owner, seed=401, label="Lamp catalogue shot")
    seller = supplier()
    with on_commit():
        listing, _ = f.listing_with_image(
            f.watermarked_copy(f.product_photo(401), "SHENZHEN COPY"), seller
        )
    return {"owner": owner, "protected": protected, "seller": seller, "listing": listing}


def test_the_queue_shows_the_group_and_the_side_by_side_outlines_the_region(
    found: dict[str, Any],
) -> None:
    client = browser(found["owner"])
    page = client.get("/images/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "Lamp catalogue shot" in html
    assert found["seller"].organization.name in html
    match = Match.objects.get()
    group = client.get(f"/images/groups/{match.group_id}/")
    html = group.content.decode()
    assert group.status_code == 200
    assert html.count("<svg") == 2
    assert html.count("<rect") == 2
    assert f"/images/matches/{match.pk}/image/" in html
    assert f"/images/monitored/{found['protected'].pk}/image/" in html
    assert "Your move" in html
    image = client.get(f"/images/matches/{match.pk}/image/")
    assert image.status_code == 200
    assert image["Content-Type"] == "image/jpeg"


def test_confirm_from_the_page_opens_the_prefilled_complaint_form(found: dict[str, Any]) -> None:
    client = browser(found["owner"])
    match = Match.objects.get()
    response = client.post(
        f"/images/groups/{match.group_id}/review/",
        {"action": "confirm", "match_ids": [match.pk], "note": ""},
    )
    draft = ComplaintDraft.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/ip/complaints/new/?draft={draft.pk}"
    form = client.get(response["Location"])
    assert form.status_code == 200
    # The listing comes picked, with its picture, ready to sign.
    page = form.content.decode()
    assert f'name="picked" value="{found["listing"].pk}"' in page
    assert found["listing"].title in page
    assert Match.objects.get().status == "confirmed"


def test_confirm_without_selection_shows_the_error(found: dict[str, Any]) -> None:
    client = browser(found["owner"])
    match = Match.objects.get()
    response = client.post(f"/images/groups/{match.group_id}/review/", {"action": "dismiss"})
    assert response.status_code == 200
    assert "Select at least one match" in response.content.decode()
    assert Match.objects.get().status == "new"


def test_dismiss_and_authorize_from_the_page(found: dict[str, Any]) -> None:
    client = browser(found["owner"])
    match = Match.objects.get()
    url = f"/images/groups/{match.group_id}/review/"
    assert client.post(url, {"action": "dismiss", "match_ids": [match.pk]}).status_code == 302
    assert Match.objects.get().status == "dismissed"
    assert client.post(url, {"action": "authorize", "note": "Reseller"}).status_code == 302
    page = client.get("/images/authorizations/").content.decode()
    assert found["seller"].organization.name in page
    assert "Reseller" in page


def test_foreign_rights_holders_and_suppliers_get_404(found: dict[str, Any]) -> None:
    match = Match.objects.get()
    stranger = browser(rights_holder())
    for url in (
        f"/images/groups/{match.group_id}/",
        f"/images/matches/{match.pk}/image/",
        f"/images/monitored/{found['protected'].pk}/",
        f"/images/monitored/{found['protected'].pk}/image/",
    ):
        assert stranger.get(url).status_code == 404, url
    assert (
        stranger.post(
            f"/images/groups/{match.group_id}/review/",
            {"action": "dismiss", "match_ids": [match.pk]},
        ).status_code
        == 404
    )
    seller = browser(found["seller"])
    assert seller.get("/images/").status_code == 403
    assert seller.get(f"/images/matches/{match.pk}/image/").status_code == 404


def test_officers_can_look_but_not_review(found: dict[str, Any]) -> None:
    client = browser(officer())
    match = Match.objects.get()
    page = client.get(f"/images/groups/{match.group_id}/").content.decode()
    assert "reviews them" in page
    assert 'value="confirm"' not in page


def test_only_the_owner_gets_a_link_to_the_complaint_draft(found: dict[str, Any]) -> None:
    """The draft is the rights holder's: an officer sees that one exists, with no link
    that would answer 404 (found by the demo crawl, web/tests/test_crawl.py)."""
    owner = browser(found["owner"])
    match = Match.objects.get()
    owner.post(
        f"/images/groups/{match.group_id}/review/",
        {"action": "confirm", "match_ids": [match.pk], "note": ""},
    )
    draft_url = f"/ip/complaints/new/?draft={ComplaintDraft.objects.get().pk}"
    pages = ("/images/?status=confirmed", f"/images/groups/{match.group_id}/")
    for url in pages:
        assert draft_url in owner.get(url).content.decode(), url
    assert owner.get(draft_url).status_code == 200
    staff = browser(officer())
    for url in pages:
        html = staff.get(url).content.decode()
        assert "/ip/complaints/new/" not in html, url
        assert "complaint draft prepared" in html, url
    assert staff.get(draft_url).status_code == 404


def test_monitor_an_image_from_the_page_and_watch_the_scan(on_commit: Any) -> None:
    client = browser(rights_holder())
    upload = SimpleUploadedFile("kettle.jpg", f.encode(f.product_photo(411)), "image/jpeg")
    with on_commit():
        response = client.post(
            "/images/monitored/", {"file": upload, "label": "Kettle", "watch_set_name": "Web"}
        )
    image = MonitoredImage.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/images/monitored/{image.pk}/"
    detail = client.get(response["Location"]).content.decode()
    assert "Kettle" in detail
    assert "Scan done" in detail
    assert "local features" in detail
    scan = image.scans.get()
    partial = client.get(f"/images/scans/{scan.pk}/").content.decode()
    assert "hx-get" not in partial  # done: htmx stops polling
    listing = client.get("/images/monitored/").content.decode()
    assert "Kettle" in listing


def test_a_running_scan_polls_its_progress(found: dict[str, Any]) -> None:
    image = f.monitored(found["owner"], seed=421)  # on-commit not run: still queued
    scan = image.scans.get()
    partial = browser(found["owner"]).get(f"/images/scans/{scan.pk}/").content.decode()
    assert "hx-get" in partial
    assert "<progress" in partial


def test_copyright_record_images_are_offered_and_monitored(on_commit: Any) -> None:
    from tradeguard.ip.tests.factories import record
    from tradeguard.ip.tests.factories import rights_holder as verified_holder

    owner = verified_holder()
    rec = record(owner, kind="copyright")
    client = browser(owner)
    assert "not monitored yet" in client.get("/images/").content.decode()
    with on_commit():
        assert client.post("/images/monitored/sync/").status_code == 302
    image = MonitoredImage.objects.get()
    assert (image.source, image.ip_record) == ("ip_record", rec)
    assert "not monitored yet" not in client.get("/images/").content.decode()


def test_dashboard_panel_lists_groups_to_review(found: dict[str, Any]) -> None:
    page = browser(found["owner"]).get("/dashboard/").content.decode()
    assert "Image monitoring" in page
    assert "Lamp catalogue shot" in page


def test_the_daily_digest_reports_new_matches_once(found: dict[str, Any], on_commit: Any) -> None:
    webhook_endpoint_create(url="https://market.example/hooks", secret="s", events=[])
    with on_commit():
        f.listing_with_image(
            f.watermarked_copy(f.product_photo(401), "SECOND COPY", keep=0.9), found["seller"]
        )
    assert WebhookDelivery.objects.filter(event="imagematch.match.found").count() == 1
    later = clock.now() + dt.timedelta(days=1, hours=1)
    run_due(later)
    notes = Notification.objects.filter(recipient=found["owner"], kind="monitoring.digest")
    assert notes.count() == 1
    assert "2 new image match" in notes.get().subject
    assert not Match.objects.filter(notified_at__isnull=True).exists()
    run_due(later + dt.timedelta(days=2))
    assert notes.count() == 1


@pytest.mark.parametrize("status", ["new", "confirmed", "dismissed", "authorized"])
def test_every_queue_tab_renders_for_owner_and_officer(
    found: dict[str, Any], status: str, django_assert_max_num_queries: Any
) -> None:
    match = Match.objects.get()
    if status != "new":
        from tradeguard.monitoring import services

        services.match_transition(actor=found["owner"], match=match, to=status)
    for user in (found["owner"], officer()):
        client = browser(user)
        client.get(f"/images/?status={status}")
        with django_assert_max_num_queries(25):
            page = client.get(f"/images/?status={status}")
        assert page.status_code == 200
        assert found["listing"].title in page.content.decode() or status == "new"
    for url in ("/images/monitored/", "/images/authorizations/"):
        assert browser(officer()).get(url).status_code == 200


def _row(page: str, anchor: str) -> str:
    """The row holding `anchor`, in a table that stacks on a phone (.table-stack)."""
    start = page.index(anchor)
    assert '<table class="table table-stack">' in page[:start]
    return page[start : page.index("</tr>", start)]


def test_decided_monitored_and_authorized_rows_name_their_columns_for_a_phone(
    found: dict[str, Any],
) -> None:
    """On a phone these tables turn into one block per row: every cell but the title
    carries its column's name, so score, status and scan stay readable."""
    client = browser(found["owner"])
    match = Match.objects.get()
    url = f"/images/groups/{match.group_id}/review/"
    assert client.post(url, {"action": "confirm", "match_ids": [match.pk]}).status_code == 302
    decided = _row(
        client.get("/images/?status=confirmed").content.decode(),
        f'href="/images/groups/{match.group_id}/"',
    )
    for column in ("Listing", "Supplier", "Score", "Decided", "Note"):
        assert f'data-label="{column}"' in decided
    monitored = _row(
        client.get("/images/monitored/").content.decode(),
        f'href="/images/monitored/{found["protected"].pk}/"',
    )
    for column in ("Source", "Matches", "Scan"):
        assert f'data-label="{column}"' in monitored
    assert client.post(url, {"action": "authorize", "note": "Reseller"}).status_code == 302
    page = client.get("/images/authorizations/").content.decode()
    authorized = _row(page, f"<td>{found['seller'].organization.name}</td>")
    for column in ("Since", "Note", "Status"):
        assert f'data-label="{column}"' in authorized
