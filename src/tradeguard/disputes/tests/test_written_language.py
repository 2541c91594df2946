# Chinese test texts use full-width Chinese punctuation, which RUF001 takes for look-alikes.
# ruff: noqa: RUF001
"""What each party writes is stored as written, with the language it was written in,
and marked for a reader of the other language; nothing is machine-translated (issue 12)."""

from __future__ import annotations

import re
from html import unescape

import pytest
import time_machine
from django.test import Client

from tradeguard.accounts.services import user_set_language
from tradeguard.common.testing import ApiClient
from tradeguard.disputes import services
from tradeguard.disputes.tests.factories import (
    Cast,
    add_evidence,
    at,
    bring_under_review,
    delivered_order,
    file_dispute,
    findings_for,
)

pytestmark = pytest.mark.django_db
NOW = at(2026, 4, 1)
CHINESE_MESSAGE = "货物已按合同规格生产，请查看验货报告。"


@pytest.fixture(autouse=True)
def _supplier_reads_its_countrys_language(c: Cast) -> None:
    # Test users read English unless asked; this supplier keeps its country's default.
    c.supplier.language = ""
    c.supplier.save(update_fields=["language"])


def _page(user, url: str) -> str:  # type: ignore[no-untyped-def]
    client = Client()
    client.force_login(user)
    return unescape(re.sub(r"\s+", " ", client.get(url).content.decode()))


def test_each_text_records_its_authors_language_and_is_marked_for_the_other_side(
    c: Cast,
) -> None:
    user_set_language(actor=c.buyer, language="en")
    assert c.supplier.effective_language == "zh-hans"  # a supplier in China
    with time_machine.travel(NOW, tick=False):
        dispute = file_dispute(c, delivered_order(c, NOW))
        message = services.message_post(actor=c.supplier, dispute=dispute, body=CHINESE_MESSAGE)
        proposal = services.proposal_make(
            actor=c.supplier,
            dispute=dispute,
            kind="partial_refund",
            amount="200.00",
            note="可退部分货款。",
        )
        evidence = add_evidence(c.supplier, dispute, "inspection_report")
    assert dispute.language == "en"
    assert message.language == "zh-hans"
    assert message.body == CHINESE_MESSAGE  # stored as written
    assert proposal.language == "zh-hans"
    assert evidence.language == "en"  # "inspection_report evidence": written in English
    initial = dispute.proposals.get(is_initial_request=True)
    assert initial.language == ""  # the platform's own words are not a party's

    buyer_page = _page(c.buyer, f"/disputes/{dispute.pk}/")
    assert (
        f'<p lang="zh-Hans">{CHINESE_MESSAGE}<span class="lang-mark" lang="zh-Hans"' in buyer_page
    )
    assert '<p lang="zh-Hans">可退部分货款。<span class="lang-mark"' in buyer_page
    assert '<span class="lang-mark" lang="en"' not in buyer_page  # own language: no mark

    supplier_page = _page(c.supplier, f"/disputes/{dispute.pk}/")
    description = "The goods do not match what we ordered; details in the evidence."
    assert f'<p lang="en">{description}<span class="lang-mark" lang="en"' in supplier_page
    assert f'<p lang="zh-Hans">{CHINESE_MESSAGE}</p>' in supplier_page  # no mark for its own

    api = ApiClient(c.buyer).get(f"disputes/{dispute.pk}")
    assert api.status_code == 200
    body = api.json()
    assert body["language"] == "en"
    assert [m["language"] for m in body["messages"]] == ["zh-hans"]


def test_the_officers_statement_and_findings_carry_the_officers_language(c: Cast) -> None:
    user_set_language(actor=c.officer, language="en")
    with time_machine.travel(NOW, tick=False):
        dispute = file_dispute(c, delivered_order(c, NOW))
        add_evidence(c.buyer, dispute)
    dispute = bring_under_review(c, dispute, NOW)
    decision = services.decision_make(
        actor=c.officer,
        dispute=dispute,
        outcome="buyer_full",
        statement="The goods do not match the specification the buyer cited.",
        findings=findings_for(dispute),
    )
    assert decision.language == "en"
    supplier_page = _page(c.supplier, f"/disputes/{dispute.pk}/")
    assert '<p lang="en">The goods do not match the specification the buyer cited.' in supplier_page
    assert (
        'The goods do not meet the requirement, as the evidence shows.</span><span class="lang-mark" lang="en"'
        in supplier_page
    )
