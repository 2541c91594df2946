"""A rights holder files against two listings; one supplier removes, the other
counter-notifies; the rights holder maintains; an officer decides."""

from __future__ import annotations

from typing import Any

import pytest

from tradeguard.accounts.tests.factories import DEFAULT_PASSWORD, officer
from tradeguard.catalog.enums import ListingStatus
from tradeguard.ip.enums import ItemStatus
from tradeguard.ip.models import Complaint
from tradeguard.ip.tests import factories as f
from tradeguard.web.testing import browser_page, login  # noqa: F401 - fixture

pytestmark = pytest.mark.browser


def _as(page: Any, live_server: Any, user: Any) -> None:
    page.context.clear_cookies()
    login(page, live_server, user.email, DEFAULT_PASSWORD)


def test_file_remove_counter_maintain_decide(browser_page: Any, live_server: Any) -> None:  # noqa: F811 - the fixture
    page = browser_page
    holder = f.rights_holder()
    rec = f.record(holder)
    s1, s2 = f.supplier(), f.supplier()
    l1, l2 = f.listing(s1.organization), f.listing(s2.organization)
    decider = officer()

    _as(page, live_server, holder)
    page.goto(f"{live_server.url}/ip/")
    page.get_by_role("link", name="File a complaint").first.click()
    page.get_by_label("IP record").select_option(str(rec.pk))
    page.get_by_label("Reason").select_option("counterfeit")
    page.locator("#id_listings").fill(f"{l1.marketplace_url}\n{l2.marketplace_url}")
    page.locator("#id_explanation").fill("Fake LUMEN lamps with our registered mark.")
    for name in ("statement_good_faith", "statement_accuracy", "statement_authority"):
        page.locator(f"#id_{name}").check()
    page.locator("#id_signature_name").fill("Rachel Rights")
    page.get_by_role("button", name="Sign and file").click()
    page.get_by_text("Complaint filed. 2 listings notified").wait_for()
    complaint = Complaint.objects.get()
    i1, i2 = complaint.items.order_by("position")

    _as(page, live_server, s1)
    page.goto(f"{live_server.url}/ip/items/{i1.pk}/")
    page.get_by_text("Waiting on: you").wait_for()
    page.get_by_role("button", name="Remove the listing").click()
    page.get_by_text("Statement of reasons: Listing removed").wait_for()

    _as(page, live_server, s2)
    page.goto(f"{live_server.url}/ip/items/{i2.pk}/")
    page.locator("#id_explanation").fill("Our own lamp design, registered in 2019.")
    page.locator("#id_statement_perjury").check()
    page.locator("#id_consent_jurisdiction").check()
    page.locator("#id_signature_name").fill("Chen Jing")
    page.get_by_role("button", name="Sign and file counter-notice").click()
    page.get_by_text("Waiting on: the rights holder").wait_for()

    _as(page, live_server, holder)
    page.goto(f"{live_server.url}/ip/complaints/{complaint.pk}/")
    page.get_by_role("link", name=l2.title).click()
    page.get_by_role("button", name="Maintain complaint (officer decides)").click()
    page.get_by_text("Waiting on: a platform officer").wait_for()

    _as(page, live_server, decider)
    page.goto(f"{live_server.url}/ip/queue/")
    page.get_by_role("link", name=l2.title).click()
    page.get_by_label("Uphold", exact=True).check()
    page.locator("#id_reason").fill("Identical mark on the product and the box.")
    page.get_by_role("button", name="Record decision").click()
    page.get_by_text("Statement of reasons: Listing removed").wait_for()

    i1.refresh_from_db()
    i2.refresh_from_db()
    assert (i1.status, i1.removal_kind) == (ItemStatus.REMOVED, "voluntary")
    assert (i2.status, i2.removal_kind) == (ItemStatus.REMOVED, "decision")
    l2.refresh_from_db()
    assert l2.status == ListingStatus.REMOVED
