"""Binding statements in both languages where they are signed, and signatures that
record the language shown, the texts' versions and their hash (issue 12)."""

from __future__ import annotations

import re
from html import unescape
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from tradeguard.accounts.services import user_set_language
from tradeguard.common.testing import ApiClient
from tradeguard.ip import legal
from tradeguard.ip.enums import ItemStatus
from tradeguard.ip.models import Complaint, CounterNotice
from tradeguard.ip.services import item_counter_notice
from tradeguard.ip.tests import factories as f

pytestmark = pytest.mark.django_db


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _text(html: str) -> str:
    return unescape(re.sub(r"\s+", " ", html))


@pytest.fixture
def case(frozen: Any) -> dict[str, Any]:
    holder = user_set_language(actor=f.rights_holder(), language="en")
    rec = f.record(holder)
    supplier = f.supplier()  # a supplier in China: Chinese by default
    supplier.language = ""  # (test users read English unless they keep their default)
    supplier.save(update_fields=["language"])
    listing = f.listing(supplier.organization, title="Arc lamp")
    return {"holder": holder, "record": rec, "supplier": supplier, "listing": listing}


def _positions(html: str, *needles: str) -> list[int]:
    found = [html.find(n) for n in needles]
    assert all(i >= 0 for i in found), [n for n, i in zip(needles, found, strict=True) if i < 0]
    return found


def _form(case: dict[str, Any], **kw: str) -> dict[str, str]:
    """The complaint form as a filer posts it, every statement ticked."""
    return {
        "record": str(case["record"].pk),
        "reason": "counterfeit",
        "listings": case["listing"].marketplace_url,
        "explanation": "Fake lamps.",
        "statement_good_faith": "on",
        "statement_accuracy": "on",
        "statement_authority": "on",
        "signature_name": "Rachel Rights",
        "statements_sha256": legal.COMPLAINT.sha256,
        **kw,
    }


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_the_complaint_form_shows_each_statement_in_both_languages(
    case: dict[str, Any], language: str
) -> None:
    holder = user_set_language(actor=case["holder"], language=language)
    html = _text(_client(holder).get(reverse("ip:complaint_new")).content.decode())
    for text in (*legal.COMPLAINT.texts, legal.COMPLAINT.prevails):
        en, zh = _positions(html, text.en, text.zh_hans)
        # The reader's language first.
        assert (en < zh) == (language == "en"), text.id
    assert 'lang="zh-Hans"' in html
    assert 'lang="en"' in html
    assert f'name="statements_sha256" value="{legal.COMPLAINT.sha256}"' in html
    for field in ("statement_good_faith", "statement_accuracy", "statement_authority"):
        assert f'type="checkbox" name="{field}"' in html


def test_filing_on_the_page_records_language_versions_and_hash(case: dict[str, Any]) -> None:
    holder = user_set_language(actor=case["holder"], language="zh-hans")
    response = _client(holder).post(
        reverse("ip:complaint_new"), _form(case, explanation="假冒我方注册商标的灯具。")
    )
    assert response.status_code == 302
    complaint = Complaint.objects.get()
    assert complaint.statement_language == "zh-hans"
    assert complaint.statement_sha256 == legal.COMPLAINT.sha256
    assert [(r["id"], r["version"]) for r in complaint.statement_texts] == [
        ("ip.complaint.good_faith", 1),
        ("ip.complaint.accuracy", 1),
        ("ip.complaint.authority", 1),
        ("ip.english_prevails", 1),
    ]
    assert complaint.language == "zh-hans"  # the explanation as written

    # The record page says how it was signed, in the reader's language.
    user_set_language(actor=holder, language="en")
    page = _text(_client(holder).get(reverse("ip:complaint", args=[complaint.pk])).content.decode())
    assert "Signed in Chinese; the English text prevails." in page
    assert legal.COMPLAINT.texts[1].zh_hans in page  # the statements as signed
    assert '<span lang="zh-Hans">假冒我方注册商标的灯具。</span><span class="lang-mark"' in page


