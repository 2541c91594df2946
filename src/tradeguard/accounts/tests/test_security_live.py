"""Password guessing against a real server: the token endpoint, the login page and the
admin login share one lock per account; a signed-in user is not affected."""

from __future__ import annotations

import re
from http.cookies import SimpleCookie
from urllib.parse import urlencode

VICTIM = "officer@demo.tradeguard.test"
PASSWORD = "demo-pass-2026"


def _form_post(server, path: str, fields: dict[str, str]) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    status, body, headers = server.request("GET", path)
    cookie = SimpleCookie(headers.get("set-cookie", ""))
    csrf = cookie["csrftoken"].value
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', body)
    assert token, body[:500]
    status, body, _ = server.request(
        "POST",
        path,
        body=urlencode({**fields, "csrfmiddlewaretoken": token.group(1).decode()}),
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": f"csrftoken={csrf}",
            "Referer": server.url + path,
        },
    )
    return status, body.decode(errors="replace")


def test_guessing_locks_the_account_on_every_password_form(served):
    server = served("gunicorn")
    bystander = server.token("buyer@demo.tradeguard.test")
    for n in range(5):
        status, body = server.json(
            "POST", "/api/v1/auth/token", body={"email": VICTIM, "password": f"guess-{n}"}
        )
        assert status == 401, body
    status, body, headers = server.request(
        "POST", "/api/v1/auth/token", body={"email": VICTIM, "password": PASSWORD}
    )
    assert status == 429
    assert b"login_throttled" in body
    assert int(headers["retry-after"]) > 800
    # The login page and the admin's say the same, with the time it ends.
    status, page = _form_post(server, "/login/", {"username": VICTIM, "password": PASSWORD})
    assert status == 429
    assert "Too many failed sign-ins" in page
    assert re.search(r"until \d{4}-\d\d-\d\d \d\d:\d\d UTC", page)
    status, page = _form_post(
        server, "/admin/login/", {"username": VICTIM, "password": PASSWORD, "next": "/admin/"}
    )
    assert "Too many failed sign-ins" in page
    # Others carry on.
    assert server.json("GET", "/api/v1/me", token=bystander)[0] == 200
