"""Every word people read comes from a complete Chinese and English catalogue: no
untranslated, fuzzy or uncompiled message, no template text outside a translation tag,
every enum label translated, and the Chinese uses the glossary's terms (docs/glossary.md)."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from django.db import models
from django.utils import translation

from tradeguard.common.i18n import catalogs

GLOSSARY = Path(__file__).resolve().parents[4] / "docs" / "glossary.md"
HAN = re.compile(r"[\u4e00-\u9fff]")
PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|\{\w*\}|%[sdif]")


def test_catalogues_are_complete_and_compiled() -> None:
    problems = catalogs.check()
    assert problems == [], "\n".join(map(str, problems[:40])) + (
        "\nRun `tradeguard i18n update`, translate the .po files named, then "
        "`tradeguard i18n compile`."
    )


def glossary() -> list[tuple[str, str]]:
    """(English, 中文) rows of the glossary's table, longest English first."""
    rows = []
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 2 and cells[0] not in ("", "English") and HAN.search(cells[1]):
            rows.append((cells[0], cells[1]))
    return sorted(rows, key=lambda row: -len(row[0]))


def missing_terms(source: str, text: str, terms: list[tuple[str, str]]) -> list[str]:
    """The glossary terms `source` uses whose Chinese `text` lacks. A longer term covers
    the shorter ones inside it; placeholders' names are not words."""
    source = PLACEHOLDER.sub(" ", source)
    misses = []
    for english, chinese in terms:
        pattern = re.compile(rf"\b{re.escape(english)}\b", re.IGNORECASE)
        if pattern.search(source):
            if chinese not in text:
                misses.append(english)
            source = pattern.sub(" ", source)
    return misses


def kept_codes() -> set[str]:
    """The product names and codes the glossary's rules keep in English in Chinese text
    ("Product names and codes stay as they are: TradeGuard, AQL, ISO 2859-1, ...")."""
    text = " ".join(GLOSSARY.read_text(encoding="utf-8").split())
    found = re.search(r"codes stay as they are: (.*?)\.(?:\s|$)", text)
    assert found, "docs/glossary.md lost its rule on codes kept as they are"
    return {word for item in found.group(1).split(",") for word in LATIN_WORD.findall(item)}


LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9-]*")


def english_left(text: str, allowed: tuple[str, ...] = ()) -> list[str]:
    """The Latin-letter words in a Chinese `text` other than the glossary's kept codes
    and `allowed` (names and codes the caller put there: a reference, an API path)."""
    keep = kept_codes() | {w for item in allowed for w in LATIN_WORD.findall(item)}
    return [word for word in LATIN_WORD.findall(text) if word not in keep]


def test_english_left_keeps_codes_and_names_only() -> None:
    assert english_left("本订单 PO-1 的 AQL 抽样不符合 ISO 2859-1。", ("PO-1",)) == []
    assert english_left("您现在不能 counter-notify。") == ["counter-notify"]


def test_the_glossary_check_reads_terms_as_people_do() -> None:
    terms = [("evidence window", "举证期"), ("evidence", "证据"), ("buyer", "买家")]
    assert missing_terms("The evidence window closes", "举证期结束", terms) == []
    assert missing_terms("Evidence of %(buyer)s", "证据 %(buyer)s", terms) == []
    assert missing_terms("The buyer's evidence", "对方的资料", terms) == ["evidence", "buyer"]


