"""In a real browser: the rights holder reviews a copy side by side and confirms it, and
sees what a line of text across a copied icon kept from the comparison."""

from __future__ import annotations

import os
from typing import Any

import pytest
from PIL import Image

from tradeguard.accounts.tests.factories import DEFAULT_PASSWORD, rights_holder, supplier
from tradeguard.imagematch.tests.test_text_band import EMBLEMS, _lettered, _phone
from tradeguard.monitoring import services
from tradeguard.monitoring.models import Match
from tradeguard.monitoring.tests import factories as f
from tradeguard.web.testing import browser_page, login  # noqa: F401 (fixture)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_review_side_by_side_and_confirm(browser_page: Any, live_server: Any) -> None:  # noqa: F811
    page = browser_page
    owner = rights_holder()
    f.monitored(owner, seed=501, label="Studio shot 501")  # commits: the scan runs inline
    seller = supplier()
    listing, _ = f.listing_with_image(f.watermarked_copy(f.product_photo(501), "COPYCAT"), seller)
    login(page, live_server, owner.email, DEFAULT_PASSWORD)
    page.goto(f"{live_server.url}/images/")
    page.get_by_role("link", name="Review", exact=True).click()
    figures = page.locator("figure.match-figure")
    assert figures.count() == 2
    # Measure only once both images have loaded (an image still loading is 0 px wide).
    # (A function: the CSP refuses the eval Playwright polls an expression with.)
    page.wait_for_function(
        "() => Array.from(document.querySelectorAll('figure.match-figure img'))"
        ".every(img => img.complete && img.naturalWidth > 0)"
    )
    for index in range(2):
        image = figures.nth(index).locator("img").bounding_box()
        box = figures.nth(index).locator("rect").bounding_box()
        assert image
        assert box
        assert image["width"] > 50
        assert image["x"] - 1 <= box["x"]
        assert box["x"] + box["width"] <= image["x"] + image["width"] + 1
        assert image["y"] - 1 <= box["y"]
        assert box["y"] + box["height"] <= image["y"] + image["height"] + 1
    if os.environ.get("TRADEGUARD_SCREENSHOTS"):
        page.screenshot(
            path=os.path.join(os.environ["TRADEGUARD_SCREENSHOTS"], "group.png"), full_page=True
        )
    page.get_by_role("button", name="Confirm selected").click()
    page.wait_for_url("**/ip/complaints/new/?draft=*")
    assert listing.marketplace_url in page.content()


def test_a_copied_icon_under_a_name_shows_the_band_left_out(
    browser_page: Any,  # noqa: F811
    live_server: Any,
) -> None:
    """The owner's phone icons share their frame; a supplier's listing is one of them
    with its name written across the middle. The match is raised and the review shows,
    on the protected image, the band the text covers, which was not compared
    (imagematch.verify.text_band), and says what to look for there."""
    page = browser_page
    owner = rights_holder()
    for emblem in EMBLEMS:
        services.monitored_register(
            actor=owner,
            upload=f.upload(f.encode(Image.fromarray(_phone(emblem))), f"phone-{emblem}.jpg"),
            name=f"phone-{emblem}.jpg",
            label=f"Phone icon {emblem}",
        )
    f.listing_with_image(Image.fromarray(_lettered(_phone("down"))), supplier())
    match = Match.objects.get(monitored_image__label="Phone icon down")
    _, top, _, bottom = match.text_band
    assert top < 0.5 < bottom  # across the middle, where the name is
    login(page, live_server, owner.email, DEFAULT_PASSWORD)
    page.goto(f"{live_server.url}/images/groups/{match.group_id}/")
    card = page.locator(f"#match-{match.pk}")
    assert card.locator("rect.text-band").count() == 1
    assert "covered by a line of text on the listing, so not compared" in card.inner_text()
    if os.environ.get("TRADEGUARD_SCREENSHOTS"):
        page.screenshot(
            path=os.path.join(os.environ["TRADEGUARD_SCREENSHOTS"], "text-band.png"),
            full_page=True,
        )
