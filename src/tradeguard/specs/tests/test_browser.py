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
from tradeguard.web.testing import login, sign_out

pytestmark = pytest.mark.browser


SCREENSHOTS = os.environ.get("TRADEGUARD_SCREENSHOTS", "")


def screenshot(page: Any, name: str) -> None:
    if SCREENSHOTS:
        page.screenshot(path=os.path.join(SCREENSHOTS, f"{name}.png"), full_page=True)


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
    sign_out(page)
    login(page, live_server, w.supplier.email, DEFAULT_PASSWORD)
    page.goto(f"{base}/specs/orders/{w.order.pk}/")
    expect(page.locator("#spec-state")).to_contain_text("Your move")
    page.get_by_text("Accept v1 as binding…").click()
    page.get_by_role("button", name="Yes, accept v1").click()
    expect(page.locator("#spec-state")).to_contain_text("is binding")

    # The buyer books the inspection.
    sign_out(page)
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
    sign_out(page)
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
    sign_out(page)
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


def fits(page: Any) -> None:
    """No horizontal scroll at the current viewport width."""
    width = page.evaluate("document.documentElement.scrollWidth")
    viewport = page.viewport_size["width"]
    assert width <= viewport, f"{page.url} is {width} px wide at {viewport} px"


def card(page: Any, number: int) -> Any:
    return page.locator("[data-card]").nth(number - 1)


