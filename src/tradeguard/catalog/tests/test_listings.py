"""Listings through the API and services: publishing, visibility, status, images."""

from __future__ import annotations

import datetime as dt
import io
import itertools

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile

from tradeguard.accounts.models import Organization
from tradeguard.accounts.tests.factories import (
    OrganizationFactory,
    buyer,
    inspector,
    officer,
    rights_holder,
    supplier,
)
from tradeguard.catalog import services
from tradeguard.catalog.enums import CatalogErrorCode, ListingStatus
from tradeguard.catalog.models import Listing, ListingImage
from tradeguard.catalog.policy import TRANSITIONS
from tradeguard.catalog.tests.factories import listing, listing_image
from tradeguard.common.errors import ApplicationError
from tradeguard.common.events import events_for
from tradeguard.common.testing import PDF_BYTES, ApiClient, jpeg_bytes, png_bytes
from tradeguard.common.timers import run_due
from tradeguard.evidence.enums import EvidenceErrorCode
from tradeguard.sanctions.policy import SANCTIONS_HIDDEN_PREFIX
from tradeguard.sanctions.services import points_award

pytestmark = pytest.mark.django_db
E = CatalogErrorCode
L = ListingStatus


def new_listing_body(**kw: object) -> dict[str, object]:
    return {
        "marketplace_url": "https://market.example.com/item/glass-plate-27",
        "title": "Tempered glass dinner plate, 27 cm",
        "attributes": {"Material": "Tempered soda-lime glass", "Diameter": "27 cm"},
        "disclosed_defects": "Tiny bubbles within 1 mm are normal.",
        **kw,
    }


# --- Publishing ------------------------------------------------------------------------


def test_supplier_publishes_for_its_own_organization() -> None:
    member = supplier()
    r = ApiClient(member).post("listings", new_listing_body())
    assert r.status_code == 201, r.json()
    data = r.json()
    assert data["supplier"]["id"] == member.organization_id
    assert data["status"] == "active"
    assert data["attributes"]["Diameter"] == "27 cm"
    assert [e.type for e in events_for(Listing.objects.get())] == ["listing.created"]


def test_officer_publishes_for_a_named_supplier() -> None:
    org = supplier().organization
    api = ApiClient(officer())
    r = api.post("listings", new_listing_body(supplier_id=org.pk))
    assert r.status_code == 201
    assert r.json()["supplier"]["id"] == org.pk
    r = api.post("listings", new_listing_body(marketplace_url="https://m.example.com/2"))
    assert r.status_code == 422
    assert "supplier_id" in r.json()["fields"]


def test_supplier_cannot_publish_for_another_supplier() -> None:
    other = supplier().organization
    r = ApiClient(supplier()).post("listings", new_listing_body(supplier_id=other.pk))
    assert r.status_code == 403
    assert not Listing.objects.exists()


@pytest.mark.parametrize("make_user", [buyer, rights_holder, inspector])
def test_other_roles_cannot_publish(make_user: object) -> None:
    r = ApiClient(make_user()).post("listings", new_listing_body())  # type: ignore[operator]
    assert r.status_code == 403
    assert not Listing.objects.exists()


def test_officer_cannot_publish_for_a_buyer_organization() -> None:
    org = OrganizationFactory(kind="buyer")
    with pytest.raises(ApplicationError) as exc:
        services.listing_create(
            actor=officer(), supplier=org, marketplace_url="https://a.example/1", title="x"
        )
    assert exc.value.code == E.NOT_A_SUPPLIER


@pytest.mark.parametrize(
    "url",
    ["ftp://market.example.com/1", "javascript:alert(1)", "market.example.com/1", "https://", ""],
)
def test_url_must_be_http(url: str) -> None:
    r = ApiClient(supplier()).post("listings", new_listing_body(marketplace_url=url))
    assert r.status_code == 422
    assert r.json()["code"] == E.INVALID_URL
    assert not Listing.objects.exists()


