"""The case page in each reader's language: a Chinese supplier reads the next step, the
evidence checklist, the spec recommendation and the timeline in Chinese; the English
buyer reads the same case in English. What the parties wrote stays as written."""

from __future__ import annotations

import html as htmlmod

import pytest
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext

from tradeguard.accounts.models import User
from tradeguard.disputes.models import Proposal
from tradeguard.disputes.tests.test_spec_evidence import file, world
from tradeguard.specs.tests import factories as sf

pytestmark = pytest.mark.django_db

BANNER = (
    "The supplier must respond: accept the request, propose something else, or reject it "
    "with reasons and evidence."
)
CHECKLIST = "The written requirement: specification, contract, drawing or listing"
OUTCOME = "Full refund, or return and refund"
TIMELINE = "Dispute filed"
INITIAL = "The buyer's request when filing."


def page(user: User, path: str) -> str:
    client = Client()
    client.force_login(user)
    return htmlmod.unescape(client.get(path).content.decode())


def chinese(msgid: str) -> str:
    with translation.override("zh-hans"):
        return gettext(msgid)


def test_a_chinese_supplier_reads_the_case_in_chinese_and_the_buyer_in_english() -> None:
    w = world(report=sf.failing_content())
    dispute = file(w, "Clause 3.2")
    w.supplier.language = "zh-hans"
    w.supplier.save(update_fields=["language"])

    zh = page(w.supplier, f"/disputes/{dispute.pk}/")
    for msgid in (BANNER, CHECKLIST, OUTCOME, TIMELINE, INITIAL, "(required)"):
        translated = chinese(msgid)
        assert translated != msgid, f"no Chinese for {msgid!r}"
        assert translated in zh
        assert msgid not in zh
    assert "lot rejected" not in zh  # the clause finding, rendered from the verdict's data
    assert "US$12,000.00" in zh  # money by the shared formatter
    assert "The bottles are 125 mm tall" in zh  # what the buyer wrote, as written

    en = page(w.buyer, f"/disputes/{dispute.pk}/")
    for msgid in (BANNER, CHECKLIST, OUTCOME, TIMELINE, INITIAL, "(required)"):
        assert msgid in en
    assert "7 of 80 sampled units out of tolerance; major, Ac 5 → lot rejected" in en


def test_the_initial_request_stores_no_english_note() -> None:
    w = world(report=sf.failing_content())
    dispute = file(w, "Clause 3.2")
    initial = Proposal.objects.get(dispute=dispute, is_initial_request=True)
    assert initial.note == ""
    with translation.override("zh-hans"):
        assert initial.shown_note == chinese(INITIAL)
    # Cases filed before kept the English label; it reads translated too.
    initial.note = INITIAL
    with translation.override("zh-hans"):
        assert initial.shown_note == chinese(INITIAL)


def test_timeline_amounts_read_as_money() -> None:
    w = world(report=sf.failing_content())
    dispute = file(w, "Clause 3.2")
    html = page(w.buyer, f"/disputes/{dispute.pk}/")
    assert "US$12,000.00" in html
    assert "12000.00" not in html
