"""The listing pages: same rules as the API, forms call the services."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from tradeguard.accounts.models import User
from tradeguard.accounts.tests.factories import buyer, officer, supplier
from tradeguard.catalog.enums import ListingStatus
from tradeguard.catalog.models import Listing
from tradeguard.catalog.services import listing_set_status
from tradeguard.catalog.tests.factories import listing, listing_image
from tradeguard.common.testing import PDF_BYTES, png_bytes

pytestmark = pytest.mark.django_db


def browser(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_supplier_publishes_and_uploads_an_image() -> None:
    member = supplier()
    page = browser(member)
    assert page.get(reverse("catalog:new")).status_code == 200
    r = page.post(
        reverse("catalog:new"),
        {
            "marketplace_url": "https://market.example.com/p/lamp",
            "title": "Desk lamp",
            "attributes": "Material: aluminium\nPower: 10 W",
        },
    )
    assert r.status_code == 302
    item = Listing.objects.get()
    assert item.attributes == {"Material": "aluminium", "Power": "10 W"}
    bad = page.post(
        reverse("catalog:image_add", args=[item.pk]),
        {"file": SimpleUploadedFile("x.png", PDF_BYTES)},
    )
    assert bad.status_code == 422
    assert "Accepted formats" in bad.content.decode()
    ok = page.post(
        reverse("catalog:image_add", args=[item.pk]),
        {"file": SimpleUploadedFile("x.png", png_bytes())},
    )
    assert ok.status_code == 302
    image = item.images.get()
    r = browser(buyer()).get(reverse("catalog:image", args=[item.pk, image.pk]))
    assert r["Content-Type"] == "image/png"


def test_taken_url_is_shown_next_to_the_field() -> None:
    listing(marketplace_url="https://market.example.com/p/1")
    r = browser(supplier()).post(
        reverse("catalog:new"), {"marketplace_url": "https://market.example.com/p/1", "title": "x"}
    )
    assert r.status_code == 422
    assert "Each marketplace address is recorded once" in r.content.decode()


def test_removed_listing_shows_its_supplier_why_and_is_404_for_buyers() -> None:
    member = supplier()
    item = listing(actor=member)
    listing_image(item, member)
    listing_set_status(
        actor=officer(), listing=item, status=ListingStatus.REMOVED, reason="Counterfeit logo"
    )
    html = browser(member).get(reverse("catalog:detail", args=[item.pk])).content.decode()
    assert "Counterfeit logo" in html
    assert "Only a platform officer can restore it" in html
    shopper = browser(buyer())
    assert shopper.get(reverse("catalog:detail", args=[item.pk])).status_code == 404
    image = item.images.get()
    assert shopper.get(reverse("catalog:image", args=[item.pk, image.pk])).status_code == 404
    assert item.title not in shopper.get(reverse("catalog:list")).content.decode()


def test_officer_restores_from_the_page() -> None:
    item = listing()
    boss = officer()
    listing_set_status(actor=boss, listing=item, status=ListingStatus.REMOVED, reason="Mistake")
    page = browser(boss)
    assert "Restore" in page.get(reverse("catalog:detail", args=[item.pk])).content.decode()
    r = page.post(
        reverse("catalog:status", args=[item.pk]),
        {"status": "active", "reason": "Complaint withdrawn"},
    )
    assert r.status_code == 302
    item.refresh_from_db()
    assert item.status == ListingStatus.ACTIVE


def test_removal_without_reason_shows_the_error() -> None:
    member = supplier()
    item = listing(actor=member)
    r = browser(member).post(reverse("catalog:status", args=[item.pk]), {"status": "removed"})
    assert r.status_code == 422
    assert "Give the reason" in r.content.decode()


def test_list_query_count_is_constant(django_assert_max_num_queries: pytest.FixtureRequest) -> None:
    page = browser(buyer())
    listing()
    with django_assert_max_num_queries(10) as few:  # type: ignore[operator]
        assert page.get(reverse("catalog:list")).status_code == 200
    for _ in range(5):
        listing()
    with django_assert_max_num_queries(len(few.captured_queries)):  # type: ignore[operator]
        assert page.get(reverse("catalog:list")).status_code == 200


def test_listing_page_removes_an_image_for_its_supplier_only() -> None:
    member = supplier()
    item = listing(actor=member)
    image = listing_image(item, member)
    remove = reverse("catalog:image_remove", args=[item.pk, image.pk])
    page = browser(member).get(reverse("catalog:detail", args=[item.pk])).content.decode()
    assert remove in page
    shopper_page = browser(buyer()).get(reverse("catalog:detail", args=[item.pk]))
    assert remove not in shopper_page.content.decode()
    refused = browser(supplier()).post(remove, follow=True)
    assert "Only the listing&#x27;s supplier" in refused.content.decode()
    image.refresh_from_db()
    assert image.removed_at is None
    done = browser(member).post(remove)
    assert done.status_code == 302
    after = browser(member).get(reverse("catalog:detail", args=[item.pk])).content.decode()
    assert "No images yet." in after
    assert browser(member).post(remove).status_code == 404


def test_a_chinese_supplier_reads_the_filters_in_chinese() -> None:
    """The status filter's blank choice was a bare "Any" on every Chinese page."""
    page = browser(supplier(language="zh-hans"))
    for url in (reverse("catalog:list"), reverse("orders:list")):
        html = page.get(url).content.decode()
        assert '<option value="" selected>全部</option>' in html, url
        assert ">Any<" not in html, url


def test_pages_name_countries_and_say_empty_lists_in_one_sentence() -> None:
    """A supplier's country reads as its name (not "CN"), and an empty filtered list is
    one sentence a translator can order (it was "No listings" + "match these filters" +
    ".", which read "没有商品 符合筛选条件." in Chinese)."""
    member = supplier(language="zh-hans")
    item = listing(actor=member)
    page = browser(member)
    html = page.get(reverse("catalog:detail", args=[item.pk])).content.decode()
    assert f"{member.organization.name} (中国)" in html
    empty = page.get(reverse("catalog:list"), {"q": "no such listing"}).content.decode()
    assert "没有符合筛选条件的商品。" in empty
    member.language = "en"
    member.save(update_fields=["language"])
    assert (
        f"{member.organization.name} (China)"
        in page.get(reverse("catalog:detail", args=[item.pk])).content.decode()
    )
