"""Confirming an image match prepares a complaint with the record the monitored image
belongs to, and refuses a listing already named in an open complaint (issue 11)."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from tradeguard.accounts.tests.factories import officer
from tradeguard.common.errors import ApplicationError
from tradeguard.common.testing import ApiClient
from tradeguard.ip.models import ComplaintDraft, IpRecord
from tradeguard.ip.tests import factories as ipf
from tradeguard.monitoring import services
from tradeguard.monitoring.enums import MatchStatus, MonitoringErrorCode
from tradeguard.monitoring.models import Match
from tradeguard.monitoring.tests import factories as f

pytestmark = pytest.mark.django_db


def _photo_record(holder: Any, seed: int, title: str) -> IpRecord:
    return ipf.record(
        holder,
        kind="copyright",
        title=title,
        images=[f.upload(f.encode(f.product_photo(seed)), f"photo-{seed}.jpg")],
    )


@pytest.fixture
def copied(django_capture_on_commit_callbacks: Any) -> dict[str, Any]:
    """A rights holder with three records (a trademark, a copyright record of another
    photo created last, and the copyright record of the copied photo) and a supplier
    listing that copies the photo."""
    holder = ipf.rights_holder()
    with django_capture_on_commit_callbacks(execute=True):
        ipf.record(holder, kind="trademark")
        photo_record = _photo_record(holder, 611, "Lamp photographs 2024")
        other = _photo_record(holder, 612, "Bottle photographs 2025")
    seller = ipf.supplier()
    with django_capture_on_commit_callbacks(execute=True):
        listing, _ = f.listing_with_image(
            f.watermarked_copy(f.product_photo(611), "COPY SHOP"), seller
        )
    match = Match.objects.get(listing=listing)
    return {
        "holder": holder,
        "record": photo_record,
        "other": other,
        "seller": seller,
        "listing": listing,
        "match": match,
    }


def test_the_draft_names_the_record_the_monitored_image_belongs_to(copied: dict[str, Any]):
    match = copied["match"]
    assert match.monitored_image.ip_record_id == copied["record"].pk
    draft = services.matches_confirm(actor=copied["holder"], matches=[match])
    assert draft.record == copied["record"]  # not the newer "Bottle" record
    page = Client()
    page.force_login(copied["holder"])
    html = page.get(f"/ip/complaints/new/?draft={draft.pk}").content.decode()
    assert f'<option value="{copied["record"].pk}" selected>' in html
    assert "the copyright record the matched photo belongs to" in html
    portal = page.get("/ip/").content.decode()  # the draft waits there until it is filed
    assert "Complaints ready to file" in portal
    assert f"/ip/complaints/new/?draft={draft.pk}" in portal
    # Should the record expire before the draft is filed, the form says so, not pre-fills.
    IpRecord.objects.filter(pk=copied["record"].pk).update(valid_until="2000-01-01")
    html = page.get(f"/ip/complaints/new/?draft={draft.pk}").content.decode()
    assert "can no longer back a complaint" in html
    assert '<option value="" selected>Choose a record…</option>' in html


def test_an_expired_record_gives_way_to_another_record_of_the_same_photo(
    copied: dict[str, Any], django_capture_on_commit_callbacks: Any
):
    holder = copied["holder"]
    IpRecord.objects.filter(pk=copied["record"].pk).update(valid_until="2000-01-01")
    with django_capture_on_commit_callbacks(execute=True):
        renewed = _photo_record(holder, 611, "Lamp photographs, renewed")
    draft = services.matches_confirm(actor=holder, matches=[copied["match"]])
    assert draft.record == renewed


def test_a_watch_set_photo_leaves_the_record_to_the_rights_holder(
    django_capture_on_commit_callbacks: Any,
):
    holder = ipf.rights_holder()
    with django_capture_on_commit_callbacks(execute=True):
        _photo_record(holder, 621, "Some other photographs")  # the only copyright record
        # a photo whose copy the engine matches on the object (seed 622's copy matched on
        # its hash alone, under the complaint threshold)
        f.monitored(holder, seed=623, label="Website hero shot", watch_set_name="Website")
    with django_capture_on_commit_callbacks(execute=True):
        f.listing_with_image(f.watermarked_copy(f.product_photo(623), "COPY"), ipf.supplier())
    draft = services.matches_confirm(actor=holder, matches=list(Match.objects.all()))
    assert draft.record is None
    page = Client()
    page.force_login(holder)
    html = page.get(f"/ip/complaints/new/?draft={draft.pk}").content.decode()
    assert '<option value="" selected>Choose a record…</option>' in html
    assert "not part of an approved copyright record" in html


def test_a_listing_already_in_an_open_complaint_is_not_confirmed_again(copied: dict[str, Any]):
    holder, match = copied["holder"], copied["match"]
    complaint = ipf.complaint(holder, copied["record"], [copied["listing"]])
    with pytest.raises(ApplicationError) as refused:
        services.matches_confirm(actor=holder, matches=[match])
    assert refused.value.code == MonitoringErrorCode.ALREADY_IN_COMPLAINT
    assert refused.value.status == 409
    assert f"#{complaint.pk}" in refused.value.message

    api = ApiClient(holder)
    response = api.post(f"images/matches/{match.pk}/confirm")
    assert response.status_code == 409
    assert response.json()["code"] == "monitoring_already_in_complaint"
    group = api.post(f"images/groups/{match.group_id}/confirm")
    assert group.status_code == 409
    match.refresh_from_db()
    assert match.status == MatchStatus.NEW
    assert not ComplaintDraft.objects.exists()


def test_the_group_page_explains_instead_of_offering_confirmation(copied: dict[str, Any]):
    holder, match = copied["holder"], copied["match"]
    complaint = ipf.complaint(holder, copied["record"], [copied["listing"]])
    page = Client()
    page.force_login(holder)
    html = page.get(f"/images/groups/{match.group_id}/").content.decode()
    assert f"Already named in your complaint #{complaint.pk}" in html
    item = complaint.items.get()
    assert f'href="/ip/items/{item.pk}/"' in html
    assert "Confirm selected" not in html  # nothing left that can be confirmed
    assert "Dismiss selected" in html
    # an officer reads whose complaint it is, and no invitation to dismiss
    staff = Client()
    staff.force_login(officer())
    seen = staff.get(f"/images/groups/{match.group_id}/").content.decode()
    assert f"Already named in the rights holder's complaint #{complaint.pk}" in seen
    assert "your complaint" not in seen
    # Ticking it anyway is refused with the reason, nothing written.
    refused = page.post(
        f"/images/groups/{match.group_id}/review/",
        {"action": "confirm", "match_ids": [match.pk], "note": ""},
    )
    assert refused.status_code == 200
    assert "Already named in your open complaints" in refused.content.decode()
    match.refresh_from_db()
    assert match.status == MatchStatus.NEW


def test_a_closed_complaint_does_not_block_a_new_confirmation(copied: dict[str, Any]):
    from tradeguard.ip.services import complaint_withdraw

    holder = copied["holder"]
    complaint = ipf.complaint(holder, copied["record"], [copied["listing"]])
    complaint_withdraw(actor=holder, complaint=complaint)
    draft = services.matches_confirm(actor=holder, matches=[copied["match"]])
    assert draft.listings == [copied["listing"].marketplace_url]
