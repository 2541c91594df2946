"""Binding statements as versioned bilingual pairs (common/i18n/legal.py)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from django.utils import translation

from tradeguard.common.errors import ApplicationError
from tradeguard.common.i18n import legal as L
from tradeguard.ip import legal

# A signed record names texts by id, version and hash. Changing a text's words without a
# new version would make every earlier signature point at words nobody signed: this
# table fails first. Add a version (keep the old one registered) and its hash here.
PINNED = {
    (
        "ip.complaint.good_faith",
        1,
    ): "349179752d65074baa46dfafd22169e2a6f256127a7cd0d5bcdb9f5fa783db80",
    (
        "ip.complaint.accuracy",
        1,
    ): "b49e20d098d8ad1901543afeeb5b2fbac6d2a23708b0f2c57a8f0b5fa9fccced",
    (
        "ip.complaint.authority",
        1,
    ): "30f43f8cb85784d210defe821a1d35fa1a92307c558357c00e6919179faae9c4",
    (
        "ip.counter_notice.mistake",
        1,
    ): "724354cc8ded426b6f8b99002083539ff7d0883c3115436f2563ead3dc3b4d94",
    (
        "ip.counter_notice.jurisdiction",
        1,
    ): "9704ab8f2e1a59f24de7a75fae039c9515fd299098cfe23e3350bef3befc6e07",
    ("ip.english_prevails", 1): "33492ebe9273f9dfcb45003c79cc9a27328e57e20788d2adf8e540fd746f49ba",
}


def test_every_registered_text_keeps_its_pinned_hash() -> None:
    assert {key: text.sha256 for key, text in L.TEXTS.items()} == PINNED


def test_each_text_has_both_languages_and_the_glossary_terms() -> None:
    texts = {t.id: t for t in L.TEXTS.values()}
    for text in texts.values():
        assert text.en.strip()
        assert text.zh_hans.strip()
        assert text.zh_hans.endswith("。")
    assert "善意" in texts["ip.complaint.good_faith"].zh_hans
    assert "伪证处罚" in texts["ip.complaint.accuracy"].zh_hans
    assert "伪证处罚" in texts["ip.counter_notice.mistake"].zh_hans
    assert "错误或误认" in texts["ip.counter_notice.mistake"].zh_hans
    assert "管辖" in texts["ip.counter_notice.jurisdiction"].zh_hans
    assert "送达" in texts["ip.counter_notice.jurisdiction"].zh_hans
    assert "以英文文本为准" in texts["ip.english_prevails"].zh_hans
    assert "English text" in texts["ip.english_prevails"].en


def test_every_statement_maps_to_a_request_field() -> None:
    assert [t.field for t in legal.COMPLAINT.texts] == [
        "statement_good_faith",
        "statement_accuracy",
        "statement_authority",
    ]
    assert [t.field for t in legal.COUNTER_NOTICE.texts] == [
        "statement_perjury",
        "consent_jurisdiction",
    ]


@pytest.mark.parametrize(
    ("reader", "first", "second"), [("en", "en", "zh-hans"), ("zh-hans", "zh-hans", "en")]
)
def test_the_readers_language_comes_first_and_english_prevails(
    reader: str, first: str, second: str
) -> None:
    shown = L.present(legal.COUNTER_NOTICE, reader=reader)
    for row in (*shown.rows, shown.prevails):
        assert [c.language for c in row.columns] == [first, second]
        assert [c.prevails for c in row.columns] == [first == "en", second == "en"]
    assert shown.rows[0].columns[0].lang == ("zh-Hans" if reader == "zh-hans" else "en")
    assert shown.sha256 == legal.COUNTER_NOTICE.sha256


def test_a_signature_records_language_texts_and_the_hash_of_the_set() -> None:
    signer = SimpleNamespace(effective_language="zh-hans")
    signed = L.signature_for(legal.COMPLAINT, actor=signer)
    assert signed["statement_language"] == "zh-hans"
    assert [r["id"] for r in signed["statement_texts"]] == [
        "ip.complaint.good_faith",
        "ip.complaint.accuracy",
        "ip.complaint.authority",
        "ip.english_prevails",
    ]
    assert all(r["version"] == 1 for r in signed["statement_texts"])
    assert signed["statement_sha256"] == legal.COMPLAINT.sha256
    assert (
        L.signature_for(legal.COMPLAINT, actor=signer, language="en")["statement_language"] == "en"
    )


def test_an_unknown_language_or_a_stale_hash_is_refused() -> None:
    signer = SimpleNamespace(effective_language="en")
    with pytest.raises(ApplicationError) as bad:
        L.signature_for(legal.COMPLAINT, actor=signer, language="fr")
    assert bad.value.status == 422
    assert set(bad.value.fields) == {"statement_language"}
    with pytest.raises(ApplicationError) as stale:
        L.signature_for(legal.COMPLAINT, actor=signer, shown_sha256="0" * 64)
    assert stale.value.status == 409
    assert set(stale.value.fields) == {"statements_sha256"}


def test_what_was_signed_is_shown_as_signed_and_a_tampered_record_says_so() -> None:
    record = SimpleNamespace(
        **L.signature_for(legal.COUNTER_NOTICE, actor=None, language="zh-hans")
    )
    shown = L.present_signed(record, reader="en")
    assert shown is not None
    assert shown.intact
    assert [r.text.id for r in shown.rows if r.text] == [t.id for t in legal.COUNTER_NOTICE.texts]
    with translation.override("en"):
        assert shown.signed_line == "Signed in Chinese; the English text prevails."
    record.statement_texts = [dict(r) for r in record.statement_texts]
    record.statement_texts[0]["sha256"] = "f" * 64
    tampered = L.present_signed(record, reader="en")
    assert tampered is not None
    assert not tampered.intact
    assert not tampered.rows[0].known
    assert L.present_signed(SimpleNamespace(statement_texts=[]), reader="en") is None
