"""The `tg` template library and the timeline partial."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from decimal import Decimal
from typing import Any

import pytest
import time_machine
from django.template import Context, Template
from django.template.loader import render_to_string
from django.utils import timezone

from tradeguard.accounts.tests import factories as f
from tradeguard.common.events import event_record, events_for
from tradeguard.web.templatetags.tg import badge, money, relative_text
from tradeguard.web.timeline import register_event_labels

NOW = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)


def render(source: str, **context: object) -> str:
    return Template("{% load tg %}" + source).render(Context(context))


@pytest.mark.parametrize(
    ("amount", "currency", "expected"),
    [
        (Decimal("1800"), "USD", "US$1,800.00"),
        (Decimal("1234.5"), "CNY", "CN¥1,234.50"),
        (Decimal("99"), "EUR", "€99.00"),
        (Decimal("5000"), "JPY", "JP¥5,000"),
        (None, "USD", "—"),
    ],
)
def test_money_formats_decimal_with_currency(
    amount: Decimal | None, currency: str, expected: str
) -> None:
    assert money(amount, currency) == expected


def test_money_filter_in_a_template() -> None:
    assert render("{{ v|money:'USD' }}", v=Decimal("1800.00")) == "US$1,800.00"


def test_badge_uses_the_state_as_class_and_a_human_label() -> None:
    assert badge("awaiting_response") == {
        "state": "awaiting_response",
        "label": "Awaiting response",
    }
    html = render("{% badge 'paid' 'Paid in full' %}")
    assert '<span class="badge badge-paid">Paid in full</span>' in html


@pytest.mark.parametrize(
    ("delta", "expected"),
    [
        (dt.timedelta(days=2, hours=4, minutes=10), "in 2 d 4 h"),
        (dt.timedelta(days=3), "in 3 d"),
        (dt.timedelta(hours=5, minutes=30), "in 5 h 30 min"),
        (dt.timedelta(minutes=25), "in 25 min"),
        (dt.timedelta(seconds=20), "due now"),
        (-dt.timedelta(hours=3), "3 h overdue"),
        (-dt.timedelta(days=1, hours=2), "1 d 2 h overdue"),
    ],
)
def test_relative_text(delta: dt.timedelta, expected: str) -> None:
    assert relative_text(NOW + delta, NOW) == expected


def test_deadline_shows_absolute_time_in_the_viewer_zone_and_a_countdown() -> None:
    due = dt.datetime(2026, 3, 3, 16, 0, tzinfo=dt.UTC)
    with (
        time_machine.travel(NOW, tick=False),
        timezone.override(zoneinfo.ZoneInfo("Asia/Shanghai")),
    ):
        html = render("{% deadline due %}", due=due)
    assert 'datetime="2026-03-03T16:00:00Z"' in html
    # China Standard Time is shown by its offset: "CST" also names US Central time.
    assert "2026-03-04 00:00 UTC+8" in html
    assert "(in 2 d 4 h)" in html
    assert "countdown-later" in html


def test_deadline_marks_overdue_and_handles_dates_and_none() -> None:
    with time_machine.travel(NOW, tick=False):
        overdue = render("{% deadline due %}", due=NOW - dt.timedelta(hours=3))
        date_html = render("{% deadline due %}", due=dt.date(2026, 3, 2))
        none_html = render("{% deadline due %}", due=None)
    assert "countdown-overdue" in overdue
    assert "(3 h overdue)" in overdue
    assert "2026-03-02" in date_html
    assert 'datetime="2026-03-02T23:59:59Z"' in date_html
    assert "no deadline" in none_html


def test_url_if_is_empty_for_urls_that_do_not_exist() -> None:
    assert render("{% url_if 'web:dashboard' %}") == "/dashboard/"
    assert render("{% url_if 'nowhere:list' 3 %}") == ""


@pytest.mark.django_db
def test_timeline_partial_shows_events_in_the_viewer_zone() -> None:
    officer = f.officer(full_name="Olivia Officer")
    org = f.OrganizationFactory(kind="supplier", country="CN")
    register_event_labels({"organization.test_moved": "Moved for the test"})
    with time_machine.travel(NOW, tick=False):
        event_record(
            obj=org,
            type="organization.test_moved",
            actor=officer,
            old={"verification_status": "pending"},
            new={"verification_status": "verified"},
            params={
                "reason": "Licence matches the registry",
                "pages": [1, 2],
                "due": dt.datetime(2026, 3, 5, 9, 0, tzinfo=dt.UTC),
            },
        )
    with timezone.override(zoneinfo.ZoneInfo("Europe/Berlin")):
        html = render_to_string("web/_timeline.html", {"events": events_for(org)})
    assert "Organization registered" in html  # the creation event, labelled
    assert "Moved for the test" in html
    assert "2026-03-01 13:00 CET" in html
    assert "Olivia Officer · Platform officer" in html
    # The status's label from its enum, not the stored value.
    assert '<span class="badge badge-pending">Pending review</span>' in html
    assert '<span class="badge badge-verified">Verified</span>' in html
    assert "Licence matches the registry" in html
    assert "1, 2" in html
    assert "2026-03-05 10:00 CET" in html  # datetimes in params, in the viewer's zone
    assert "TradeGuard (automatic)" in html  # the creation had no actor


def test_unlabelled_event_types_read_as_words() -> None:
    assert render("{{ t|humanize_event }}", t="widget.status_changed") == "Widget status changed"
    assert render("{{ t|humanize_event }}", t="api_token.created") == "API token created"


def test_timeline_partial_empty_state() -> None:
    html = render_to_string("web/_timeline.html", {"events": []})
    assert "Nothing has happened here yet." in html


@pytest.mark.parametrize(
    ("url", "linked"),
    [
        ("https://seller.example/", True),
        ("http://seller.example/shop", True),
        ("javascript:alert(document.cookie)", False),
        (" JavaScript:alert(1)", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("//evil.example", False),
        ("vbscript:msgbox", False),
    ],
)
def test_external_links_only_for_web_addresses(url: str, linked: bool) -> None:
    from tradeguard.web.templatetags.tg import external_link

    html = str(external_link(url))
    assert ("<a " in html) is linked
    assert "<script>" not in html


@pytest.mark.django_db
def test_a_saved_javascript_website_is_never_a_link(client: Any) -> None:
    from tradeguard.accounts.tests.factories import buyer, supplier

    seller = supplier()
    seller.organization.website = "javascript:alert(1)"
    seller.organization.save()  # as an older version (or the admin) could have saved it
    viewer = buyer()
    client.force_login(viewer)
    page = client.get(f"/account/organizations/{seller.organization.pk}/").content.decode()
    assert "javascript:alert(1)" in page
    assert 'href="javascript' not in page