def test_url_is_unique() -> None:
    api = ApiClient(supplier())
    assert api.post("listings", new_listing_body()).status_code == 201
    r = ApiClient(supplier()).post("listings", new_listing_body(title="Copy"))
    assert r.status_code == 409
    assert r.json()["code"] == E.URL_TAKEN
    assert Listing.objects.count() == 1


def test_restricted_supplier_cannot_publish_or_unhide() -> None:
    from tradeguard.sanctions.services import points_award

    member = supplier()
    existing = listing(actor=member)
    points_award(
        supplier=member.organization,
        points=12,
        reason="Two serious disputes",
        source_type="dispute",
        source_id=1,
        actor=None,
        idempotency_key="catalog-restrict",
    )
    api = ApiClient(member)
    r = api.post("listings", new_listing_body())
    assert r.status_code == 403
    assert r.json()["code"] == E.SUPPLIER_RESTRICTED
    existing.refresh_from_db()
    if existing.status == L.ACTIVE:  # sanctions may already have hidden it
        services.listing_set_status(actor=member, listing=existing, status=L.HIDDEN)
    r = api.post(f"listings/{existing.pk}/status", {"status": "active"})
    assert r.status_code == 403
    assert r.json()["code"] == E.SUPPLIER_RESTRICTED


# --- Visibility -------------------------------------------------------------------------


def test_visibility_per_role() -> None:
    member = supplier()
    own_hidden = listing(actor=member)
    services.listing_set_status(actor=member, listing=own_hidden, status=L.HIDDEN)
    others_active = listing()
    others_hidden = listing()
    services.listing_set_status(actor=officer(), listing=others_hidden, status=L.HIDDEN)

    def ids(user: object) -> set[int]:
        return {item["id"] for item in ApiClient(user).get("listings").json()["items"]}

    assert ids(member) == {own_hidden.pk, others_active.pk}
    for viewer in (buyer(), rights_holder(), inspector()):
        assert ids(viewer) == {others_active.pk}
    assert ids(officer()) == {own_hidden.pk, others_active.pk, others_hidden.pk}
    assert ApiClient(member).get(f"listings/{others_hidden.pk}").status_code == 404


def test_removed_listing_is_invisible_to_buyers_but_shows_its_supplier_why() -> None:
    member = supplier()
    item = listing(actor=member)
    reason = "Counterfeit of a registered design (complaint IP-12)."
    services.listing_set_status(actor=officer(), listing=item, status=L.REMOVED, reason=reason)
    shopper = ApiClient(buyer())
    assert shopper.get(f"listings/{item.pk}").status_code == 404
    assert shopper.get("listings").json()["count"] == 0
    own = ApiClient(member).get(f"listings/{item.pk}").json()
    assert own["status"] == "removed"
    assert own["status_reason"] == reason


def test_list_filters_and_constant_queries(
    django_assert_max_num_queries: pytest.FixtureRequest,
) -> None:
    member = supplier()
    api = ApiClient(officer())
    listing(actor=member, title="Glass plate")
    with django_assert_max_num_queries(5) as few:  # type: ignore[operator]
        assert api.get("listings").json()["count"] == 1
    for _ in range(6):
        listing()
    with django_assert_max_num_queries(len(few.captured_queries)):  # type: ignore[operator]
        assert api.get("listings").json()["count"] == 7
    assert api.get("listings", {"supplier": member.organization_id}).json()["count"] == 1
    assert api.get("listings", {"q": "glass"}).json()["count"] == 1
    assert api.get("listings", {"status": "hidden"}).json()["count"] == 0


# --- Editing and status -------------------------------------------------------------------