def test_buyer_writes_a_spec_in_cards_reorders_previews_and_both_accept(
    browser_page: Any, live_server: Any
) -> None:
    w = f.world(status="paid")
    page = browser_page
    base = live_server.url
    page.set_viewport_size({"width": 1366, "height": 900})
    login(page, live_server, w.buyer.email, DEFAULT_PASSWORD)
    page.goto(f"{base}/specs/new/")
    page.get_by_label("Product name").fill("Steel bottle 500 ml")

    # Card 1: a dimension, value ± tolerance; the server renders the preview as we type.
    first = card(page, 1)
    first.get_by_label("Clause id").fill("3.2")
    first.get_by_label("Kind", exact=True).select_option("dimension")
    expect(first.get_by_label("How it is checked")).to_have_value("measure")  # preselected
    first.get_by_label("Severity if broken").select_option("major")
    first.get_by_label("Requirement").fill("Bottle height")
    first.get_by_label("Value", exact=True).fill("450")
    first.get_by_label("Unit", exact=True).fill("mm")
    first.get_by_label("Tolerance ±").fill("5")
    expect(first.locator(".clause-preview")).to_contain_text("450 mm ± 5")
    expect(first.get_by_label("Colour (hex)")).to_be_hidden()  # only the fields it needs

    # Card 2: a colour; choosing the kind shows the colour fields.
    page.get_by_role("button", name="Add clause").click()
    second = card(page, 2)
    expect(second.get_by_label("Clause id")).to_be_focused()
    expect(second.get_by_label("Clause id")).to_have_attribute("placeholder", "3.3")
    second.get_by_label("Clause id").fill("4.1")
    second.get_by_label("Kind", exact=True).select_option("colour")
    second.get_by_label("Severity if broken").select_option("minor")
    second.get_by_label("Requirement").fill("Body colour")
    second.get_by_label("Colour (hex)").fill("#C8102E")
    second.get_by_label("Pantone").fill("186 C")
    expect(second.get_by_label("Value", exact=True)).to_be_hidden()
    expect(second.locator(".clause-preview")).to_contain_text("186 C / #C8102E within ΔE00 2")

    # Card 3: a required mark; card 4: a yes/no check.
    page.get_by_role("button", name="Add clause").click()
    third = card(page, 3)
    third.get_by_label("Clause id").fill("6.1")
    third.get_by_label("Kind", exact=True).select_option("labeling")
    third.get_by_label("Severity if broken").select_option("major")
    third.get_by_label("Requirement").fill("CE mark on the gift box")
    third.get_by_label("Required text or mark").fill("CE")
    expect(third.locator(".clause-preview")).to_contain_text("shows “CE”")
    page.get_by_role("button", name="Add clause").click()
    fourth = card(page, 4)
    fourth.get_by_label("Clause id").fill("7.1")
    fourth.get_by_label("Kind", exact=True).select_option("function")
    fourth.get_by_label("Severity if broken").select_option("critical")
    fourth.get_by_label("Requirement").fill("Lid does not leak when inverted")
    expect(fourth.locator(".clause-preview")).to_contain_text("yes")
    screenshot(page, "specs-editor-1366")
    fits(page)

    # Reorder with buttons: CE mark up to 2nd, then the first card down with the keyboard.
    card(page, 3).get_by_role("button", name="Move up").click()
    expect(card(page, 2).get_by_label("Clause id")).to_have_value("6.1")
    expect(card(page, 3).get_by_label("Clause id")).to_have_value("4.1")
    expect(card(page, 2).locator("h3")).to_have_text("Clause 2")
    card(page, 1).get_by_role("button", name="Move down").focus()
    page.keyboard.press("Enter")
    expect(card(page, 2).get_by_label("Clause id")).to_have_value("3.2")
    expect(card(page, 2).get_by_role("button", name="Move down")).to_be_focused()
    expect(card(page, 2).get_by_label("Value ± tolerance")).to_be_checked()  # kept on moving
    expect(card(page, 1).get_by_role("button", name="Move up")).to_be_disabled()
    # Remove the check (it asks first: what was typed in it would be lost).
    page.once("dialog", lambda dialog: dialog.accept())
    card(page, 4).get_by_role("button", name="Remove").click()
    expect(page.locator("[data-card]")).to_have_count(3)

    # Phone width: one column, nothing wider than the screen.
    page.set_viewport_size({"width": 390, "height": 844})
    screenshot(page, "specs-editor-390")
    fits(page)
    page.set_viewport_size({"width": 1366, "height": 900})

    page.get_by_role("button", name="Save specification").click()
    expect(page.get_by_role("heading", name=re.compile("Steel bottle 500 ml"))).to_be_visible()
    expect(page.locator(".messages")).to_contain_text("saved as version 1 with 3 clauses")
    rows = page.locator(".clause-table tbody th")
    expect(rows).to_have_text(["6.1", "3.2", "4.1"])
    expect(page.locator(".clause-table")).to_contain_text("450 mm ± 5")
    screenshot(page, "specs-detail-buyer-1366")
    fits(page)

    # Attach to the order; the buyer and the supplier accept it.
    page.locator("#id_order").select_option(str(w.order.pk))
    page.get_by_role("button", name="Attach v1 to this order").click()
    expect(page.locator(".messages")).to_contain_text("Next: accept it yourself below")
    page.get_by_text("Accept v1 as binding…").click()
    expect(page.locator(".confirm-panel")).to_contain_text("Acceptance cannot be withdrawn")
    page.get_by_role("button", name="Yes, accept v1").click()
    expect(page.locator("#spec-state")).to_contain_text("Waiting for the supplier")
    screenshot(page, "specs-order-buyer-1366")
    fits(page)
    page.set_viewport_size({"width": 390, "height": 844})
    screenshot(page, "specs-order-buyer-390")
    fits(page)

    sign_out(page)
    login(page, live_server, w.supplier.email, DEFAULT_PASSWORD)
    page.goto(f"{base}/specs/orders/{w.order.pk}/")
    expect(page.locator("#spec-state")).to_contain_text("Your move")
    screenshot(page, "specs-order-supplier-390")
    fits(page)
    page.get_by_text("Accept v1 as binding…").click()
    expect(page.locator(".confirm-panel")).to_contain_text("refund or return decided against you")
    page.get_by_role("button", name="Yes, accept v1").click()
    expect(page.locator("#spec-state")).to_contain_text("Version 1 is binding")
    expect(page.locator(".messages")).to_contain_text("it is binding for order")
    page.get_by_role("link", name="Steel bottle 500 ml v1").click()
    expect(page.locator(".clause-table")).to_contain_text("CE mark on the gift box")
    screenshot(page, "specs-detail-supplier-390")
    fits(page)
    page.set_viewport_size({"width": 1366, "height": 900})
    screenshot(page, "specs-detail-supplier-1366")
    fits(page)
