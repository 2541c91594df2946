"""What people read on the orders, listings, account, sanctions pages, the inbox and the
dashboard: labels not codes, one form for money and instants, counts that match their
lists, and the same receipt day on every page."""

from __future__ import annotations

import datetime as dt
import html as html_lib
import re
from collections.abc import Iterator
from typing import Any

import pytest
import time_machine
from django.db import models
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from tradeguard.accounts.demo import DEMO_USERS
from tradeguard.common.demo import DEMO_PASSWORD, DemoContext
from tradeguard.disputes import services as disputes
from tradeguard.disputes.panels import my_open_cases
from tradeguard.disputes.selectors import eligibility_for
from tradeguard.disputes.tests.factories import cast, file_dispute, make_order
from tradeguard.web.tests.test_crawl import (  # the demo, seeded once for this module
    _media_root,
    crawl,
    demo,
    demo_media,
)

pytestmark = pytest.mark.django_db
__all__ = ["_media_root", "demo", "demo_media"]  # fixtures

NOW = dt.datetime(2026, 12, 4, 15, 0, tzinfo=dt.UTC)
# Pages of the parts this suite covers (the case and IP pages have their own tests).
PREFIXES = ("/orders/", "/listings/", "/account/", "/sanctions/", "/inbox/", "/dashboard/")


def signed_in(user: Any) -> Client:
    client = Client(raise_request_exception=False)
    assert client.login(username=user.email, password=DEMO_PASSWORD)
    return client


def visible_text(page: str) -> str:
    """The words a person reads: no tags, scripts, attributes or form values."""
    page = re.sub(r"(?s)<(script|style|textarea|select|code)\b.*?</\1>", " ", page)
    page = re.sub(r"(?s)<[^>]+>", " ", page)
    return html_lib.unescape(page)


def enum_codes() -> set[str]:
    """Every stored value of every TextChoices enum that looks like a code."""
    codes: set[str] = set()
    stack: list[type] = list(models.TextChoices.__subclasses__())
    while stack:
        cls = stack.pop()
        stack.extend(cls.__subclasses__())
        codes.update(v for v in getattr(cls, "values", []) if "_" in str(v))
    return codes


@pytest.mark.parametrize("key", ["buyer", "supplier", "supplier3", "officer", "rights"])
def test_no_codes_raw_paths_or_second_money_form_on_these_pages(
    demo: DemoContext, key: str
) -> None:
    client = signed_in(demo.users[key])
    result = crawl(client, reverse("web:dashboard"))
    pages = [url for url, status in result.statuses.items() if status == 200]
    mine = [url for url in pages if url.startswith(PREFIXES)]
    assert mine, f"{key} reached none of these pages"
    codes = enum_codes()
    # A code on its own, not part of a file name such as sales_contract-TA-1.pdf.
    word = re.compile(r"(?<![-.\w])[a-z]+(?:_[a-z0-9]+)+(?![-.\w])")
    problems: dict[str, list[str]] = {}
    for url in mine:
        response = client.get(url)
        if not response.get("Content-Type", "").startswith("text/html"):
            continue
        text = visible_text(response.content.decode())
        found = sorted({w for w in word.findall(text) if w in codes})
        found += re.findall(r"(?<![\w/])/(?:ip|disputes|orders|specs|listings)/\d+/", text)
        found += re.findall(r"\d\.\d{4} [A-Z]{3}\b", text)  # "330.0000 USD"
        found += re.findall(r"(?<![A-Z])\$\d", text)  # "$330.00" beside "US$330.00"
        found += re.findall(r"\b(?:Buyer id|Supplier id|Sha256|Via integration)\b", text)
        if found:
            problems[url] = found
    assert not problems, f"{key}: {problems}"


DEMO_KEYS = [row[0] for row in DEMO_USERS]


