"""The inbox in Chromium: grouped by case, unread styling, mark read in place (htmx)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from playwright.sync_api import expect

from tradeguard.accounts.tests.factories import DEFAULT_PASSWORD
from tradeguard.disputes import services
from tradeguard.disputes.tests.factories import cast, delivered_order, file_dispute
from tradeguard.notifications.models import Notification
from tradeguard.web.testing import browser_page, sign_in_as

pytestmark = pytest.mark.browser
__all__ = ["browser_page"]  # the fixture


def test_inbox_groups_by_case_and_marks_read_in_place(browser_page: Any, live_server: Any) -> None:
    now = dt.datetime.now(dt.UTC)
    c = cast()
    first = file_dispute(c, delivered_order(c, now))
    second = file_dispute(c, delivered_order(c, now))
    services.message_post(actor=c.buyer, dispute=first, body="Any news on the rims?")
    page = browser_page
    for width in (1366, 390):
        page.set_viewport_size({"width": width, "height": 900})
        sign_in_as(page, live_server, c.supplier.email, DEFAULT_PASSWORD)
        page.goto(f"{live_server.url}/inbox/")
        expect(page).to_have_title("Inbox · TradeGuard")
        groups = page.locator(".inbox-group")
        expect(groups).to_have_count(2)
        # Newest first: the case with the new message leads, with its title and status.
        top = groups.nth(0)
        expect(top.get_by_role("heading")).to_contain_text(f"Dispute #{first.pk}")
        expect(top.locator(".badge").first).to_contain_text("Awaiting the supplier")
        expect(groups.nth(1).get_by_role("heading")).to_contain_text(f"Dispute #{second.pk}")
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        if width == 390:
            break
        expect(top.locator(".inbox-message.unread")).to_have_count(2)
        expect(page.locator("#nav-unread")).to_have_text("3 unread messages")

        top.locator(".inbox-message").first.get_by_role("button", name="Mark read").click()
        expect(top.locator(".inbox-message.unread")).to_have_count(1)
        expect(page.locator(f"#inbox-group-disputes-dispute-{first.pk}")).to_contain_text("1 new")
        expect(page.locator("#nav-unread")).to_contain_text("2")
        assert page.url.endswith("/inbox/")  # swapped in place, no reload
        assert Notification.objects.filter(recipient=c.supplier, read_at__isnull=False).count() == 1

        page.get_by_role("button", name="Mark all as read").click()
        expect(page.get_by_text("All caught up")).to_be_visible()
        expect(page.locator(".inbox-message.unread")).to_have_count(0)
        expect(page.locator("#nav-unread")).to_be_hidden()

        # A message's title opens its case.
        page.locator(".inbox-subject").first.click()
        page.wait_for_url(f"{live_server.url}/disputes/{first.pk}/")
