"""In a real browser: the rights holder reviews a copy side by side and confirms it."""

from __future__ import annotations

import os
from typing import Any

import pytest

from tradeguard.accounts.tests.factories import DEFAULT_PASSWORD, rights_holder, supplier
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