@pytest.mark.parametrize("key", ["buyer", "buyer2", "supplier", "supplier3", "officer"])
def test_dashboard_counts_equal_their_lists(demo: DemoContext, key: str) -> None:
    page = signed_in(demo.users[key]).get(reverse("web:dashboard")).content.decode()
    panels = re.findall(r'(?s)<section class="card panel[^"]*"(.*?)</section>', page)
    checked = 0
    for panel in panels:
        pill = re.search(r'<span class="count-pill"[^>]*>(\d+)</span>', panel)
        rows = re.search(r'(?s)<ul class="[^"]*" data-rows="needs-you">(.*?)</ul>', panel)
        if rows is None:
            continue
        listed = len(re.findall(r"<li\b", rows.group(1)))
        more = re.search(r"and (\d+) more", panel.split('data-rows="needs-you"', 1)[1])
        extra = (
            int(more.group(1)) if more and "data-rows=" not in more.string[: more.start()] else 0
        )
        assert pill is not None, f"{key}: a 'needs you' list without a count"
        assert int(pill.group(1)) == listed + extra, f"{key}: count {pill.group(1)} over {listed}"
        checked += 1
    if key != "buyer2":
        assert checked, f"{key}: no panel with a count was checked"


@pytest.fixture
def frozen() -> Iterator[None]:
    with time_machine.travel(NOW, tick=False):
        yield


def test_the_disputes_count_is_the_number_of_cases_that_wait_for_you(frozen: None) -> None:
    c = cast()
    order = make_order(
        c,
        placed_at=NOW - dt.timedelta(days=30),
        shipped_at=NOW - dt.timedelta(days=15),
        delivered_at=NOW - dt.timedelta(days=6),
        receipt_confirmed_at=NOW - dt.timedelta(days=5),
    )
    awaiting = file_dispute(c, order, reason="defective_or_damaged")
    negotiating = file_dispute(
        c, order, reason="quantity_shortage", outcome="partial_refund", claimed="100.00"
    )
    disputes.proposal_make(
        actor=c.supplier, dispute=negotiating, kind="partial_refund", amount="50.00"
    )
    buyer_rows, supplier_rows = my_open_cases(c.buyer), my_open_cases(c.supplier)
    assert [r["dispute"].pk for r in buyer_rows.mine] == [negotiating.pk]
    assert [r["dispute"].pk for r in buyer_rows.others] == [awaiting.pk]
    assert [r["dispute"].pk for r in supplier_rows.mine] == [awaiting.pk]
    page = signed_in_factory(c.buyer).get(reverse("web:dashboard")).content.decode()
    assert "Your move (1)" in page
    assert re.search(r'Your disputes <span class="count-pill"[^>]*>1</span>', page)


def signed_in_factory(user: Any) -> Client:
    from tradeguard.accounts.tests.factories import DEFAULT_PASSWORD

    client = Client()
    assert client.login(username=user.email, password=DEFAULT_PASSWORD)
    return client


def test_a_receipt_late_on_the_28th_in_new_york_reads_the_28th_on_every_page(
    frozen: None,
) -> None:
    c = cast()
    c.buyer.timezone = "America/New_York"
    c.buyer.save(update_fields=["timezone"])
    receipt = dt.datetime(2026, 11, 29, 1, 0, tzinfo=dt.UTC)  # 20:00 on the 28th in New York
    order = make_order(
        c,
        placed_at=receipt - dt.timedelta(days=30),
        shipped_at=receipt - dt.timedelta(days=10),
        delivered_at=receipt - dt.timedelta(hours=2),
        receipt_confirmed_at=receipt,
    )
    client = signed_in_factory(c.buyer)
    order_page = client.get(reverse("orders:detail", args=[order.pk])).content.decode()
    assert "2026-11-28 20:00 EST" in order_page
    # The filing wizard names the same day in the buyer's zone (the UTC day is the 29th).
    with timezone.override("America/New_York"):
        eligibility = eligibility_for(order, "defective_or_damaged")
    assert eligibility.window is not None
    assert "receipt was confirmed on 2026-11-28" in eligibility.window.basis
    with timezone.override("UTC"):
        assert "2026-11-29" in eligibility_for(order, "defective_or_damaged").window.basis  # type: ignore[union-attr]


def test_order_page_money_and_timeline_read_as_people_write_them(frozen: None) -> None:
    c = cast()
    order = make_order(c, placed_at=NOW - dt.timedelta(days=20), total="330.00", status="paid")
    page = (
        signed_in_factory(c.buyer).get(reverse("orders:detail", args=[order.pk])).content.decode()
    )
    text = visible_text(page)
    assert "US$330.00" in text
    assert not re.search(r"(?<![A-Z])\$330", text)
    for code in (
        "trade_assurance",
        "Buyer id",
        "Supplier id",
        "Via integration",
        "Sha256",
        "330.0000",
    ):
        assert code not in text, code
    assert "Trade assurance" in text
    assert "Total: US$330.00" in " ".join(text.split())
