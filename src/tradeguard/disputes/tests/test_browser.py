"""End to end in headless Chromium: a buyer files with evidence, the supplier proposes a
partial refund, the buyer accepts; an officer decides an escalated case."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import time_machine

from tradeguard.accounts.tests.factories import DEFAULT_PASSWORD
from tradeguard.common import clock
from tradeguard.common.testing import png_bytes
from tradeguard.disputes.models import Dispute
from tradeguard.disputes.tests.factories import (
    add_evidence,
    bring_under_review,
    cast,
    delivered_order,
    file_dispute,
)
from tradeguard.web.testing import browser_page, login, sign_out

pytestmark = pytest.mark.browser
__all__ = ["browser_page"]


def test_buyer_files_supplier_proposes_partial_refund_buyer_accepts(
    browser_page: Any, live_server: Any
) -> None:
    page = browser_page
    c = cast()
    order = delivered_order(c, clock.now())
    login(page, live_server, c.buyer.email, DEFAULT_PASSWORD)
    page.goto(f"{live_server.url}/disputes/new/")
    page.get_by_role("button", name="Next: choose the reason").click()
    page.get_by_role("link", name="Defective or damaged").click()
    page.get_by_label("What you ask for").select_option("full_refund")
    page.get_by_label("What went wrong").fill(
        "Twelve of the forty bowls arrived cracked; photos attached."
    )
    page.locator("#id_evidence_0_type").select_option("product_photo")
    page.locator("#id_evidence_0_file").set_input_files(
        {"name": "cracked.png", "mimeType": "image/png", "buffer": png_bytes()}
    )
    page.get_by_role("button", name="Next: review").click()
    page.get_by_text("Review before filing").wait_for()
    page.get_by_role("button", name="File the dispute").click()
    page.get_by_text("Waiting for the supplier").wait_for()
    dispute = Dispute.objects.get(order=order)
    assert dispute.evidence.filter(status="submitted", type="product_photo").count() == 1

    sign_out(page)
    login(page, live_server, c.supplier.email, DEFAULT_PASSWORD)
    page.goto(f"{live_server.url}/disputes/{dispute.pk}/respond/")
    page.get_by_label("What you propose").select_option("partial_refund")
    page.get_by_label(f"Amount ({dispute.currency})").fill("300.00")
    page.get_by_label("Note").fill("12 cracked bowls at USD 25.")
    page.get_by_role("button", name="Send proposal").click()
    page.get_by_text("The supplier proposes").first.wait_for()

    sign_out(page)
    login(page, live_server, c.buyer.email, DEFAULT_PASSWORD)
    page.goto(f"{live_server.url}/disputes/{dispute.pk}/")
    asked: list[str] = []

    def accept(dialog: Any) -> None:
        asked.append(dialog.message)
        dialog.accept()

    page.once("dialog", accept)
    page.get_by_role("button", name="Accept and settle").click()
    page.get_by_text("Refunds to the buyer").wait_for()
    assert "settles on these terms" in asked[0]
    page.get_by_text("You accepted the proposal: the case is settled.").wait_for()
    dispute.refresh_from_db()
    assert dispute.status == "settled"
    assert str(dispute.refunds.get().amount) == "300.0000"


def test_officer_decides_an_escalated_case(browser_page: Any, live_server: Any) -> None:
    page = browser_page
    c = cast()
    start = clock.now() - dt.timedelta(days=12)
    with time_machine.travel(start, tick=False):
        dispute = file_dispute(c, delivered_order(c, start))
        photo = add_evidence(c.buyer, dispute, "product_photo")
    bring_under_review(c, dispute, start)

    login(page, live_server, c.officer.email, DEFAULT_PASSWORD)
    page.goto(f"{live_server.url}/disputes/")
    page.get_by_role("link", name=f"#{dispute.pk}").first.click()
    page.locator("#decide-link").click()
    page.get_by_label("Outcome").select_option("buyer_partial")
    page.get_by_label("Refund amount").fill("400.00")
    page.get_by_label("Statement of reasons").fill(
        "The photo shows the bowls are 100 mm, not the 120 mm of clause 3.1."
    )
    page.get_by_label("Finding 1", exact=True).fill("The bowls measure 100 mm.")
    page.locator(f"input[name='finding_0_evidence'][value='{photo.pk}']").check()
    page.get_by_label("Finding 1: requirement", exact=True).select_option(
        str(dispute.requirements.get().pk)
    )
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Record the decision").click()
    page.get_by_text("Decision recorded. Both parties are told").wait_for()
    dispute.refresh_from_db()
    assert dispute.status == "decided"
    assert dispute.refunds.get().status == "pending"