def test_supplier_edits_its_listing_and_the_event_keeps_old_and_new() -> None:
    member = supplier()
    item = listing(actor=member)
    r = ApiClient(member).patch(f"listings/{item.pk}", {"title": "Bottle, 750 ml"})
    assert r.status_code == 200
    assert r.json()["title"] == "Bottle, 750 ml"
    event = events_for(item).last()
    assert event is not None
    assert event.type == "listing.updated"
    assert event.new == {"title": "Bottle, 750 ml"}
    # Another supplier sees the active listing but may not change it.
    assert ApiClient(supplier()).patch(f"listings/{item.pk}", {"title": "x"}).status_code == 403


def test_removed_listing_cannot_be_edited_by_its_supplier() -> None:
    member = supplier()
    item = listing(actor=member)
    services.listing_set_status(actor=member, listing=item, status=L.REMOVED, reason="Discontinued")
    r = ApiClient(member).patch(f"listings/{item.pk}", {"title": "Back again"})
    assert r.status_code == 409
    assert r.json()["code"] == E.LISTING_REMOVED


def test_removal_needs_a_reason() -> None:
    member = supplier()
    item = listing(actor=member)
    before = events_for(item).count()
    r = ApiClient(member).post(f"listings/{item.pk}/status", {"status": "removed"})
    assert r.status_code == 422
    assert r.json()["code"] == E.REASON_REQUIRED
    assert events_for(item).count() == before
    item.refresh_from_db()
    assert item.status == L.ACTIVE


PAIRS = list(itertools.product(L, L))


@pytest.mark.parametrize(("frm", "to"), PAIRS, ids=[f"{a}->{b}" for a, b in PAIRS])
@pytest.mark.parametrize("who", ["supplier", "officer"])
def test_every_status_pair(frm: ListingStatus, to: ListingStatus, who: str) -> None:
    member = supplier()
    item = listing(actor=member)
    if frm != L.ACTIVE:
        services.listing_set_status(actor=officer(), listing=item, status=frm, reason="setup")
    actor = member if who == "supplier" else officer()
    allowed = to in TRANSITIONS[frm] and not (
        who == "supplier" and (frm, to) in ((L.REMOVED, L.ACTIVE), (L.REMOVED, L.HIDDEN))
    )
    if allowed:
        moved = services.listing_set_status(actor=actor, listing=item, status=to, reason="because")
        assert moved.status == to
        assert events_for(item).last().new["status"] == to  # type: ignore[union-attr]
    else:
        with pytest.raises(ApplicationError) as exc:
            services.listing_set_status(actor=actor, listing=item, status=to, reason="because")
        assert exc.value.status in (403, 409)
        item.refresh_from_db()
        assert item.status == frm


_sanction_keys = itertools.count()


def _sanction(org: Organization, points: int) -> None:
    points_award(
        supplier=org,
        points=points,
        reason="Lost dispute #9",
        source_type="dispute",
        source_id=9,
        actor=None,
        idempotency_key=f"catalog-test-{next(_sanction_keys)}",
    )


def test_restoring_a_removed_listing_while_sanctions_hide_listings_restores_it_hidden() -> None:
    t0 = dt.datetime(2026, 3, 2, 9, tzinfo=dt.UTC)
    member = supplier()
    with time_machine.travel(t0 - dt.timedelta(days=2), tick=False):
        removed = listing(actor=member)
        shown = listing(actor=member)
        services.listing_set_status(
            actor=officer(), listing=removed, status=L.REMOVED, reason="IP complaint #3"
        )
    with time_machine.travel(t0, tick=False):
        _sanction(member.organization, 36)  # 21 days restricted, listings hidden
    with time_machine.travel(t0 + dt.timedelta(days=1), tick=False):
        # The IP restoration (the system) asks for active: it comes back hidden.
        restored = services.listing_set_status(
            actor=None, listing=removed, status=L.ACTIVE, reason="Restored: appeal upheld."
        )
    assert restored.status == L.HIDDEN
    assert restored.status_reason.startswith(SANCTIONS_HIDDEN_PREFIX)
    assert restored.status_reason.endswith("Restored: appeal upheld.")
    event = events_for(restored).last()
    assert event is not None
    assert (event.old["status"], event.new["status"]) == (L.REMOVED, L.HIDDEN)
    assert ApiClient(buyer()).get(f"listings/{removed.pk}").status_code == 404
    # When the restriction ends, it is shown again with the listings the sanctions hid.
    end = t0 + dt.timedelta(days=21)
    with time_machine.travel(end, tick=False):
        run_due(end)
    for item in (removed, shown):
        item.refresh_from_db()
        assert item.status == L.ACTIVE


