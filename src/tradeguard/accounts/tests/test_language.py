"""Each person reads TradeGuard in their language: the organization's country sets the
default (Chinese for suppliers in CN, HK, TW, SG), the account page, the footer switch
and `PATCH /api/v1/me` change it, anonymous pages follow Accept-Language, and a notice is
written in its recipient's language, not the actor's."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import time_machine
from django.test import Client
from django.urls import reverse
from django.utils import translation

from tradeguard.accounts.tests import factories as f
from tradeguard.common.testing import ApiClient
from tradeguard.disputes.tests.factories import cast, file_dispute, make_order
from tradeguard.notifications.models import Notification

pytestmark = pytest.mark.django_db

HAN = re.compile(r"[\u4e00-\u9fff]")
NOW = dt.datetime(2026, 12, 4, 9, 0, tzinfo=dt.UTC)


def page_language(client: Client, url: str = "/dashboard/") -> str:
    response = client.get(url)
    assert response.status_code == 200
    return str(response.headers["Content-Language"])


def signed_in(user: object) -> Client:
    client = Client()
    client.force_login(user)  # type: ignore[arg-type]
    return client


def test_the_organizations_country_sets_the_default_language() -> None:
    supplier = f.supplier(language="")  # organization in CN
    buyer = f.buyer(language="")
    assert supplier.effective_language == "zh-hans"
    assert buyer.effective_language == "en"
    assert page_language(signed_in(supplier)) == "zh-hans"
    assert page_language(signed_in(buyer)) == "en"
    html = signed_in(supplier).get("/dashboard/").content.decode()
    with translation.override("zh-hans"):
        assert translation.gettext("Dashboard") in html
    assert '<html lang="zh-Hans">' in html


def test_a_person_changes_it_through_the_api_and_an_unknown_one_is_refused() -> None:
    supplier = f.supplier(language="")
    api = ApiClient(supplier)
    response = api.client.patch(
        "/api/v1/me",
        '{"language": "en"}',
        content_type="application/json",
        headers=api._headers(),
    )
    assert response.status_code == 200
    assert response.json()["language"] == "en"
    assert response.json()["effective_language"] == "en"
    assert page_language(signed_in(supplier)) == "en"

    refused = api.client.patch(
        "/api/v1/me",
        '{"language": "fr"}',
        content_type="application/json",
        headers=api._headers(),
    )
    assert refused.status_code == 422
    assert "language" in refused.json()["fields"]
    supplier.refresh_from_db()
    assert supplier.language == "en"  # nothing written

    back = api.client.patch(
        "/api/v1/me", '{"language": ""}', content_type="application/json", headers=api._headers()
    )
    assert back.json()["effective_language"] == "zh-hans"  # the country's default again


def test_the_footer_switch_keeps_the_choice_on_the_account_and_returns_to_the_page() -> None:
    buyer = f.buyer(language="")
    client = signed_in(buyer)
    response = client.post(reverse("web:language"), {"language": "zh-hans", "next": "/orders/"})
    assert response.status_code == 302
    assert response["Location"] == "/orders/"
    buyer.refresh_from_db()
    assert buyer.language == "zh-hans"
    assert page_language(client, "/orders/") == "zh-hans"
    # a foreign target is not followed
    away = client.post(reverse("web:language"), {"language": "en", "next": "https://evil.example/"})
    assert away["Location"] == "/"


def test_anonymous_pages_follow_accept_language_and_the_switch() -> None:
    client = Client()
    zh = client.get("/login/", headers={"Accept-Language": "zh-CN,zh;q=0.9"})
    assert zh.headers["Content-Language"] == "zh-hans"
    en = client.get("/login/", headers={"Accept-Language": "en-US"})
    assert en.headers["Content-Language"] == "en"
    client.post(reverse("web:language"), {"language": "zh-hans", "next": "/login/"})
    chosen = client.get("/login/", headers={"Accept-Language": "en-US"})
    assert chosen.headers["Content-Language"] == "zh-hans"  # the switch wins


def test_a_notice_is_written_in_its_recipients_language_not_the_actors() -> None:
    with time_machine.travel(NOW, tick=False):
        c = cast()
        c.supplier.language = ""  # reads Chinese: the organization is in CN
        c.supplier.save(update_fields=["language"])
        order = make_order(
            c,
            placed_at=NOW - dt.timedelta(days=30),
            shipped_at=NOW - dt.timedelta(days=15),
            delivered_at=NOW - dt.timedelta(days=6),
            receipt_confirmed_at=NOW - dt.timedelta(days=5),
        )
        file_dispute(c, order)  # the buyer acts, in English
    to_supplier = Notification.objects.filter(recipient=c.supplier).latest("pk")
    assert HAN.search(to_supplier.subject), to_supplier.subject
    assert HAN.search(to_supplier.body), to_supplier.body
    # the buyer's own copy (if any) and its colleagues stay English
    for notice in Notification.objects.exclude(recipient=c.supplier):
        if notice.recipient.effective_language == "en":
            assert not HAN.search(notice.subject), notice.subject
