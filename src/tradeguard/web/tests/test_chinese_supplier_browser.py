"""In Chromium, on the demo's cases: a Chinese supplier answers in zh-Hans, the other
side reads the same case in English.

The supplier responds to a dispute with a proposal, counter-notifies an IP notice,
accepts a specification and reads its sanctions; on every page it reaches, the words on
the screen hold no English outside what people wrote and what is marked with another
language (`lang="en"`: the other party's words, the English text of a bilingual legal
statement). The buyer then reads the proposal, and the rights holder the counter-notice,
in English.

The English left on a page is found as in `test_no_english_for_suppliers`: it fails
until every message on these pages has its Chinese in the catalogues.
"""

from __future__ import annotations

from typing import Any

import pytest

from tradeguard.accounts.models import User
from tradeguard.common.demo import DEMO_PASSWORD, seed_all
from tradeguard.disputes.enums import DisputeStatus
from tradeguard.disputes.models import Dispute
from tradeguard.ip.enums import ItemStatus
from tradeguard.ip.models import ComplaintItem
from tradeguard.orders.models import Order
from tradeguard.specs import services as spec_services
from tradeguard.specs.models import OrderSpec
from tradeguard.web.testing import browser_page, sign_in_as
from tradeguard.web.tests.test_no_english_for_suppliers import english_left, people_strings

pytestmark = pytest.mark.browser
__all__ = ["browser_page"]

# The words on the screen, without what is marked with a language other than Chinese,
# scripts, styles, code, hidden elements and the option lists of selects.
VISIBLE_TEXT_JS = """() => {
  const body = document.body.cloneNode(true);
  body.querySelectorAll(
    '[lang]:not([lang^="zh"]), script, style, code, pre, kbd, samp, textarea, option,'
    + ' template, [hidden], [aria-hidden="true"]'
  ).forEach((el) => el.remove());
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  const parts = [];
  while (walker.nextNode()) parts.push(walker.currentNode.nodeValue);
  return parts.join(" | ");
}"""


def _as(page: Any, live_server: Any, user: User, language: str) -> None:
    User.objects.filter(pk=user.pk).update(language=language)
    sign_in_as(page, live_server, user.email, DEMO_PASSWORD)


# Page -> the English runs left on it; asserted empty at the end, so that one run walks
# every journey and names every page that still reads English.
LEFT: dict[str, list[str]] = {}


def _no_english(page: Any, where: str) -> None:
    page.wait_for_load_state("networkidle")
    assert page.locator("html").get_attribute("lang") in {"zh-hans", "zh-Hans"}, where
    left = english_left(page.evaluate(VISIBLE_TEXT_JS), people_strings())
    if left:
        LEFT[where] = sorted(set(left))


def _english(page: Any, where: str, *phrases: str) -> None:
    assert page.locator("html").get_attribute("lang") == "en", where
    text = page.evaluate("() => document.body.innerText")
    for phrase in phrases:
        assert phrase in text, f"{where}: {phrase!r} not on the page"


def _user_of(org_id: int) -> User:
    user = User.objects.filter(organization_id=org_id, is_active=True).order_by("id").first()
    assert user is not None
    return user