def test_restoring_without_sanctions_makes_the_listing_active_again() -> None:
    member = supplier()
    item = listing(actor=member)
    services.listing_set_status(actor=officer(), listing=item, status=L.REMOVED, reason="IP")
    _sanction(member.organization, 12)  # restricted, but listings are not hidden
    restored = services.listing_set_status(actor=None, listing=item, status=L.ACTIVE)
    assert restored.status == L.ACTIVE


# --- Images -------------------------------------------------------------------------------


def test_supplier_uploads_images_and_anyone_who_sees_the_listing_gets_the_bytes() -> None:
    member = supplier()
    item = listing(actor=member)
    api = ApiClient(member)
    r = api.upload(
        f"listings/{item.pk}/images", {"file": SimpleUploadedFile("a.jpg", jpeg_bytes(64, 48))}
    )
    assert r.status_code == 201, r.json()
    image = r.json()
    assert (image["width"], image["height"], image["mime_type"]) == (64, 48, "image/jpeg")
    assert image["hash_status"] == "pending"
    shopper = ApiClient(buyer())
    detail = shopper.get(f"listings/{item.pk}").json()
    assert [i["sha256"] for i in detail["images"]] == [image["sha256"]]
    r = shopper.get(image["url"])
    assert r.status_code == 200
    assert r["Content-Type"] == "image/jpeg"
    assert b"".join(r.streaming_content) == jpeg_bytes(64, 48)
    services.listing_set_status(actor=member, listing=item, status=L.HIDDEN)
    assert shopper.get(image["url"]).status_code == 404


def test_only_images_are_accepted() -> None:
    member = supplier()
    item = listing(actor=member)
    r = ApiClient(member).upload(
        f"listings/{item.pk}/images", {"file": SimpleUploadedFile("x.png", PDF_BYTES)}
    )
    assert r.status_code == 422
    assert r.json()["code"] == EvidenceErrorCode.UNSUPPORTED_FILE_TYPE
    assert not ListingImage.objects.exists()


def test_same_image_twice_is_refused() -> None:
    member = supplier()
    item = listing(actor=member)
    listing_image(item, member)
    with pytest.raises(ApplicationError) as exc:
        listing_image(item, member)
    assert exc.value.code == E.DUPLICATE_IMAGE


def test_at_most_twenty_images(settings: pytest.FixtureRequest) -> None:
    settings.TRADEGUARD_POLICY = {"catalog": {"max_images": 2}}  # type: ignore[attr-defined]
    member = supplier()
    item = listing(actor=member)
    listing_image(item, member, color=(1, 2, 3))
    listing_image(item, member, color=(4, 5, 6))
    with pytest.raises(ApplicationError) as exc:
        listing_image(item, member, color=(7, 8, 9))
    assert exc.value.code == E.TOO_MANY_IMAGES
    assert item.images.count() == 2


def test_default_image_limit_is_twenty() -> None:
    from tradeguard.catalog.policy import DEFAULTS

    assert DEFAULTS["max_images"] == 20


def test_other_suppliers_cannot_add_images() -> None:
    item = listing()
    r = ApiClient(supplier()).upload(
        f"listings/{item.pk}/images", {"file": SimpleUploadedFile("a.png", png_bytes())}
    )
    assert r.status_code == 403  # the listing is active, so visible, but not theirs


