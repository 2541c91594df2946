"""The monitoring API: registration, the queue, review actions and who sees what."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tradeguard.accounts.tests.factories import buyer, officer, rights_holder, supplier
from tradeguard.common.testing import ApiClient
from tradeguard.ip.enums import ComplaintReason
from tradeguard.ip.models import ComplaintDraft
from tradeguard.monitoring.enums import MonitoringErrorCode
from tradeguard.monitoring.models import Match, MonitoredImage
from tradeguard.monitoring.tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def on_commit(django_capture_on_commit_callbacks: Any) -> Any:
    return lambda: django_capture_on_commit_callbacks(execute=True)


def _upload(seed: int) -> SimpleUploadedFile:
    return SimpleUploadedFile(
        f"shot-{seed}.jpg", f.encode(f.product_photo(seed)), content_type="image/jpeg"
    )


@pytest.fixture
def world(on_commit: Any) -> dict[str, Any]:
    """A rights holder with one protected photo copied on two listings of one supplier
    and one of another, plus an unrelated listing."""
    owner = rights_holder()
    with on_commit():
        protected = f.monitored(owner, seed=201, label="Kettle hero shot")
    copier, other = supplier(), supplier()
    with on_commit():
        a, _ = f.listing_with_image(f.watermarked_copy(f.product_photo(201), "COPIER A"), copier)
        b, _ = f.listing_with_image(
            f.watermarked_copy(f.product_photo(201), "COPIER B", keep=0.9), copier
        )
        c, _ = f.listing_with_image(f.product_photo(201).resize((300, 300)), other)
        f.listing_with_image(f.product_photo(202), other)
    return {
        "owner": owner,
        "protected": protected,
        "copier": copier,
        "other": other,
        "listings": (a, b, c),
    }


def test_register_a_monitored_image_and_follow_its_scan(on_commit: Any) -> None:
    seller = supplier()
    with on_commit():
        listing, _ = f.listing_with_image(f.watermarked_copy(f.product_photo(211), "ACME"), seller)
    api = ApiClient(rights_holder())
    with on_commit():
        response = api.upload(
            "images/monitored",
            {"file": _upload(211), "label": "Blender", "watch_set_name": "Website 2025"},
        )
    assert response.status_code == 201, response.json()
    body = response.json()
    assert (body["label"], body["source"], body["status"]) == ("Blender", "watch_set", "active")
    assert body["watch_set_name"] == "Website 2025"
    scan = api.get(f"images/scans/{body['latest_scan']['id']}").json()
    assert (scan["status"], scan["done"], scan["total"], scan["found"]) == ("done", 1, 1, 1)
    listed = api.get("images/monitored").json()
    assert listed["count"] == 1
    assert listed["items"][0]["new_matches"] == 1
    matches = api.get("images/matches").json()["items"]
    assert [m["listing_id"] for m in matches] == [listing.pk]
    assert api.get(matches[0]["listing_file_url"]).status_code == 200
    assert api.get(body["file_url"]).status_code == 200


def test_registering_the_same_image_twice_is_a_conflict(on_commit: Any) -> None:
    api = ApiClient(rights_holder())
    with on_commit():
        assert api.upload("images/monitored", {"file": _upload(221)}).status_code == 201
    again = api.upload("images/monitored", {"file": _upload(221)})
    assert again.status_code == 409
    assert again.json()["code"] == MonitoringErrorCode.ALREADY_MONITORED
    assert "file" in again.json()["fields"]
    assert MonitoredImage.objects.count() == 1


def test_a_file_that_is_not_an_image_is_refused_and_nothing_is_written() -> None:
    api = ApiClient(rights_holder())
    bad = SimpleUploadedFile("notes.txt", b"just some text", content_type="text/plain")
    response = api.upload("images/monitored", {"file": bad, "label": "x"})
    assert response.status_code == 422
    assert "file" in response.json()["fields"]
    assert not MonitoredImage.objects.exists()


@pytest.mark.parametrize("make", [supplier, buyer, officer])
def test_only_rights_holders_register_images(make: Any) -> None:
    response = ApiClient(make()).upload("images/monitored", {"file": _upload(231)})
    assert response.status_code == 403
    assert not MonitoredImage.objects.exists()


def test_matches_list_filters_and_the_grouped_view(world: dict[str, Any]) -> None:
    api = ApiClient(world["owner"])
    everything = api.get("images/matches").json()
    assert everything["count"] == 3
    by_copier = api.get("images/matches", {"supplier_id": world["copier"].organization_id})
    assert {m["listing_id"] for m in by_copier.json()["items"]} == {
        world["listings"][0].pk,
        world["listings"][1].pk,
    }
    assert api.get("images/matches", {"status": "dismissed"}).json()["count"] == 0
    assert (
        api.get("images/matches", {"monitored_image_id": world["protected"].pk}).json()["count"]
        == 3
    )
    groups = api.get("images/groups").json()["items"]
    assert sorted((g["supplier_id"], g["new_count"]) for g in groups) == sorted(
        [(world["copier"].organization_id, 2), (world["other"].organization_id, 1)]
    )
    bad = api.get("images/matches", {"status": "maybe"})
    assert bad.status_code == 422
    assert "status" in bad.json()["fields"]


def test_confirm_prefills_an_image_copy_complaint_for_the_selected_listings(
    world: dict[str, Any],
) -> None:
    api = ApiClient(world["owner"])
    group = next(
        g
        for g in api.get("images/groups").json()["items"]
        if g["supplier_id"] == world["copier"].organization_id
    )
    first = Match.objects.get(listing=world["listings"][0])
    response = api.post(f"images/groups/{group['id']}/confirm", {"match_ids": [first.pk]})
    assert response.status_code == 200, response.json()
    body = response.json()
    draft = ComplaintDraft.objects.get(pk=body["draft_id"])
    assert draft.reason == ComplaintReason.IMAGE_COPY
    assert draft.rights_holder == world["owner"].organization
    assert draft.listings == [world["listings"][0].marketplace_url]
    assert draft.source == "image_monitoring"
    assert draft.source_ref["matches"] == [first.pk]
    assert body["complaint_form_url"].endswith(f"?draft={draft.pk}")
    assert [m["status"] for m in body["matches"]] == ["confirmed"]
    assert api.get(f"images/groups/{group['id']}").json()["new_count"] == 1
    again = api.post(f"images/matches/{first.pk}/confirm")
    assert again.status_code == 409
    assert again.json()["code"] == MonitoringErrorCode.INVALID_TRANSITION


def test_confirm_a_whole_group_names_every_listing(world: dict[str, Any]) -> None:
    api = ApiClient(world["owner"])
    group = Match.objects.filter(supplier=world["copier"].organization).first().group  # type: ignore[union-attr]
    body = api.post(f"images/groups/{group.pk}/confirm").json()
    draft = ComplaintDraft.objects.get(pk=body["draft_id"])
    assert set(draft.listings) == {x.marketplace_url for x in world["listings"][:2]}


def test_dismiss_a_match_and_a_group(world: dict[str, Any]) -> None:
    api = ApiClient(world["owner"])
    single = Match.objects.get(listing=world["listings"][2])
    response = api.post(f"images/matches/{single.pk}/dismiss", {"note": "Licensed reseller"})
    assert response.status_code == 200
    assert (response.json()["status"], response.json()["decision_note"]) == (
        "dismissed",
        "Licensed reseller",
    )
    group = Match.objects.filter(supplier=world["copier"].organization).first().group  # type: ignore[union-attr]
    dismissed = api.post(f"images/groups/{group.pk}/dismiss").json()
    assert [m["status"] for m in dismissed] == ["dismissed", "dismissed"]
    assert api.get("images/groups").json()["count"] == 0
    assert api.get("images/groups", {"status": "all"}).json()["count"] == 2


def test_a_group_action_on_a_match_of_another_group_is_404(world: dict[str, Any]) -> None:
    api = ApiClient(world["owner"])
    group = Match.objects.get(listing=world["listings"][2]).group
    foreign = Match.objects.get(listing=world["listings"][0])
    response = api.post(f"images/groups/{group.pk}/dismiss", {"match_ids": [foreign.pk]})
    assert response.status_code == 404
    assert Match.objects.filter(status="new").count() == 3


def test_authorize_a_supplier_closes_its_matches(world: dict[str, Any]) -> None:
    api = ApiClient(world["owner"])
    response = api.post(
        "images/authorizations",
        {"supplier_id": world["other"].organization_id, "note": "Our manufacturer"},
    )
    assert response.status_code == 201, response.json()
    assert response.json()["active"] is True
    assert Match.objects.get(listing=world["listings"][2]).status == "authorized"
    twice = api.post("images/authorizations", {"supplier_id": world["other"].organization_id})
    assert twice.status_code == 409
    not_supplier = api.post(
        "images/authorizations", {"supplier_id": world["owner"].organization_id}
    )
    assert not_supplier.status_code == 422
    assert "supplier_id" in not_supplier.json()["fields"]
    grant = response.json()["id"]
    revoked = api.post(f"images/authorizations/{grant}/revoke")
    assert revoked.status_code == 200
    assert revoked.json()["active"] is False
    assert Match.objects.get(listing=world["listings"][2]).status == "new"


def test_another_rights_holder_sees_nothing_and_gets_404(world: dict[str, Any]) -> None:
    api = ApiClient(rights_holder())
    match = Match.objects.first()
    assert match is not None
    assert api.get("images/matches").json()["count"] == 0
    assert api.get("images/groups").json()["count"] == 0
    assert api.get("images/monitored").json()["count"] == 0
    assert api.get(f"images/matches/{match.pk}").status_code == 404
    assert api.post(f"images/matches/{match.pk}/confirm").status_code == 404
    assert api.post(f"images/matches/{match.pk}/dismiss").status_code == 404
    assert api.post(f"images/groups/{match.group_id}/dismiss").status_code == 404
    assert api.get(f"images/monitored/{world['protected'].pk}").status_code == 404
    assert api.get(f"images/monitored/{world['protected'].pk}/file").status_code == 404
    assert api.get(f"images/matches/{match.pk}/listing-file").status_code == 404
    scan = world["protected"].scans.first()
    assert api.get(f"images/scans/{scan.pk}").status_code == 404
    assert Match.objects.filter(status="new").count() == 3


def test_suppliers_never_see_matches_even_their_own(world: dict[str, Any]) -> None:
    api = ApiClient(world["copier"])
    match = Match.objects.filter(supplier=world["copier"].organization).first()
    assert match is not None
    assert api.get("images/matches").json()["count"] == 0
    assert api.get(f"images/matches/{match.pk}").status_code == 404
    assert api.get(f"images/groups/{match.group_id}").status_code == 404


def test_officers_see_all_but_do_not_decide(world: dict[str, Any]) -> None:
    api = ApiClient(officer())
    assert api.get("images/matches").json()["count"] == 3
    assert api.get("images/monitored").json()["count"] == 1
    match = Match.objects.first()
    assert match is not None
    response = api.post(f"images/matches/{match.pk}/dismiss")
    assert response.status_code == 403
    assert Match.objects.get(pk=match.pk).status == "new"


def test_list_endpoints_do_not_query_per_row(
    world: dict[str, Any], django_assert_max_num_queries: Any
) -> None:
    api = ApiClient(world["owner"])
    for path in ("images/matches", "images/groups", "images/monitored", "images/authorizations"):
        api.get(path)  # warm the token and content-type caches
        with django_assert_max_num_queries(8):
            response = api.get(path)
        assert response.status_code == 200


def test_archive_and_restore_through_the_api(world: dict[str, Any], on_commit: Any) -> None:
    api = ApiClient(world["owner"])
    pk = world["protected"].pk
    assert api.post(f"images/monitored/{pk}/archive").json()["status"] == "archived"
    assert api.post(f"images/monitored/{pk}/archive").status_code == 409
    with on_commit():
        restored = api.post(f"images/monitored/{pk}/restore").json()
    assert restored["status"] == "active"
    assert restored["latest_scan"]["status"] == "queued"
    assert api.get(f"images/scans/{restored['latest_scan']['id']}").json()["status"] == "done"


def test_an_agent_with_an_approved_letter_works_for_its_principal(on_commit: Any) -> None:
    import datetime as dt

    from tradeguard.accounts.enums import Role
    from tradeguard.common import clock
    from tradeguard.ip.services import agent_authorization_decide, agent_authorization_submit
    from tradeguard.ip.tests import factories as ipf

    principal = ipf.rights_holder()
    agent = ipf.rights_holder(role=Role.AGENT, name="Brand Watch Agency")
    api = ApiClient(agent)
    owner_id = principal.organization_id
    refused = api.upload("images/monitored", {"file": _upload(241), "owner_id": owner_id})
    assert refused.status_code == 404
    letter = agent_authorization_submit(
        actor=agent,
        principal=principal.organization,
        letter=ipf.pdf("loa.pdf"),
        valid_until=clock.now().date() + dt.timedelta(days=365),
    )
    agent_authorization_decide(actor=officer(), authorization=letter, approve=True, reason="ok")
    with on_commit():
        created = api.upload("images/monitored", {"file": _upload(241), "owner_id": owner_id})
    assert created.status_code == 201, created.json()
    assert created.json()["owner_id"] == owner_id
    assert ApiClient(principal).get("images/monitored").json()["count"] == 1
