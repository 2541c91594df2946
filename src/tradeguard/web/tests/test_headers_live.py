"""Security headers as a real server sends them: gunicorn with DEBUG off, as in
production, behind a proxy that terminates TLS (X-Forwarded-Proto) and without one."""

from __future__ import annotations

from tradeguard.common.liveserver import base_env, tradeguard
from tradeguard.web.tests.test_safe_defaults import assert_security_headers

PRODUCTION = {"DEBUG": "false", "ALLOWED_HOSTS": "127.0.0.1"}


def test_pages_and_the_api_carry_the_security_headers(served, served_database):
    # DEBUG off serves hashed static files: collect them into the data directory the
    # server's copy is made from.
    tradeguard(
        "collectstatic",
        "--noinput",
        "-v0",
        env=base_env(served_database.data_dir, served_database.url, **PRODUCTION),
    )
    server = served(command="gunicorn", **PRODUCTION)
    for path in ("/login/", "/api/v1/me"):
        plain_status, _, plain = server.request("GET", path)
        tls_status, _, tls = server.request("GET", path, headers={"X-Forwarded-Proto": "https"})
        assert plain_status == tls_status
        assert plain_status == (200 if path == "/login/" else 401)
        assert_security_headers(plain)
        assert_security_headers(tls)
        # HSTS only on what reached us over TLS.
        assert "strict-transport-security" not in plain
        assert tls["strict-transport-security"] == "max-age=31536000"
    # The session and CSRF cookies travel over HTTPS only.
    _, _, login = server.request("GET", "/login/", headers={"X-Forwarded-Proto": "https"})
    assert "secure" in login["set-cookie"].lower()
