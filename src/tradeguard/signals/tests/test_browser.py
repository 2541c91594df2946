"""In headless Chromium: the supplier asks for a fee after payment on the case; the
buyer opening the case sees the warning and what to do."""

from __future__ import annotations

from typing import Any

import pytest

from tradeguard.accounts.tests.factories import DEFAULT_PASSWORD
from tradeguard.common import clock
from tradeguard.disputes.tests.factories import cast, delivered_order, file_dispute
from tradeguard.web.testing import browser_page, login, sign_in_as

pytestmark = pytest.mark.browser
__all__ = ["browser_page"]


def test_a_buyer_sees_a_scam_warning_after_the_supplier_asks_for_a_fee(
    browser_page: Any, live_server: Any
) -> None:
    page = browser_page
    c = cast()
    dispute = file_dispute(c, delivered_order(c, clock.now()))

    login(page, live_server, c.supplier.email, DEFAULT_PASSWORD)
    page.goto(f"{live_server.url}/disputes/{dispute.pk}/")
    page.get_by_role("textbox", name="Message").fill(
        "The goods are held at customs. You need to pay the clearance fee of USD 650 "
        "before they can be released."
    )
    page.get_by_role("button", name="Send message").click()
    page.get_by_text("Message sent.").wait_for()
    assert page.locator("#scam-warning").count() == 0  # the supplier is not told

    sign_in_as(page, live_server, c.buyer.email, DEFAULT_PASSWORD)
    page.goto(f"{live_server.url}/disputes/{dispute.pk}/")
    warning = page.get_by_role("alert").filter(has_text="this may be a scam")
    warning.wait_for()
    text = warning.inner_text()
    assert "Extra fee demanded after payment" in text
    assert "clearance fee" in text
    assert "Do not pay anything more" in text
    assert "designated account" in text
    assert "escalate" in text

    page.goto(f"{live_server.url}/orders/{dispute.order_id}/")
    page.get_by_role("alert").filter(has_text="this may be a scam").wait_for()
