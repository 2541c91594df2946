"""End to end in headless Chromium: the buyer drafts the sales contract on the order
page (a bad input first), reviews it and accepts its SHA-256; the supplier, on a
phone-sized screen, sees it is their move, accepts the same hash, and the contract is
binding with its PDF among the order's documents."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from playwright.sync_api import expect

from tradeguard.accounts.tests.factories import DEFAULT_PASSWORD
from tradeguard.common import clock
from tradeguard.contracts.enums import ContractStatus
from tradeguard.contracts.models import SalesContract
from tradeguard.contracts.tests import factories as f
from tradeguard.web.testing import login, sign_in_as

pytestmark = pytest.mark.browser


def test_both_parties_generate_and_accept_a_contract(browser_page: Any, live_server: Any) -> None:
    w = f.world_with_spec()
    page = browser_page
    base = live_server.url
    today = clock.now().date()

    login(page, live_server, w.buyer.email, DEFAULT_PASSWORD)
    page.goto(f"{base}/orders/{w.order.pk}/")
    form = page.locator("#contract-draft-form")
    expect(form).to_be_visible()
    form.locator("#id_contract-incoterm").select_option("CIF")
    form.locator("#id_contract-place").fill("Hamburg port, Germany")
    form.locator("#id_contract-ship_by").fill((today + dt.timedelta(days=30)).isoformat())
    form.locator("#id_contract-delivery_by").fill((today + dt.timedelta(days=20)).isoformat())
    form.locator("#id_contract-forum").select_option("supplier_courts")
    form.locator("#id_contract-buyer_address").fill("Hafenstrasse 12, 20457 Hamburg, Germany")
    form.locator("#id_contract-supplier_address").fill("88 Jiangnan Road, Yiwu, China")
    form.locator("#id_contract-compliance").fill("CE marking\nGerman instructions for use")
    form.locator("button[type=submit]").click()
    # Two mistakes: delivery before shipment, and no city for the supplier's courts.
    expect(page.locator("#contract-draft-form .errors").first).to_be_visible()
    assert not SalesContract.objects.exists()
    form = page.locator("#contract-draft-form")
    form.locator("#id_contract-delivery_by").fill((today + dt.timedelta(days=60)).isoformat())
    form.locator("#id_contract-city").fill("Yiwu")
    form.locator("button[type=submit]").click()
    expect(page.locator("#contract-sha256")).to_be_visible()
    contract = SalesContract.objects.get()
    expect(page.locator("#contract-sha256")).to_have_text(contract.sha256)
    expect(page.locator("#contract-clause-10")).to_contain_text("Yiwu")
    expect(page.locator("#contract-preview")).to_contain_text("第 6 条 发货前验货")
    page.locator("#contract-accept-form summary").click()
    expect(page.locator("#contract-accept-form .confirm-panel")).to_contain_text(contract.sha256)
    page.locator("#contract-accept-form button[type=submit]").click()
    expect(page.locator("#contract-waiting")).to_be_visible()
    assert [a.party for a in contract.acceptances.all()] == ["buyer"]

    # The supplier, on a phone.
    page.set_viewport_size({"width": 390, "height": 844})
    sign_in_as(page, live_server, w.supplier.email, DEFAULT_PASSWORD)
    page.goto(f"{base}/orders/{w.order.pk}/")
    expect(page.locator("#contract-state")).to_have_class("alert alert-warning")
    expect(page.locator("#contract-sha256")).to_have_text(contract.sha256)
    page.locator("#contract-accept-form summary").click()
    page.locator("#contract-accept-form button[type=submit]").click()
    expect(page.locator("#contract-accept-form")).to_have_count(0)
    contract.refresh_from_db()
    assert contract.status == ContractStatus.BINDING
    assert contract.document is not None
    expect(page.locator(f"#document-{contract.document.pk}")).to_be_visible()
    with page.expect_download() as download:
        page.locator("#contract-pdf").click()
    assert download.value.suggested_filename.endswith("-v1.pdf")
