"""A Chinese supplier reads no English on any page it reaches, except what people wrote.

Every demo supplier reads TradeGuard in zh-hans; the test crawls every page it reaches
from the dashboard (as `test_crawl` does) and reads the visible text of each HTML page:
- text inside an element whose `lang` is not zh-hans is what another party wrote, marked
  with its language, and is left out (as are scripts, styles, code, form controls'
  option lists and hidden elements);
- every string the demo's rows hold that people typed (names of organizations and
  users, listing titles and attributes, spec clauses, messages, dispute and IP texts,
  file names, references ...; `people_strings`) is taken out of the text, longest first,
  as are addresses, e-mails, time-zone names and fingerprints;
- what is left may hold Latin letters only in the terms of `ALLOWED` (the product's
  name, standards, formats, currency codes, units, Incoterms rules).

A failure lists each page with its English runs. New messages wrapped in gettext read
in English until their Chinese is in the catalogues (`tradeguard i18n update` and the
translation step): a run here that is a new msgid means the catalogue lags the code.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from html.parser import HTMLParser
from typing import Any

import pytest
from django.apps import apps
from django.urls import reverse

from tradeguard.accounts.demo import DEMO_USERS
from tradeguard.accounts.enums import Role
from tradeguard.common.demo import DemoContext
from tradeguard.web.tests.test_crawl import (  # the demo, seeded once for this module
    _media_root,
    crawl,
    demo,
    demo_media,
    signed_in,
)

pytestmark = pytest.mark.django_db
__all__ = ["_media_root", "demo", "demo_media"]  # fixtures

SUPPLIERS = [row[0] for row in DEMO_USERS if row[3] == Role.SUPPLIER]
CHINESE = {"zh-hans", "zh-Hans", "zh"}

# Terms that read the same in a Chinese page: the product, standards and their parts,
# file formats, currency codes, units, Incoterms rules, marks of conformity.
ALLOWED = {
    "TradeGuard",
    # ISO 3166 country codes of the demo's organizations, ISO 2859-1 inspection levels
    "CN",
    "DE",
    "HK",
    "SG",
    "TW",
    "GB",
    "II",
    "III",
    "Office",
    "http",
    "https",
    "CST",
    "DHL",
    "COSCO",
    "Maersk",
    "TG",
    "AQL",
    "ISO",
    "IEC",
    "SHA",
    "PDF",
    "CSV",
    # the case file's format and the standard tools that check it
    "ZIP",
    "openssl",
    "sha256sum",
    # codes with digits, read as one word
    "B2B",
    "SHA-256",
    "UTF-8",
    "MP4",
    "E00",  # ΔE00, the colour difference
    "API",
    "ERP",
    "UTC",
    "JSON",
    "UTF",
    "HTTP",
    "HTTPS",
    "URL",
    "ID",
    "Ac",
    "Re",
    "n",
    "N",
    "pcs",
    "PCS",
    "mm",
    "cm",
    "m",
    "km",
    "g",
    "kg",
    "ml",
    "L",
    "W",
    "V",
    "mAh",
    "Wh",
    "Hz",
    "dB",
    "h",
    "min",
    "s",
    "px",
    "K",
    "MB",
    "KB",
    "USD",
    "EUR",
    "CNY",
    "RMB",
    "GBP",
    "HKD",
    "SGD",
    "JPY",
    "US",
    "EXW",
    "FCA",
    "FAS",
    "FOB",
    "CFR",
    "CIF",
    "CPT",
    "CIP",
    "DAP",
    "DPU",
    "DDP",
    "Incoterms",
    "CISG",  # the UN sales convention, cited by its English abbreviation in Chinese too
    "JPEG",
    "JPG",
    "PNG",
    "WebP",
    "GIF",
    "BMP",
    "MP",
    "MOV",
    "WebM",
    "Word",
    "Excel",
    "docx",
    "xlsx",
    "pdf",
    "png",
    "jpg",
    "jpeg",
    "CE",
    "FCC",
    "RoHS",
    "UL",
    "LFGB",
    "IPX",
    "LED",
    "USB",
    "PD",
    "Qi",
    "RGB",
    "Pantone",
    "RAL",
    "v",
}

# What people typed, field by field ("app.model": fields). Fields the system writes
# (status reasons, sanction reasons, statements of reasons, notifications, events) are
# not here: what is left of them on a page must read in the reader's language.
PEOPLE_FIELDS = {
    "accounts.organization": [
        "name",
        "registration_number",
        "contact_email",
        "verification_reason",
    ],
    "accounts.user": ["email", "full_name"],
    "evidence.storedfile": ["original_name"],
    "catalog.listing": [
        "marketplace_url",
        "title",
        "description",
        "attributes",
        "disclosed_defects",
    ],
    "orders.order": ["reference", "carrier", "tracking_number", "notes"],
    "orders.orderitem": ["description", "unit"],
    "disputes.dispute": ["description", "withdraw_reason"],
    "disputes.citedrequirement": ["reference", "text"],
    "disputes.evidenceitem": ["description"],
    "disputes.message": ["body"],
    "disputes.proposal": ["note"],
    "disputes.decision": ["statement"],
    "disputes.finding": ["text", "requirement_text"],
    "disputes.supplierobligation": ["reference"],
    "disputes.appeal": ["reason"],
    "specs.specification": ["product_name", "reference"],
    "contracts.salescontract": ["terms"],
    "specs.clause": ["clause_id", "text", "target"],
    "specs.approvedsamplephoto": ["caption"],
    "specs.inspectionreport": ["content"],
    "specs.inspectionphoto": ["caption"],
    "ip.iprecord": [
        "title",
        "registration_number",
        "jurisdiction",
        "classes",
        "word_mark",
        "claim_statement",
        "claim_signed_name",
    ],
    "ip.complaint": ["explanation", "signature_name", "withdrawal_reason"],
    "ip.complaintitem": ["reference"],
    "ip.counternotice": ["explanation", "signature_name"],
    "ip.complaintdraft": ["explanation"],
    "monitoring.watchset": ["name"],
    "monitoring.monitoredimage": ["label"],
    "monitoring.match": ["decision_note"],
    "monitoring.supplierauthorization": ["note"],
}

SKIP_TAGS = {"script", "style", "code", "pre", "kbd", "samp", "textarea", "option", "template"}
VOID = {"br", "img", "input", "meta", "link", "hr", "wbr", "source", "col", "area", "base"}

URL = re.compile(r"https?://\S+|www\.\S+|/[a-z0-9_\-./?=&]+/")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
ZONE = re.compile(r"\b[A-Z][a-z]+/[A-Za-z_]+(/[A-Za-z_]+)?\b")
HEX = re.compile(r"\b[0-9a-f]{6,}\b")
VERSION = re.compile(r"\bv\d+\b")  # "v1" of a spec or report version
# A word starts with a letter and may hold digits ("sha256sum", "mp4"); runs of words
# separated by spaces are reported together.
RUN = re.compile(r"[A-Za-z][A-Za-z0-9'\u2019\-]*(?:[ \t]+[A-Za-z][A-Za-z0-9'\u2019\-]*)*")


class VisibleText(HTMLParser):
    """The text a reader sees in the page's language (see the module docstring)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID:
            return
        a = dict(attrs)
        lang = a.get("lang")
        skip = (
            (lang is not None and lang not in CHINESE)
            or tag in SKIP_TAGS
            or "hidden" in a
            or a.get("aria-hidden") == "true"
        )
        self.stack.append((tag, skip))

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data: str) -> None:
        if not any(skip for _, skip in self.stack):
            self.parts.append(data)


