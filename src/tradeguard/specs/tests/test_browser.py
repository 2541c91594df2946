"""End to end in headless Chromium: a buyer writes a spec and attaches it to an order,
the supplier accepts it, the buyer books a pre-shipment inspection, the inspector
records a failing report on a phone-sized screen and signs it; the buyer sees the
broken clause, files a not-as-described dispute citing it from the order page, and the
dispute shows the clause broken with the recommendation."""

from __future__ import annotations

import os
import re
from typing import Any

import pytest
from playwright.sync_api import expect

from tradeguard.accounts.tests.factories import DEFAULT_PASSWORD
from tradeguard.disputes.models import Dispute
from tradeguard.specs.models import InspectionReport
from tradeguard.specs.tests import factories as f
from tradeguard.web.testing import login

pytestmark = pytest.mark.browser


SCREENSHOTS = os.environ.get("TRADEGUARD_SCREENSHOTS", "")


def screenshot(page: Any, name: str) -> None:
    if SCREENSHOTS:
        page.screenshot(path=os.path.join(SCREENSHOTS, f"{name}.png"), full_page=True)


def logout(page: Any, live_server: Any) -> None:
    page.context.clear_cookies()


def test_spec_acceptance_and_failing_inspection(browser_page: Any, live_server: Any) -> None:
    # Paid in full and received 20 days ago: inside the 30-day quality window.
    w = f.world(quantity="1000", unit_price="12.00", status="completed", paid="12000.00")
    page = browser_page
    base = live_server.url

    # The buyer writes the spec.
    login(page, live_server, w.buyer.email, DEFAULT_PASSWORD)
    page.goto(f"{base}/specs/new/")
    page.get_by_label("Product name").fill("Steel bottle 500 ml")
    page.locator("#id_c-0-clause_id").fill("3.2")
    page.locator("#id_c-0-text").fill("Bottle height")
    page.locator("#id_c-0-kind").select_option("dimension")
    page.locator("#id_c-0-severity").select_option("major")
    page.locator("#id_c-0-target_type").select_option("measure")
    page.locator("#id_c-0-value").fill("120")
    page.locator("#id_c-0-unit").fill("mm")
    page.locator("#id_c-0-tolerance").fill("-2")
    page.get_by_role("button", name="Save specification").click()
    expect(page.locator(".errors").first).to_contain_text("negative")
    page.locator("#id_c-0-tolerance").fill("2")
    page.get_by_role("button", name="Save specification").click()
    expect(page.get_by_role("heading", name=re.compile("Steel bottle 500 ml"))).to_be_visible()
    expect(page.get_by_text("120 mm ± 2")).to_be_visible()
    page.locator("#id_order").select_option(str(w.order.pk))
    page.get_by_role("button", name="Attach v1 to this order").click()
    page.wait_for_url(re.compile(rf"/specs/orders/{w.order.pk}/"))
    page.get_by_text("Accept v1 as binding…").click()
    page.get_by_role("button", name="Yes, accept v1").click()
    expect(page.locator("#spec-state")).to_contain_text("Waiting for the supplier")

    # The supplier accepts: binding.
    logout(page, live_server)
    login(page, live_server, w.supplier.email, DEFAULT_PASSWORD)
    page.goto(f"{base}/specs/orders/{w.order.pk}/")
    expect(page.locator("#spec-state")).to_contain_text("Your move")
    page.get_by_text("Accept v1 as binding…").click()
    page.get_by_role("button", name="Yes, accept v1").click()
    expect(page.locator("#spec-state")).to_contain_text("is binding")

    # The buyer books the inspection.
    logout(page, live_server)
    login(page, live_server, w.buyer.email, DEFAULT_PASSWORD)
    page.goto(f"{base}/specs/orders/{w.order.pk}/")
    expect(page.locator(".readiness li[data-key=spec]")).to_have_class(re.compile("done"))
    screenshot(page, "specs-order")
    page.get_by_text("Book an inspection").click()
    page.get_by_label("Inspection company").select_option(str(w.inspector.organization_id))
    page.get_by_role("button", name="Book", exact=True).click()
    expect(
        page.get_by_role("link", name=re.compile(r"^Pre-shipment inspection #\d+$"))
    ).to_be_visible()

    # The inspector records a failing report on a phone.
    logout(page, live_server)
    page.set_viewport_size({"width": 390, "height": 844})
    login(page, live_server, w.inspector.email, DEFAULT_PASSWORD)
    page.goto(f"{base}/specs/inspections/")
    page.get_by_role("link", name=re.compile(r"#\d+$")).first.click()
    page.get_by_role("link", name="Record the report").click()
    page.get_by_label("Lot size").fill("1000")
    page.get_by_label("Units drawn").fill("80")
    page.get_by_label("Quantity presented").fill("1000")
    page.get_by_label(re.compile("3.2 Bottle height")).fill("125*7, 120.5*73")
    screenshot(page, "specs-report-entry-phone")
    page.get_by_text("Save and sign…").click()
    page.get_by_role("button", name="Yes, save and sign v1").click()
    expect(page.get_by_role("status")).to_contain_text("Fail")
    report = InspectionReport.objects.get()
    assert report.overall == "fail"

    # The buyer sees the broken clause.
    logout(page, live_server)
    page.set_viewport_size({"width": 1280, "height": 900})
    login(page, live_server, w.buyer.email, DEFAULT_PASSWORD)
    page.goto(f"{base}/specs/inspections/{report.inspection_id}/")
    expect(page.locator("[data-section=measurements]")).to_contain_text(
        "7 of 80 sampled units out of tolerance; major, Ac 5 → lot rejected"
    )
    screenshot(page, "specs-inspection")

    # From the order page, the buyer files a not-as-described dispute citing the clause.
    page.goto(f"{base}/orders/{w.order.pk}/")
    page.get_by_role("link", name="File a dispute", exact=True).click()
    page.get_by_role("link", name="Not as described").click()
    expect(page.locator("#spec-clauses")).to_contain_text("clause 3.2 Bottle height 120 mm ± 2")
    page.get_by_label("Written requirement: where").select_option("spec_clause")
    page.get_by_label("Reference").fill("Clause 3.2")
    page.get_by_label("What you ask for").select_option("full_refund")
    page.get_by_label("What went wrong").fill(
        "The bottles are 125 mm tall; the accepted spec says 120 mm ± 2."
    )
    page.locator("#review-dispute").click()
    expect(page.get_by_text("Clause 3.2: Clause 3.2 Bottle height 120 mm ± 2")).to_be_visible()
    page.locator("#file-dispute").click()
    dispute = Dispute.objects.get(order=w.order)
    page.wait_for_url(re.compile(rf"/disputes/{dispute.pk}/$"))
    evidence = page.locator("#spec-evidence")
    expect(evidence.locator("li[data-clause='3.2']")).to_contain_text(
        "7 of 80 sampled units out of tolerance; major, Ac 5 → lot rejected"
    )
    expect(evidence.locator("li[data-clause='3.2'] .badge")).to_have_text("broken")
    expect(evidence).to_contain_text("Recommended: Full refund, or return and refund")
    screenshot(page, "specs-dispute-evidence")
