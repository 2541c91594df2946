"""The top bar in Chromium: one row at 1,366 px for every role, a compact menu at 390 px,
and no horizontal scroll at either width."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from tradeguard.accounts.tests import factories as f
from tradeguard.accounts.tests.factories import DEFAULT_PASSWORD
from tradeguard.web.context import PRIMARY_LIMIT, nav_links
from tradeguard.web.testing import sign_in_as

pytestmark = pytest.mark.browser

ROLES = ["buyer", "supplier", "officer", "admin", "rights_holder", "inspector"]


def make_users() -> dict[str, Any]:
    users = {
        "buyer": f.buyer(full_name="Ben Buyer"),
        "supplier": f.supplier(full_name="Li Wei"),
        "officer": f.officer(full_name="Olivia Officer"),
        "admin": f.admin(full_name="Ada Admin"),  # admins are staff
        "rights_holder": f.rights_holder(full_name="Rachel Rights"),
        "inspector": f.inspector(full_name="Ivan Inspector"),
    }
    assert sorted(u.role for u in users.values()) == sorted(ROLES)
    return users


def sign_in(page: Any, live_server: Any, user: Any) -> None:
    sign_in_as(page, live_server, user.email, DEFAULT_PASSWORD)


def bar_geometry(page: Any) -> dict[str, Any]:
    return page.evaluate(
        """() => {
          const items = [...document.querySelectorAll('.main-nav > ul > li')];
          const box = el => el.getBoundingClientRect();
          const inbox = document.querySelector('.inbox-link');
          return {
            tops: [...new Set(items.map(li => Math.round(box(li).top)))],
            lastRight: items.length ? Math.max(...items.map(li => box(li).right)) : 0,
            inboxLeft: inbox ? box(inbox).left : 99999,
            header: box(document.querySelector('.site-header')).height,
            scrollWidth: document.documentElement.scrollWidth,
          };
        }"""
    )


def test_every_role_has_at_most_the_primary_limit_in_the_bar(db: None) -> None:
    for user in make_users().values():
        primary = [link for link in nav_links(user) if not link["more"]]
        assert 1 <= len(primary) <= PRIMARY_LIMIT, user.role


def test_the_bar_fits_one_row_at_1366_for_every_role(browser_page: Any, live_server: Any) -> None:
    page = browser_page
    page.set_viewport_size({"width": 1366, "height": 800})
    for role, user in make_users().items():
        sign_in(page, live_server, user)
        geometry = bar_geometry(page)
        assert len(geometry["tops"]) == 1, f"{role}: the navigation wraps {geometry}"
        assert geometry["lastRight"] <= geometry["inboxLeft"], f"{role}: overlaps the inbox"
        assert geometry["header"] <= 64, f"{role}: the top bar is {geometry['header']} px high"
        assert geometry["scrollWidth"] <= 1366, role
        expect(page.locator(".nav-compact")).to_be_hidden()
        if role in ("officer", "admin"):
            page.get_by_text("More", exact=True).click()
            expect(page.get_by_role("link", name="Verification queue")).to_be_visible()
            page.keyboard.press("Escape")
            expect(page.get_by_role("link", name="Verification queue")).to_be_hidden()


def test_a_compact_menu_at_390(browser_page: Any, live_server: Any) -> None:
    page = browser_page
    page.set_viewport_size({"width": 390, "height": 800})
    for role, user in make_users().items():
        sign_in(page, live_server, user)
        expect(page.locator(".main-nav")).to_be_hidden()
        assert bar_geometry(page)["header"] <= 64, role
        assert bar_geometry(page)["scrollWidth"] <= 390, role
        page.locator(".nav-compact > summary").click()
        menu = page.locator(".nav-compact .menu-panel")
        expect(menu.get_by_role("link", name="Dashboard")).to_be_visible()
        expect(menu.get_by_role("button", name="Sign out")).to_be_visible()
        for link in nav_links(user):
            expect(menu.get_by_role("link", name=link["label"], exact=True)).to_be_visible()
        assert bar_geometry(page)["scrollWidth"] <= 390, f"{role}: the open menu overflows"
    # The menu works: follow a link from it.
    page.get_by_role("link", name="Dashboard", exact=True).click()
    page.wait_for_url(f"{live_server.url}/dashboard/")


def test_a_long_address_under_a_title_wraps_at_390(browser_page: Any, live_server: Any) -> None:
    """A listing's marketplace URL has no spaces to break at: it widened the page by a
    few pixels on a phone."""
    from django.urls import reverse

    from tradeguard.catalog.tests.factories import listing

    member = f.supplier(full_name="Li Wei")
    item = listing(
        actor=member,
        marketplace_url="https://market.tradeguard.test/product/aluminium-arc-floor-and-desk-lamp-with-dimmer-2026",
    )
    page = browser_page
    page.set_viewport_size({"width": 390, "height": 800})
    sign_in(page, live_server, member)
    page.goto(f"{live_server.url}{reverse('catalog:detail', args=[item.pk])}")
    expect(page.get_by_role("link", name="https://market.tradeguard.test/product/")).to_be_visible()
    assert bar_geometry(page)["scrollWidth"] <= 390
