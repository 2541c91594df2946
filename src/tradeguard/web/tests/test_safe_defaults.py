"""Safe by default: DEBUG off unless set, demo logins only for a local demo, security
headers on every response, Secure cookies and HSTS outside DEBUG, no traceback for API
clients, no inline script the Content-Security-Policy would have to allow."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command
from django.test import Client

from tradeguard.accounts.tests import factories as f
from tradeguard.common.demo import DEMO_PASSWORD
from tradeguard.common.testing import ApiClient

SRC = Path(__file__).resolve().parents[2]


def _settings(**env: str) -> subprocess.CompletedProcess[str]:
    # Through django.conf, as the server reads them (importing the settings module alone
    # fails once the optional Redis queue, which reads settings on import, is installed).
    code = (
        "from django.conf import settings as s; "
        "print(s.DEBUG, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_HSTS_SECONDS)"
    )
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DEBUG", "SECRET_KEY", "DJANGO_SETTINGS_MODULE")
    }
    return subprocess.run(
        [sys.executable, "-c", code],
        env={
            **clean,
            "DJANGO_SETTINGS_MODULE": "tradeguard.settings",
            "TRADEGUARD_DATA_DIR": "var/test",
            **env,
        },
        capture_output=True,
        text=True,
        check=False,
    )


def test_debug_is_off_unless_set_and_then_a_secret_key_is_required() -> None:
    without_key = _settings()
    assert without_key.returncode != 0
    assert "SECRET_KEY is not set" in without_key.stderr
    production = _settings(SECRET_KEY="x" * 50)
    assert production.stdout.split() == ["False", "True", "True", "31536000"]
    demo = _settings(DEBUG="true")
    assert demo.stdout.split() == ["True", "False", "False", "0"]


@pytest.mark.django_db
def test_security_headers_on_pages_and_the_api() -> None:
    for response in (Client().get("/login/"), ApiClient().get("me")):
        assert_security_headers(response.headers)


def assert_security_headers(headers: Mapping[str, str]) -> None:
    """The headers every response carries (`headers` read by lower-case names)."""
    csp = headers["content-security-policy"]
    assert "script-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp
    assert "object-src 'none'" in csp
    assert headers["x-frame-options"] == "DENY"
    assert headers["referrer-policy"] == "same-origin"
    assert headers["x-content-type-options"] == "nosniff"
    assert "permissions-policy" in headers


@pytest.mark.django_db
def test_hsts_only_over_https(settings: Any) -> None:
    settings.SECURE_HSTS_SECONDS = 31536000
    assert "Strict-Transport-Security" not in Client().get("/login/")
    secure = Client().get("/login/", secure=True)
    assert secure["Strict-Transport-Security"] == "max-age=31536000"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("debug", "remote", "host", "shown"),
    [
        (True, "127.0.0.1", "127.0.0.1:8000", True),
        (True, "127.0.0.1", "localhost:8000", True),
        (False, "127.0.0.1", "127.0.0.1:8000", False),
        (True, "203.0.113.9", "127.0.0.1:8000", False),  # someone else on the network
        (True, "127.0.0.1", "tradeguard.example", False),  # behind a public proxy
    ],
)
def test_demo_logins_only_for_a_local_demo(
    settings: Any, debug: bool, remote: str, host: str, shown: bool
) -> None:
    settings.DEBUG = debug
    settings.ALLOWED_HOSTS = ["*"]
    f.buyer(email="buyer@demo.tradeguard.test")
    html = Client(REMOTE_ADDR=remote).get("/login/", HTTP_HOST=host).content.decode()
    assert (DEMO_PASSWORD in html) is shown
    assert ("buyer@demo.tradeguard.test" in html) is shown


@pytest.mark.django_db
def test_serve_refuses_a_public_address_while_demo_logins_work(settings: Any) -> None:
    settings.DEBUG = False
    settings.TRADEGUARD_BASE_URL = "https://tradeguard.example.com"
    f.buyer(email="admin@demo.tradeguard.test", password=DEMO_PASSWORD)
    with pytest.raises(CommandError, match="published demo password"):
        call_command("serve", host="0.0.0.0")  # noqa: S104 (the value under test)


@pytest.mark.django_db
def test_api_clients_never_get_a_traceback(settings: Any, monkeypatch: Any) -> None:
    from tradeguard.accounts import api as accounts_api

    settings.DEBUG = True
    # As served (the test settings re-raise so that tests see the traceback).
    settings.TRADEGUARD_API_CONTRACT_CHECKS = False
    user = f.buyer()

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("secret internals /srv/tradeguard/settings.py")

    monkeypatch.setattr(accounts_api.selectors, "tokens_of", broken)
    response = ApiClient(user).get("tokens")
    assert response.status_code == 500
    body = response.json()
    assert body["code"] == "server_error"
    assert set(body) == {"code", "message", "fields"}
    assert "secret internals" not in response.content.decode()
    assert "Traceback" not in response.content.decode()


def test_no_inline_scripts_or_handlers_the_csp_would_block() -> None:
    offenders = []
    handler = re.compile(r"\son[a-z]+\s*=\s*[\"']", re.IGNORECASE)
    inline_script = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)[^>]*>", re.I)
    for template in SRC.rglob("templates/**/*.html"):
        text = template.read_text()
        if handler.search(text) or inline_script.search(text):
            offenders.append(str(template.relative_to(SRC)))
    assert offenders == []