def test_statements_changed_since_the_page_was_shown_are_not_signed(
    case: dict[str, Any],
) -> None:
    page = _client(case["holder"]).post(
        reverse("ip:complaint_new"), _form(case, statements_sha256="0" * 64)
    )
    assert page.status_code == 200
    assert "The statements changed after they were shown" in _text(page.content.decode())
    # The page now carries the current statements' hash.
    assert f'value="{legal.COMPLAINT.sha256}"' in page.content.decode()
    assert not Complaint.objects.exists()


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_the_counter_notice_form_shows_both_languages_and_records_the_signers(
    case: dict[str, Any], language: str
) -> None:
    complaint = f.complaint(case["holder"], case["record"], [case["listing"]])
    item = complaint.items.get()
    supplier = user_set_language(actor=case["supplier"], language=language)
    client = _client(supplier)
    url = reverse("ip:item", args=[item.pk])
    html = _text(client.get(url).content.decode())
    for text in (*legal.COUNTER_NOTICE.texts, legal.COUNTER_NOTICE.prevails):
        en, zh = _positions(html, text.en, text.zh_hans)
        assert (en < zh) == (language == "en"), text.id
    # The rights holder's signed statements are on the notice page too.
    assert legal.COMPLAINT.texts[0].zh_hans in html
    done = client.post(
        url,
        {
            "action": "counter",
            "explanation": "这是我们自己设计的产品。",
            "statement_perjury": "on",
            "consent_jurisdiction": "on",
            "signature_name": "李伟",
            "statements_sha256": legal.COUNTER_NOTICE.sha256,
        },
    )
    assert done.status_code == 302
    counter = CounterNotice.objects.get()
    assert counter.statement_language == language
    assert counter.statement_sha256 == legal.COUNTER_NOTICE.sha256
    assert [r["id"] for r in counter.statement_texts] == [
        "ip.counter_notice.mistake",
        "ip.counter_notice.jurisdiction",
        "ip.english_prevails",
    ]
    assert counter.language == "zh-hans"  # what the supplier wrote is Chinese either way

    # The rights holder (English) reads how the supplier signed, and what it wrote marked.
    page = _text(_client(case["holder"]).get(url).content.decode())
    signed_in = "Chinese" if language == "zh-hans" else "English"
    assert f"Signed in {signed_in}; the English text prevails." in page
    assert '<p lang="zh-Hans">这是我们自己设计的产品。<span class="lang-mark"' in page


def test_the_api_lists_the_statements_with_versions_and_hashes(case: dict[str, Any]) -> None:
    resp = ApiClient(case["supplier"]).get("ip/statements")
    assert resp.status_code == 200
    sets = {s["id"]: s for s in resp.json()}
    assert set(sets) == {"ip.complaint", "ip.counter_notice"}
    counter = sets["ip.counter_notice"]
    assert counter["sha256"] == legal.COUNTER_NOTICE.sha256
    assert counter["prevailing_language"] == "en"
    assert [t["field"] for t in counter["texts"]] == ["statement_perjury", "consent_jurisdiction"]
    first = counter["texts"][0]
    assert first["en"] == legal.COUNTER_NOTICE.texts[0].en
    assert first["zh_hans"] == legal.COUNTER_NOTICE.texts[0].zh_hans
    assert first["version"] == 1
    assert len(first["sha256"]) == 64
    assert counter["prevails"]["zh_hans"].startswith("上述声明以英文文本为准")
    assert ApiClient(None).get("ip/statements").status_code == 401


def _body(case: dict[str, Any], **kw: Any) -> dict[str, Any]:
    return {
        "record_id": case["record"].pk,
        "reason": "counterfeit",
        "listings": [case["listing"].marketplace_url],
        "explanation": "Fake lamps.",
        "statement_good_faith": True,
        "statement_accuracy": True,
        "statement_authority": True,
        "signature_name": "Rachel Rights",
        **kw,
    }


