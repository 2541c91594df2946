"""In a real browser.

1. A rights holder files against two listings picked in the search; one supplier
   removes (after a confirmation that states the consequence), the other
   counter-notifies; the rights holder maintains; an officer decides (confirmed).
2. The issue-11 journey: a rights holder files a complaint through the picker, the
   supplier counter-notifies after a refusal that keeps the uploaded files, and the
   rights holder confirms an image match, which opens the complaint form with the
   record the photo belongs to."""

from __future__ import annotations

import os
from typing import Any

import pytest

from tradeguard.accounts.services import user_set_language
from tradeguard.accounts.tests.factories import DEFAULT_PASSWORD, officer
from tradeguard.catalog.enums import ListingStatus
from tradeguard.catalog.services import listing_image_add
from tradeguard.common.testing import PDF_BYTES
from tradeguard.ip.enums import ItemStatus
from tradeguard.ip.models import Complaint, CounterNotice
from tradeguard.ip.tests import factories as f
from tradeguard.monitoring.models import Match
from tradeguard.monitoring.tests import factories as mf
from tradeguard.web.testing import browser_page, sign_in_as  # noqa: F401 - fixture

pytestmark = pytest.mark.browser


def _english(user: Any) -> Any:
    """Suppliers in China read Chinese by default; these journeys read the English."""
    return user_set_language(actor=user, language="en")


def _as(page: Any, live_server: Any, user: Any) -> None:
    sign_in_as(page, live_server, user.email, DEFAULT_PASSWORD)


def _shot(page: Any, name: str) -> None:
    folder = os.environ.get("TRADEGUARD_SCREENSHOTS")
    if folder:
        page.screenshot(path=os.path.join(folder, f"{name}.png"), full_page=True)


def _pick(page: Any, query: str, title: str) -> None:
    """Search the picker and add the listing called `title`."""
    page.get_by_label("Find listings").fill(query)
    results = page.locator("#listing-results")
    results.locator(".title", has_text=title).wait_for()
    card = results.locator(".listing-card", has_text=title)
    card.get_by_role("button", name="Add").click()
    page.locator("#picked-list .title", has_text=title).wait_for()


def _sign(page: Any, explanation: str) -> None:
    page.get_by_label("Explanation").fill(explanation)
    for name in ("statement_good_faith", "statement_accuracy", "statement_authority"):
        page.locator(f"#id_{name}").check()
    page.get_by_label("Electronic signature (full name)").fill("Rachel Rights")


def test_file_remove_counter_maintain_decide(browser_page: Any, live_server: Any) -> None:  # noqa: F811 - the fixture
    page = browser_page
    holder = f.rights_holder()
    rec = f.record(holder)
    s1, s2 = _english(f.supplier()), _english(f.supplier())
    l1 = f.listing(s1.organization, title="LUMEN desk lamp replica")
    l2 = f.listing(s2.organization, title="LUMEN floor lamp replica")
    decider = officer()

    _as(page, live_server, holder)
    page.goto(f"{live_server.url}/ip/")
    page.get_by_role("link", name="File a complaint").first.click()
    page.get_by_label("IP record").select_option(str(rec.pk))
    page.get_by_label("Reason").select_option("counterfeit")
    _pick(page, "desk lamp replica", l1.title)
    _pick(page, "floor lamp", l2.title)
    _sign(page, "Fake LUMEN lamps with our registered mark.")
    page.get_by_role("button", name="Sign and file").click()
    page.get_by_text("2 listings notified").wait_for()
    complaint = Complaint.objects.get()
    i1, i2 = complaint.items.order_by("position")

    _as(page, live_server, s1)
    page.goto(f"{live_server.url}/ip/items/{i1.pk}/")
    page.get_by_text("Waiting on: you").wait_for()
    page.get_by_role("button", name="Remove the listing…").click()
    page.get_by_text("This counts against your store.").wait_for()
    page.get_by_role("button", name="Yes, remove the listing").click()
    page.get_by_text("is removed from the marketplace and the rights holder was told").wait_for()
    page.get_by_text("Statement of reasons: Listing removed").wait_for()

    _as(page, live_server, s2)
    page.goto(f"{live_server.url}/ip/items/{i2.pk}/")
    page.locator("#counter_explanation").fill("Our own lamp design, registered in 2019.")
    page.locator("#counter_statement_perjury").check()
    page.locator("#counter_consent_jurisdiction").check()
    page.locator("#counter_signature_name").fill("Chen Jing")
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
    page.get_by_role("button", name="Record decision…").click()
    page.get_by_role("button", name="Yes, record the decision").click()
    page.get_by_text("Statement of reasons: Listing removed").wait_for()

    i1.refresh_from_db()
    i2.refresh_from_db()
    assert (i1.status, i1.removal_kind) == (ItemStatus.REMOVED, "voluntary")
    assert (i2.status, i2.removal_kind) == (ItemStatus.REMOVED, "decision")
    l2.refresh_from_db()
    assert l2.status == ListingStatus.REMOVED