def test_image_hooks_run_after_commit(
    django_capture_on_commit_callbacks: pytest.FixtureRequest,
) -> None:
    seen: list[int] = []

    def failing(image_id: int) -> None:
        raise RuntimeError("hasher down")

    services.IMAGE_ADDED_HOOKS.extend([failing, seen.append])
    try:
        member = supplier()
        item = listing(actor=member)
        with django_capture_on_commit_callbacks(execute=True):  # type: ignore[operator]
            image = services.listing_image_add(
                actor=member, listing=item, upload=io.BytesIO(png_bytes()), name="p.png"
            )
    finally:
        services.IMAGE_ADDED_HOOKS.remove(failing)
        services.IMAGE_ADDED_HOOKS.remove(seen.append)
    assert seen == [image.pk]


def test_buyer_still_sees_a_hidden_listing_it_ordered_from_but_not_a_removed_one() -> None:
    from tradeguard.orders.tests.factories import order

    member = supplier()
    ordered = listing(actor=member, title="Power bank 20000 mAh")
    me, stranger = buyer(), buyer()
    assert me.organization is not None
    order(buyer=me.organization, supplier=member.organization, listing=ordered)
    services.listing_set_status(
        actor=member, listing=ordered, status=L.HIDDEN, reason="Out of stock"
    )
    # What the buyer bought stays visible to it (it may cite the listing in a dispute) ...
    assert ApiClient(me).get(f"listings/{ordered.pk}").status_code == 200
    assert ApiClient(stranger).get(f"listings/{ordered.pk}").status_code == 404
    # ... but a removed listing disappears for every buyer.
    services.listing_set_status(
        actor=officer(), listing=ordered, status=L.REMOVED, reason="Takedown"
    )
    assert ApiClient(me).get(f"listings/{ordered.pk}").status_code == 404


def test_supplier_removes_an_image_and_can_bring_it_back(settings: pytest.FixtureRequest) -> None:
    settings.TRADEGUARD_POLICY = {"catalog": {"max_images": 2}}  # type: ignore[attr-defined]
    member = supplier()
    item = listing(actor=member)
    first = listing_image(item, member, color=(1, 2, 3))
    second = listing_image(item, member, color=(4, 5, 6))
    api = ApiClient(member)
    url = f"listings/{item.pk}/images/{first.pk}"
    assert api.delete(url).status_code == 204
    detail = api.get(f"listings/{item.pk}").json()
    assert [i["id"] for i in detail["images"]] == [second.pk]
    assert api.get(url).status_code == 404  # no longer served from the listing
    assert api.delete(url).status_code == 404  # already removed
    assert [e.type for e in events_for(item)].count("listing.image_removed") == 1
    # The row stays (matches and complaints may rest on it) and no longer counts.
    first.refresh_from_db()
    assert first.removed_at is not None
    third = listing_image(item, member, color=(7, 8, 9))  # within the limit of 2 again
    services.listing_image_remove(actor=member, listing=item, image_id=third.pk)
    # The same image added again comes back, last.
    restored = listing_image(item, member, color=(1, 2, 3))
    assert restored.pk == first.pk
    assert restored.removed_at is None
    assert restored.position == 4
    detail = api.get(f"listings/{item.pk}").json()
    assert [i["id"] for i in detail["images"]] == [second.pk, first.pk]


def test_only_the_listings_supplier_removes_its_images() -> None:
    member = supplier()
    item = listing(actor=member)
    image = listing_image(item, member)
    url = f"listings/{item.pk}/images/{image.pk}"
    assert ApiClient(supplier()).delete(url).status_code == 403  # visible, not theirs
    assert ApiClient(buyer()).delete(url).status_code == 403
    services.listing_set_status(actor=member, listing=item, status=L.HIDDEN)
    assert ApiClient(supplier()).delete(url).status_code == 404  # not even visible
    owner = supplier()
    other = listing_image(listing(actor=owner), owner)
    assert ApiClient(member).delete(f"listings/{item.pk}/images/{other.pk}").status_code == 404
    image.refresh_from_db()
    assert image.removed_at is None
