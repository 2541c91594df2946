"""In headless Chromium: an officer opens the buyer's photo from the case page in the
viewer and verifies its SHA-256 in one click; the supplier's video plays; the buyer's
draft stays with the buyer. Set TRADEGUARD_SCREENSHOTS=/some/dir to keep screenshots of
the case and order pages as buyer, supplier and officer at 1366 and 390 px."""

from __future__ import annotations

import io
import os
import tempfile
from typing import Any

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw
from playwright.sync_api import expect
from reportlab.pdfgen import canvas

from tradeguard.accounts.models import User
from tradeguard.accounts.tests.factories import DEFAULT_PASSWORD
from tradeguard.common import clock
from tradeguard.disputes import services
from tradeguard.disputes.models import Dispute, EvidenceItem
from tradeguard.disputes.tests.factories import cast, delivered_order, file_dispute
from tradeguard.orders.services import order_document_add
from tradeguard.web.testing import browser_page, login, sign_in_as

pytestmark = pytest.mark.browser
__all__ = ["browser_page"]

SCREENSHOTS = os.environ.get("TRADEGUARD_SCREENSHOTS", "")
WIDTHS = (1366, 390)


def photo_jpeg() -> bytes:
    """A 2400x1600 'photo' of a cracked bowl rim: big enough to need a thumbnail."""
    img = Image.new("RGB", (2400, 1600), (214, 205, 190))
    draw = ImageDraw.Draw(img)
    draw.ellipse((500, 300, 1900, 1300), fill=(246, 244, 238), outline=(120, 110, 100), width=24)
    draw.ellipse((800, 550, 1600, 1050), fill=(232, 228, 220))
    draw.line((1150, 300, 1230, 520, 1190, 700), fill=(60, 40, 30), width=14)
    out = io.BytesIO()
    img.save(out, "JPEG", quality=88)
    return out.getvalue()


def report_pdf(title: str, pages: int = 2) -> bytes:
    out = io.BytesIO()
    sheet = canvas.Canvas(out, invariant=True)
    for n in range(1, pages + 1):
        sheet.setFont("Helvetica-Bold", 20)
        sheet.drawString(72, 760, title)
        sheet.setFont("Helvetica", 12)
        sheet.drawString(72, 730, f"Page {n} of {pages}")
        for i, line in enumerate(("Lot 1,000 bowls", "Sample 80", "Cracked rims: 12")):
            sheet.drawString(72, 690 - 18 * i, line)
        sheet.showPage()
    sheet.save()
    return out.getvalue()


def video_webm() -> bytes:
    """Two seconds of VP8 video (what Chromium plays), written by OpenCV."""
    handle, path = tempfile.mkstemp(suffix=".webm")
    os.close(handle)
    writer = cv2.VideoWriter(path, cv2.VideoWriter_fourcc(*"VP80"), 10, (320, 240))
    try:
        for i in range(20):
            frame = np.full((240, 320, 3), (40 + i * 8, 90, 160), np.uint8)
            cv2.putText(frame, f"unboxing {i}", (40, 130), 0, 1.0, (255, 255, 255), 2)
            writer.write(frame)
    finally:
        writer.release()
    with open(path, "rb") as fh:
        data = fh.read()
    os.unlink(path)
    return data


def evidence(user: User, dispute: Dispute, kind: str, data: bytes, name: str, **kw: Any) -> Any:
    return services.evidence_add(
        actor=user,
        dispute=dispute,
        upload=io.BytesIO(data),
        name=name,
        type=kind,
        description=kw.pop("description", ""),
        submit=kw.pop("submit", True),
    )


def shoot(page: Any, url: str, name: str) -> None:
    """Both widths; the page must not scroll sideways at either."""
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(url)
        page.evaluate(  # thumbnails load lazily; screenshots want them
            "Promise.all([...document.images].map((img) => { img.loading = 'eager';"
            " return img.complete ? 0 : new Promise((done) => {"
            " img.onload = img.onerror = done; }); }))"
        )
        wide = page.evaluate("document.documentElement.scrollWidth")
        if SCREENSHOTS:
            page.screenshot(path=os.path.join(SCREENSHOTS, f"{name}-{width}.png"), full_page=True)
        assert wide <= width, f"{name} is {wide} px wide at {width} px"


