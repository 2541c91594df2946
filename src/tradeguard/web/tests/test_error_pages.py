"""Friendly 404 and 500 pages even with DEBUG on (the demo), JSON errors under /api/."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from django.test import Client

from tradeguard.accounts.tests.factories import buyer
from tradeguard.common.demo import DEMO_PASSWORD

pytestmark = pytest.mark.django_db


@pytest.fixture
def debug_on(settings: Any) -> Any:
    settings.DEBUG = True
    settings.TRADEGUARD_FRIENDLY_ERRORS = True
    settings.ROOT_URLCONF = "tradeguard.web.tests.crash_urls"
    return settings


def signed_in() -> Client:
    user = buyer(password=DEMO_PASSWORD)
    client = Client(raise_request_exception=False)
    assert client.login(username=user.email, password=DEMO_PASSWORD)
    return client


def test_an_unknown_page_shows_the_friendly_404_not_the_url_patterns(debug_on: Any) -> None:
    response = signed_in().get("/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "This page does not exist" in html
    assert "Using the URLconf" not in html
    assert "Django tried these URL patterns" not in html
    assert 'class="site-header"' in html  # the page keeps the navigation


def test_a_missing_object_shows_the_friendly_404(debug_on: Any) -> None:
    response = signed_in().get("/orders/999999/")
    assert response.status_code == 404
    assert "This page does not exist" in response.content.decode()


def test_a_crash_shows_the_friendly_500_and_is_logged(
    debug_on: Any, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.ERROR, logger="django.request"):
        response = Client(raise_request_exception=False).get("/boom/")
    assert response.status_code == 500
    html = response.content.decode()
    assert "Something went wrong" in html
    assert "Traceback" not in html
    assert "RuntimeError" not in html
    assert any(r.exc_info and r.exc_info[0] is RuntimeError for r in caplog.records)


def test_api_errors_keep_the_code_message_fields_shape(debug_on: Any) -> None:
    client = Client(raise_request_exception=False)
    missing = client.get("/api/v1/no-such-endpoint")
    assert missing.status_code == 404
    body = missing.json()
    assert set(body) == {"code", "message", "fields"}
    assert body["code"] == "not_found"
    crash = client.get("/api/v1/boom/")
    assert crash.status_code == 500
    assert crash.json()["code"] == "server_error"
    assert set(crash.json()) == {"code", "message", "fields"}


def test_debugging_can_turn_the_technical_pages_back_on(debug_on: Any) -> None:
    debug_on.TRADEGUARD_FRIENDLY_ERRORS = False
    response = Client(raise_request_exception=False).get("/no-such-page/")
    assert response.status_code == 404
    assert "Using the URLconf" in response.content.decode()


def test_with_debug_off_the_handlers_serve_the_same_pages(settings: Any) -> None:
    settings.DEBUG = False
    settings.ROOT_URLCONF = "tradeguard.web.tests.crash_urls"
    client = Client(raise_request_exception=False)
    assert "This page does not exist" in client.get("/no-such-page/").content.decode()
    assert client.get("/api/v1/nothing-here").json()["code"] == "not_found"
    assert "Something went wrong" in client.get("/boom/").content.decode()