def _images_loaded(page: Any, selector: str) -> int:
    # A function, not an expression: Playwright polls an expression with eval, which
    # the pages' Content-Security-Policy (script-src 'self') refuses.
    page.wait_for_function(
        "(selector) => Array.from(document.querySelectorAll(selector))"
        ".every(img => img.complete && img.naturalWidth > 0)",
        arg=selector,
    )
    return int(page.locator(selector).count())


def test_picker_counter_notice_kept_files_and_match_confirmation(
    browser_page: Any,  # noqa: F811 - the fixture
    live_server: Any,
) -> None:
    page = browser_page
    holder = f.rights_holder()
    f.record(holder, kind="trademark", title="LUMEN")  # another record of the holder
    photos = f.record(
        holder,
        kind="copyright",
        title="Lamp photographs 2024",
        images=[mf.upload(mf.encode(mf.product_photo(701)), "lamp-701.jpg")],
    )  # approving it starts monitoring its photo (the scan runs inline on commit)
    copier = f.supplier(name="Quickcopy Trading")
    copy, _ = mf.listing_with_image(
        mf.watermarked_copy(mf.product_photo(701), "QUICKCOPY"), copier, title="Arc lamp, copy"
    )
    reseller = _english(f.supplier(name="Bright Lamps"))
    resold = f.listing(reseller.organization, title="Arc lamp with our catalogue photo")
    listing_image_add(
        actor=reseller,
        listing=resold,
        upload=mf.upload(mf.encode(mf.product_photo(702)), "resold.jpg"),
        name="resold.jpg",
    )
    match = Match.objects.get(listing=copy)

    # 1. The rights holder files through the picker, with a thumbnail and a note.
    _as(page, live_server, holder)
    page.goto(f"{live_server.url}/ip/complaints/new/")
    page.get_by_label("IP record").select_option(str(photos.pk))
    page.get_by_label("Reason").select_option("image_copy")
    _pick(page, "bright lamps", resold.title)
    assert _images_loaded(page, "#picked-list img.thumb") == 1
    page.get_by_label("Note for the supplier (optional)").fill("Our 2024 catalogue photo")
    _shot(page, "ip-complaint-picker")
    _sign(page, "The main photo is our catalogue photograph.")
    page.get_by_role("button", name="Sign and file").click()
    page.get_by_text("1 listing notified").wait_for()
    item = Complaint.objects.get().items.get()
    assert (item.listing_id, item.note) == (resold.pk, "Our 2024 catalogue photo")

    # 2. The supplier sees both pictures, is refused once, and keeps its upload.
    _as(page, live_server, reseller)
    page.goto(f"{live_server.url}/ip/items/{item.pk}/")
    assert _images_loaded(page, ".picture-row img") == 2  # the listing's and the right's
    page.locator("#counter_explanation").fill("We bought a licence for this photo.")
    page.locator("#counter_documents").set_input_files(
        files=[{"name": "licence-2024.pdf", "mimeType": "application/pdf", "buffer": PDF_BYTES}]
    )
    page.locator("#counter_signature_name").fill("Chen Jing")
    page.get_by_role("button", name="Sign and file counter-notice").click()
    page.get_by_text("The counter-notice is incomplete. Nothing was saved.").wait_for()
    kept = page.get_by_label("licence-2024.pdf")
    assert kept.is_checked()
    assert page.locator("#counter_explanation").input_value() == (
        "We bought a licence for this photo."
    )
    _shot(page, "ip-counter-notice-refused")
    page.locator("#counter_statement_perjury").check()
    page.locator("#counter_consent_jurisdiction").check()
    page.get_by_role("button", name="Sign and file counter-notice").click()
    page.get_by_text("Counter-notice filed and sent to the rights holder.").wait_for()
    assert CounterNotice.objects.get(item=item).documents.count() == 1

    # 3. The rights holder confirms the copy found by image monitoring.
    _as(page, live_server, holder)
    page.goto(f"{live_server.url}/images/groups/{match.group_id}/")
    page.get_by_role("button", name="Confirm selected").click()
    page.wait_for_url("**/ip/complaints/new/?draft=*")
    page.get_by_text("the copyright record the matched photo belongs to").wait_for()
    assert page.get_by_label("IP record").input_value() == str(photos.pk)
    page.locator("#picked-list .title", has_text=copy.title).wait_for()
    _shot(page, "ip-complaint-from-match")