def visible_text(html: str) -> str:
    parser = VisibleText()
    parser.feed(html)
    return "\n".join(parser.parts)


def _strings(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield str(k)
            yield from _strings(v)
    elif isinstance(value, list | tuple):
        for v in value:
            yield from _strings(v)


PEOPLE_EVENT_KEYS = {"explanation", "note", "message", "statement", "findings", "reason_text"}


def people_strings() -> list[str]:
    """Every text value of `PEOPLE_FIELDS` in the demo's rows (and each of its lines)."""
    found: set[str] = set()
    for label, fields in PEOPLE_FIELDS.items():
        model = apps.get_model(label)
        for row in model.objects.values_list(*fields):
            for value in row:
                for text in _strings(value):
                    text = text.strip()
                    if len(text) >= 2 and re.search(r"[A-Za-z]", text):
                        found.add(text)
                        found.update(line.strip() for line in text.splitlines() if line.strip())
    # What people wrote that only the case's events keep (a rights holder's explanation
    # when maintaining a complaint, a note on a move).
    for values in apps.get_model("common.event").objects.values_list("params", "new"):
        for data in values:
            for key in PEOPLE_EVENT_KEYS & set(data or {}):
                found.update(t.strip() for t in _strings(data[key]) if len(t.strip()) >= 2)
    # A status reason the supplier typed (a code-less reason of a listing it hid).
    for (reason,) in (
        apps.get_model("catalog.listing")
        .objects.filter(status_reason_code="", status_reason__gt="")
        .values_list("status_reason")
    ):
        found.add(reason.strip())
    return sorted(found, key=len, reverse=True)


@functools.lru_cache(maxsize=4)
def strings_pattern(strings: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for all of `strings` (longest first), each matched as whole words."""
    normalized = sorted({" ".join(s.split()) for s in strings}, key=len, reverse=True)
    alternatives = "|".join(re.escape(s) for s in normalized if s)
    return re.compile(rf"(?<![A-Za-z])(?:{alternatives})(?![A-Za-z])")


def english_left(text: str, strings: list[str]) -> list[str]:
    """The runs of English words in `text` once people's strings and allowed terms are
    taken out."""
    pattern = strings_pattern(tuple(strings))
    text = pattern.sub(" \x00 ", " ".join(text.split()))
    for pattern in (URL, EMAIL, ZONE, HEX, VERSION):
        text = pattern.sub(" \x00 ", text)
    runs = []
    for match in RUN.finditer(text):
        run = match.group()
        words = [w.strip("'\u2019-") for w in run.split()]
        if not any(w and w not in ALLOWED and len(w) > 1 for w in words):
            continue
        # Part of what someone wrote, shortened on the page ("The main photo is our…").
        whole = re.compile(rf"(?<![A-Za-z]){re.escape(run)}(?![A-Za-z])")
        cut = text[match.end() : match.end() + 1] == "\N{HORIZONTAL ELLIPSIS}"
        if (len(run) >= 5 or cut) and any(whole.search(s) for s in strings if run in s):
            continue
        runs.append(run)
    return runs


def supplier_pages(demo: DemoContext, key: str) -> dict[str, str]:
    """url -> visible text of every HTML page the supplier reaches, read in zh-hans."""
    user = demo.users[key]
    user.language = "zh-hans"
    user.save(update_fields=["language"])
    result = crawl(signed_in(user), reverse("web:dashboard"), keep_bodies=True)
    return {
        url: visible_text(body.decode("utf-8", "replace"))
        for url, (ctype, body) in result.bodies.items()
        if ctype.startswith("text/html")
    }


def test_people_strings_hold_names_and_not_codes(demo: DemoContext) -> None:
    strings = set(people_strings())
    supplier = demo.users["supplier"]
    assert supplier.organization.name in strings
    assert supplier.full_name in strings
    assert "supplier" not in strings  # a role code is no one's words


def test_english_left_keeps_only_interface_words() -> None:
    text = "Shenzhen Bright 的商品 Arc lamp 已下架 (UTC, PDF, 5 pcs) Decision due at"
    assert english_left(text, ["Shenzhen Bright", "Arc lamp"]) == ["Decision due at"]
    assert visible_text('<p>说明 <span lang="en">The box print</span></p>').split() == ["说明"]


@pytest.mark.parametrize("key", SUPPLIERS)
def test_no_english_on_any_page_a_chinese_supplier_reaches(demo: DemoContext, key: str) -> None:
    pages = supplier_pages(demo, key)
    assert len(pages) > 20, f"{key}: the crawl reached only {len(pages)} pages"
    strings = people_strings()
    left = {url: runs for url, text in pages.items() if (runs := english_left(text, strings))}
    report = "\n".join(f"{url}: {sorted(set(runs))}" for url, runs in sorted(left.items()))
    assert not left, f"{key} reads English on {len(left)} pages:\n{report}"