def test_the_chinese_catalogue_uses_the_glossarys_terms() -> None:
    terms = glossary()
    assert len(terms) > 40
    misses = []
    for app in catalogs.apps():
        path = catalogs.po_path(app, "zh_Hans")
        if not path.exists():
            continue
        for message in catalogs.read(path, "zh_Hans"):
            if not message.id or not message.string:
                continue
            source = message.id[0] if isinstance(message.id, tuple) else message.id
            text = message.string[0] if isinstance(message.string, tuple) else message.string
            for english in missing_terms(source, text, terms):
                misses.append(f"{app.name}: {english!r} missing in {text!r} ({source!r})")
    assert misses == [], "\n".join(misses[:40])


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_every_enum_label_reads_in_each_language(language: str) -> None:
    checked = 0
    for app in catalogs.apps():
        try:
            module = importlib.import_module(f"tradeguard.{app.name}.enums")
        except ModuleNotFoundError:
            continue
        for value in vars(module).values():
            if not (
                isinstance(value, type)
                and issubclass(value, models.TextChoices)
                and value is not models.TextChoices
            ):
                continue
            with translation.override(language):
                for member in value:
                    label = str(member.label)
                    assert label, f"{value.__name__}.{member.name} has no label"
                    assert label != member.value, f"{value.__name__}.{member.name}: a code"
                    if language == "zh-hans" and value.__name__ != "Language":
                        assert HAN.search(label), f"{value.__name__}.{member.name}: {label!r}"
                    checked += 1
    assert checked > 100


def test_our_words_outrank_djangos_and_each_word_keeps_its_meaning() -> None:
    """One English word in two places reads as each place means it, in Chinese: Django
    merges every catalogue into one table, so a word two catalogues translate reads as
    only one of them unless a context tells them apart."""
    from tradeguard.catalog.enums import ListingStatus
    from tradeguard.disputes.enums import ProposalStatus
    from tradeguard.ip.enums import ComplaintStatus
    from tradeguard.specs.enums import Verdict
    from tradeguard.specs.views.specifications import CHANGE_LABELS

    with translation.override("zh-hans"):
        # Django admin's own catalogue says "过滤器", a filter device.
        assert translation.gettext("Filter") == "筛选"
        assert translation.gettext("Email") == "电子邮箱"
        # A listing taken down is "delisted"; a line taken out of a specification is not.
        assert str(ListingStatus.REMOVED.label) == "已下架"
        assert str(CHANGE_LABELS["removed"]) == "已删除"
        assert str(ListingStatus.ACTIVE.label) == "已上架"
        # A settlement proposal waits for an answer; an IP complaint is being handled.
        assert str(ProposalStatus.OPEN.label) == "待答复"
        assert str(ComplaintStatus.OPEN.label) == "处理中"
        assert str(Verdict.PENDING.label) == "待定"
        assert translation.pgettext("pagination", "Next") == "下一页"
        assert translation.gettext("Next") == "下一步"


def test_the_check_reports_a_translation_another_catalogue_overrides() -> None:
    catalog = Catalog(locale="zh_Hans")
    catalog.add("Filter", "过滤器")  # what Django admin says; ours (筛选) is served
    catalog.add("Email", "电子邮箱")  # what Django serves: no problem
    problems = catalogs._shadowed(Path("example"), "zh_Hans", catalog)
    assert [(p.kind, p.message) for p in problems] == [
        ("shadowed", "'Filter' reads '筛选', not '过滤器'")
    ]


# Forms whose labels are set when they are built (the sign-in forms: the email field is
# Django's username field); test_shell signs in in Chinese.
LABELLED_WHEN_BUILT = {"EmailLoginForm", "AdminLoginForm"}


def test_every_field_a_person_fills_has_a_label_of_ours() -> None:
    """A field without a label shows its code name, in English on every page: the IP
    record form's "Images" did."""
    from django import forms

    unlabelled, checked = [], 0
    for app in catalogs.apps():
        try:
            module = importlib.import_module(f"tradeguard.{app.name}.forms")
        except ModuleNotFoundError:
            continue
        for value in vars(module).values():
            if not (
                isinstance(value, type)
                and issubclass(value, forms.BaseForm)
                and value.__module__ == module.__name__
                and value.__name__ not in LABELLED_WHEN_BUILT
            ):
                continue
            for field_name, field in value.base_fields.items():  # type: ignore[attr-defined]
                checked += 1
                if field.label is None and not field.widget.is_hidden:
                    unlabelled.append(f"{app.name}.{value.__name__}.{field_name}")
    assert checked > 100
    assert unlabelled == []