def test_officer_opens_the_buyers_photo_in_the_viewer_and_verifies_its_hash(
    browser_page: Any, live_server: Any
) -> None:
    page = browser_page
    c = cast()
    order = delivered_order(c, clock.now())
    dispute = file_dispute(c, order, reason="defective_or_damaged")
    photo = evidence(
        c.buyer,
        dispute,
        "product_photo",
        photo_jpeg(),
        "torn-rims.jpg",
        description="Torn rims on 12 of 40 bowls",
    )
    evidence(c.buyer, dispute, "lab_report", report_pdf("Lab report: rim strength"), "lab.pdf")
    draft = evidence(
        c.buyer,
        dispute,
        "transaction_record",
        report_pdf("Invoice", 1),
        "invoice.pdf",
        submit=False,
    )
    video = evidence(c.supplier, dispute, "product_video", video_webm(), "packing.webm")
    order_document_add(
        actor=c.buyer,
        order=order,
        kind="sales_contract",
        upload=io.BytesIO(report_pdf("Sales contract", 3)),
        name="sales-contract.pdf",
    )

    login(page, live_server, c.officer.email, DEFAULT_PASSWORD)
    case_url = f"{live_server.url}/disputes/{dispute.pk}/"
    page.goto(case_url)
    # The officer sees submitted evidence of both sides, never the buyer's draft.
    expect(page.locator(f"#evidence-{photo.pk}")).to_be_visible()
    expect(page.locator(f"#evidence-{draft.pk}")).to_have_count(0)
    thumb = page.locator(f"#evidence-{photo.pk} .file-thumb img")
    expect(thumb).to_be_visible()
    page.wait_for_function(
        "(img) => img.complete && img.naturalWidth === 240", arg=thumb.element_handle()
    )

    link = page.locator(f"#evidence-{photo.pk}").get_by_role("link", name="View torn-rims.jpg")
    link.click()
    dialog = page.locator("#file-dialog")
    expect(dialog).to_be_visible()
    expect(dialog.get_by_role("heading", name="torn-rims.jpg")).to_be_visible()
    big = dialog.locator("img.file-viewer-image")
    expect(big).to_be_visible()
    page.wait_for_function(
        "() => document.querySelector('#file-dialog img.file-viewer-image').naturalWidth > 0"
    )
    assert page.evaluate("(img) => img.naturalWidth", big.element_handle()) == 1600
    expect(dialog.get_by_text(photo.file.sha256)).to_be_visible()
    dialog.get_by_role("button", name="Check that the download matches this SHA-256").click()
    expect(dialog.locator(".hash-result")).to_contain_text("Match")
    if SCREENSHOTS:
        page.screenshot(path=os.path.join(SCREENSHOTS, "case-viewer-officer-1280.png"))
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == (
        "View torn-rims.jpg"
    )

    # One click on the card's own Verify, without opening the viewer.
    page.locator(f"#evidence-{photo.pk}").get_by_role(
        "button", name="Check that the download matches this SHA-256"
    ).click()
    expect(page.locator(f"#evidence-{photo.pk} .hash-result")).to_contain_text("Match")

    # The supplier's video plays in the viewer (served with byte ranges).
    page.locator(f"#evidence-{video.pk}").get_by_role("link", name="View packing.webm").click()
    player = dialog.locator("video")
    expect(player).to_be_visible()
    page.wait_for_function(
        "() => { const v = document.querySelector('#file-dialog video'); "
        "return v && v.readyState >= 1 && v.duration > 1; }"
    )
    dialog.get_by_role("button", name="Close").click()
    expect(dialog).to_be_hidden()

    # A PDF shows its first pages as images in the viewer.
    lab = EvidenceItem.objects.get(dispute=dispute, type="lab_report")
    page.locator(f"#evidence-{lab.pk}").get_by_role("link", name="View lab.pdf").click()
    expect(dialog.get_by_role("img", name="Page 2 of 2")).to_be_visible()
    page.wait_for_function(
        "() => [...document.querySelectorAll('#file-dialog .pdf-page img')]"
        ".every((img) => img.complete && img.naturalWidth === 1200)"
    )
    if SCREENSHOTS:
        page.screenshot(path=os.path.join(SCREENSHOTS, "case-viewer-pdf-officer-1280.png"))
    page.keyboard.press("Escape")

    people = {"officer": c.officer, "buyer": c.buyer, "supplier": c.supplier}
    for role, user in people.items():
        sign_in_as(page, live_server, user.email, DEFAULT_PASSWORD)
        shoot(page, case_url, f"case-{role}")
        shoot(page, f"{live_server.url}/orders/{order.pk}/", f"order-{role}")
    # The buyer sees its own draft on the case page; the supplier does not.
    sign_in_as(page, live_server, c.buyer.email, DEFAULT_PASSWORD)
    page.goto(case_url)
    expect(page.locator(f"#evidence-{draft.pk}")).to_be_visible()


def test_the_decision_page_fits_and_opens_the_evidence(browser_page: Any, live_server: Any) -> None:
    """The issue's officer decision page was 1,920 px wide (full hashes in tables)."""
    import datetime as dt

    import time_machine

    from tradeguard.disputes.tests.factories import bring_under_review

    page = browser_page
    c = cast()
    start = clock.now() - dt.timedelta(days=12)
    with time_machine.travel(start, tick=False):
        dispute = file_dispute(c, delivered_order(c, start), reason="defective_or_damaged")
        photo = evidence(c.buyer, dispute, "product_photo", photo_jpeg(), "torn-rims.jpg")
        evidence(c.buyer, dispute, "lab_report", report_pdf("Lab report"), "lab-report-rim.pdf")
        evidence(c.supplier, dispute, "shipping_document", report_pdf("Packing list"), "pl.pdf")
    bring_under_review(c, dispute, start)

    login(page, live_server, c.officer.email, DEFAULT_PASSWORD)
    decide_url = f"{live_server.url}/disputes/{dispute.pk}/decide/"
    shoot(page, decide_url, "decide-officer")
    page.set_viewport_size({"width": 1366, "height": 900})
    page.goto(decide_url)
    page.locator(f"#evidence-{photo.pk}").get_by_role("link", name="View torn-rims.jpg").click()
    dialog = page.locator("#file-dialog")
    expect(dialog.locator("img.file-viewer-image")).to_be_visible()
    dialog.get_by_role("button", name="Check that the download matches this SHA-256").click()
    expect(dialog.locator(".hash-result")).to_contain_text("Match")