def test_the_api_records_the_statement_language_from_the_body(case: dict[str, Any]) -> None:
    api = ApiClient(case["holder"])
    resp = api.post(
        "ip/complaints",
        _body(case, statement_language="zh-hans", statements_sha256=legal.COMPLAINT.sha256),
    )
    assert resp.status_code == 201, resp.json()
    signed = resp.json()["statements"]
    assert signed["language"] == "zh-hans"
    assert signed["sha256"] == legal.COMPLAINT.sha256
    assert [t["id"] for t in signed["texts"]][-1] == "ip.english_prevails"
    assert resp.json()["language"] == "en"  # the filer writes in English


def test_the_api_records_the_request_language_without_a_body_field(
    case: dict[str, Any],
) -> None:
    api = ApiClient(case["holder"])  # saved language: English
    resp = api.post("ip/complaints", _body(case), headers={"Accept-Language": "zh-Hans"})
    assert resp.status_code == 201, resp.json()
    assert resp.json()["statements"]["language"] == "zh-hans"
    resp = api.post("ip/complaints", _body(case, listings=[f.listing().marketplace_url]))
    assert resp.status_code == 201, resp.json()
    assert resp.json()["statements"]["language"] == "en"


def test_the_api_refuses_a_stale_hash_or_an_unknown_language(case: dict[str, Any]) -> None:
    api = ApiClient(case["holder"])
    stale = api.post("ip/complaints", _body(case, statements_sha256="0" * 64))
    assert stale.status_code == 409
    assert set(stale.json()["fields"]) == {"statements_sha256"}
    unknown = api.post("ip/complaints", _body(case, statement_language="fr"))
    assert unknown.status_code == 422
    assert "statement_language" in unknown.json()["fields"]
    assert not Complaint.objects.exists()


def test_the_api_counter_notice_records_the_statement_language(case: dict[str, Any]) -> None:
    complaint = f.complaint(case["holder"], case["record"], [case["listing"]])
    item = complaint.items.get()
    api = ApiClient(case["supplier"])  # Chinese by default
    resp = api.upload(
        f"ip/items/{item.pk}/counter-notice",
        {
            "explanation": "Own design",
            "signature_name": "Li Wei",
            "statement_perjury": "true",
            "consent_jurisdiction": "true",
            "statements_sha256": legal.COUNTER_NOTICE.sha256,
        },
    )
    assert resp.status_code == 200, resp.json()
    counter = resp.json()["counter_notice"]
    assert counter["statements"]["language"] == "zh-hans"
    assert counter["statements"]["sha256"] == legal.COUNTER_NOTICE.sha256
    assert counter["language"] == "en"  # a Chinese reader who wrote "Own design"
    assert resp.json()["status"] == ItemStatus.COUNTER_NOTICED


def test_services_default_to_the_signers_language(case: dict[str, Any]) -> None:
    complaint = f.complaint(case["holder"], case["record"], [case["listing"]])
    assert complaint.statement_language == "en"
    item = item_counter_notice(
        actor=case["supplier"],
        item=complaint.items.get(),
        explanation="自有设计",
        statement_perjury=True,
        consent_jurisdiction=True,
        signature_name="李伟",
    )
    assert item.counter_notice.statement_language == "zh-hans"


def test_an_officers_decision_records_the_officers_language_and_is_marked(
    case: dict[str, Any],
) -> None:
    from tradeguard.accounts.tests.factories import officer
    from tradeguard.ip.services import item_decide, item_maintain

    complaint = f.complaint(case["holder"], case["record"], [case["listing"]])
    item = item_counter_notice(
        actor=case["supplier"],
        item=complaint.items.get(),
        explanation="自有设计",
        statement_perjury=True,
        consent_jurisdiction=True,
        signature_name="李伟",
    )
    item = item_maintain(actor=case["holder"], item=item, explanation="")
    decider = user_set_language(actor=officer(), language="en")
    item = item_decide(
        actor=decider, item=item, uphold=False, reason="The lamp's design differs clearly."
    )
    assert item.decision_language == "en"
    page = _text(_client(case["supplier"]).get(reverse("ip:item", args=[item.pk])).content.decode())
    assert (
        '<span lang="en">The lamp\'s design differs clearly.</span><span class="lang-mark" lang="en"'
        in page.replace("&#x27;", "'")
    )
