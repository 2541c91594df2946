"""End to end in headless Chromium: what a first-time user clicks through."""

from __future__ import annotations

import os
import re
from io import BytesIO
from typing import Any

import pytest
from django.urls import NoReverseMatch, reverse
from playwright.sync_api import expect

from tradeguard.accounts.enums import VerificationStatus
from tradeguard.accounts.models import Organization
from tradeguard.accounts.services import organization_document_add
from tradeguard.accounts.tests import factories as f
from tradeguard.accounts.tests.factories import DEFAULT_PASSWORD
from tradeguard.common.testing import PDF_BYTES
from tradeguard.web.testing import login

pytestmark = pytest.mark.browser

# Screenshots for a human look at the design: set TRADEGUARD_SCREENSHOTS=/some/dir.
SCREENSHOTS = os.environ.get("TRADEGUARD_SCREENSHOTS", "")


def screenshot(page: Any, name: str) -> None:
    if SCREENSHOTS:
        page.screenshot(path=os.path.join(SCREENSHOTS, f"{name}.png"), full_page=True)


def orders_pages_exist() -> bool:
    try:
        reverse("orders:list")
        reverse("orders:detail", args=[1])
    except NoReverseMatch:
        return False
    return True


def test_login_dashboard_order_detail(browser_page: Any, live_server: Any) -> None:
    if not orders_pages_exist():
        pytest.skip("the orders app has no list/detail pages yet (orders:list, orders:detail)")
    from tradeguard.orders.tests.factories import order

    buyer = f.buyer(email="ben@example.com", full_name="Ben Buyer", timezone="America/New_York")
    placed = order(buyer=buyer.organization, status="shipped", reference="TA-BROWSER-1")
    page = browser_page

    login(page, live_server, "ben@example.com", DEFAULT_PASSWORD)
    expect(page.get_by_role("heading", name="Hello, Ben Buyer")).to_be_visible()
    expect(page.get_by_text("Times shown in America/New_York")).to_be_visible()
    screenshot(page, "dashboard-buyer")

    page.get_by_role("navigation", name="Main").get_by_role("link", name="Orders").click()
    page.get_by_role("link", name="TA-BROWSER-1").first.click()
    page.wait_for_url(re.compile(rf"/orders/{placed.pk}/?"))
    body = page.locator("main")
    expect(body.get_by_text("Stainless steel bottle, 500 ml").first).to_be_visible()
    expect(body.locator(".timeline li").first).to_be_visible()
    # The order was reported by an officer (the marketplace): the timeline says who.
    expect(body.locator(".timeline .who").first).to_contain_text("Platform officer")
    screenshot(page, "order-detail")


def test_wrong_password_then_login_and_sign_out(browser_page: Any, live_server: Any) -> None:
    f.supplier(email="li@example.com", full_name="Li Wei")
    page = browser_page
    page.goto(f"{live_server.url}/login/")
    page.get_by_label("Email").fill("li@example.com")
    page.get_by_label("Password").fill("not-the-password")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("alert")).to_contain_text("do not match an account")

    login(page, live_server, "li@example.com", DEFAULT_PASSWORD)
    expect(page.locator("#panel-accountsorganization")).to_be_visible()
    screenshot(page, "dashboard-supplier")
    page.get_by_text("Li Wei", exact=True).click()  # the account menu
    page.get_by_role("button", name="Sign out").click()
    page.wait_for_url(f"{live_server.url}/login/")
    expect(page.get_by_text("You have signed out.")).to_be_visible()


def test_officer_verifies_an_organization_in_place_with_htmx(
    browser_page: Any, live_server: Any
) -> None:
    member = f.supplier(organization=f.OrganizationFactory(kind="supplier", name="Bright Co"))
    organization_document_add(
        actor=member,
        organization=member.organization,
        kind="business_licence",
        upload=BytesIO(PDF_BYTES),
        name="licence.pdf",
    )
    f.officer(email="olivia@example.com")
    page = browser_page
    login(page, live_server, "olivia@example.com", DEFAULT_PASSWORD)
    page.get_by_role("link", name="Open the queue").click()
    page.wait_for_url(f"{live_server.url}/account/verification/")
    item = page.locator(f"#org-{member.organization_id}")
    expect(item.locator(".hash")).to_contain_text("SHA-256")  # the file card
    screenshot(page, "verification-queue")

    item.get_by_role("button", name="Verify").click()  # no reason yet
    expect(item.locator(".errors")).to_contain_text("Say what you checked")
    item.get_by_label("Reason").fill("Licence matches the public registry.")
    item.get_by_role("button", name="Verify").click()
    expect(item.locator(".alert-success")).to_contain_text("Bright Co is verified")
    assert page.url == f"{live_server.url}/account/verification/"  # swapped in place
    org = Organization.objects.get(pk=member.organization_id)
    assert org.verification_status == VerificationStatus.VERIFIED