def test_chinese_supplier_journeys_and_the_other_side_in_english(
    browser_page: Any, live_server: Any
) -> None:
    page, base = browser_page, live_server.url
    LEFT.clear()
    ctx = seed_all(log=lambda line: None)

    # 1. Respond to a dispute: a partial refund proposal.
    dispute = Dispute.objects.filter(status=DisputeStatus.AWAITING_RESPONSE).order_by("id").first()
    assert dispute is not None, "the demo has a dispute waiting for the supplier"
    supplier = _user_of(dispute.supplier_id)
    _as(page, live_server, supplier, "zh-hans")
    _no_english(page, "dashboard")
    page.goto(f"{base}/disputes/{dispute.pk}/respond/")
    _no_english(page, "dispute response")
    page.locator("#pr-kind").select_option("partial_refund")
    page.locator("#pr-amount").fill("10.00")
    page.locator("#pr-note").fill("我们同意退还部分货款。")
    page.locator("#make-proposal").click()
    page.wait_for_load_state("networkidle")
    assert dispute.proposals.filter(kind="partial_refund").exists()
    page.goto(f"{base}/disputes/{dispute.pk}/")
    _no_english(page, "dispute after the proposal")

    # The buyer reads the same case in English.
    _as(page, live_server, _user_of(dispute.buyer_id), "en")
    page.goto(f"{base}/disputes/{dispute.pk}/")
    _english(page, "buyer's dispute page", "Accept and settle")

    # 2. Counter-notify an IP notice.
    item = ComplaintItem.objects.filter(status=ItemStatus.NOTIFIED).order_by("id").first()
    assert item is not None
    assert item.supplier_id is not None
    notified = _user_of(item.supplier_id)
    _as(page, live_server, notified, "zh-hans")
    page.goto(f"{base}/ip/items/{item.pk}/")
    _no_english(page, "IP notice")
    page.locator("#counter_explanation").fill("这是我们自己的设计。2019年已注册。")
    page.locator("#counter_statement_perjury").check()
    page.locator("#counter_consent_jurisdiction").check()
    page.locator("#counter_signature_name").fill(notified.full_name)
    page.locator("form:has(input[name=action][value=counter]) button[type=submit]").click()
    page.wait_for_load_state("networkidle")
    item.refresh_from_db()
    assert item.status == ItemStatus.COUNTER_NOTICED
    _no_english(page, "IP notice after the counter-notice")

    # The rights holder reads it in English.
    _as(page, live_server, _user_of(item.complaint.rights_holder_id), "en")
    page.goto(f"{base}/ip/items/{item.pk}/")
    _english(page, "rights holder's item page", "Counter-notice")

    # 3. Accept a specification the buyer attached and accepted.
    order = (
        Order.objects.filter(supplier_id=supplier.organization_id)
        .exclude(pk__in=OrderSpec.objects.values("order_id"))
        .order_by("id")
        .first()
    )
    assert order is not None
    buyer = _user_of(order.buyer_id)
    spec = spec_services.spec_create(
        actor=buyer,
        product_name="Arc LED desk lamp",
        reference="LAMP-ZH-1",
        clauses=[
            {
                "clause_id": "1",
                "text": "Arm reach",
                "kind": "dimension",
                "severity": "major",
                "target": {"type": "measure", "value": "420", "unit": "mm", "tolerance": "5"},
            }
        ],
    )
    version = spec.versions.get(number=1)
    attachment = spec_services.order_spec_attach(actor=buyer, order=order, version=version)
    spec_services.spec_accept(actor=buyer, attachment=attachment)
    _as(page, live_server, supplier, "zh-hans")
    page.goto(f"{base}/specs/orders/{order.pk}/")
    _no_english(page, "specification to accept")
    page.locator(f"#accept-{attachment.pk} summary").click()
    page.locator(f"#accept-{attachment.pk} button[type=submit]").click()
    page.wait_for_load_state("networkidle")
    assert attachment.acceptances.filter(party="supplier").exists()
    _no_english(page, "specification accepted")

    # 4. Sanctions: the supplier with points in force reads its standing.
    sanctioned = ctx.users["supplier3"]
    _as(page, live_server, sanctioned, "zh-hans")
    page.goto(f"{base}/sanctions/suppliers/{sanctioned.organization_id}/")
    _no_english(page, "sanctions")
    page.goto(f"{base}/account/organization/")
    _no_english(page, "organization with its sanctions")

    report = "\n".join(f"{where}: {runs}" for where, runs in LEFT.items())
    assert not LEFT, f"English left on {len(LEFT)} pages:\n{report}"
