"""Sign-in security: throttling per account and per address on every password form and
the token endpoint, password change and reset, the same password rules everywhere,
tokens that expire, a cap per person, and the list to revoke them."""

from __future__ import annotations

import datetime as dt
import re
from io import StringIO

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client

from tradeguard.accounts.enums import AccountsErrorCode
from tradeguard.accounts.models import ApiToken
from tradeguard.accounts.policy import TOKEN_CAP, Throttle, locked_until
from tradeguard.accounts.tests.factories import DEFAULT_PASSWORD, buyer, officer
from tradeguard.common import clock
from tradeguard.common.testing import ApiClient

pytestmark = pytest.mark.django_db
T0 = dt.datetime(2026, 5, 4, 9, 0, tzinfo=dt.UTC)
MINUTE = dt.timedelta(minutes=1)


# --- policy ------------------------------------------------------------------------------


def test_locked_until_is_a_pure_rule() -> None:
    rule = Throttle(3, dt.timedelta(minutes=15), dt.timedelta(minutes=10))
    times = [T0, T0 + MINUTE, T0 + 2 * MINUTE]
    assert locked_until(times[:2], rule, T0 + 3 * MINUTE) is None
    assert locked_until(times, rule, T0 + 3 * MINUTE) == T0 + 12 * MINUTE
    assert locked_until(times, rule, T0 + 12 * MINUTE) is None
    # Old failures fall out of the window.
    assert locked_until([T0 - 20 * MINUTE, *times[1:]], rule, T0 + 3 * MINUTE) is None


# --- the token endpoint ------------------------------------------------------------------


def _token(email: str, password: str, address: str = "10.0.0.1") -> object:
    return Client(REMOTE_ADDR=address).post(
        "/api/v1/auth/token",
        {"email": email, "password": password},
        content_type="application/json",
    )


def test_token_endpoint_locks_an_account_after_five_wrong_passwords() -> None:
    user = buyer()
    with time_machine.travel(T0, tick=False):
        for n in range(5):
            assert _token(user.email, f"wrong-{n}", f"10.0.0.{n}").status_code == 401
        # Even the right password, from another address, is refused now.
        locked = _token(user.email, DEFAULT_PASSWORD, "10.9.9.9")
        assert locked.status_code == 429
        body = locked.json()
        assert body["code"] == AccountsErrorCode.LOGIN_THROTTLED
        assert "2026-05-04 09:15 UTC" in body["message"]
        assert "15 min" in body["message"]
        assert locked["Retry-After"] == "900"
        assert set(body) == {"code", "message", "fields"}
    with time_machine.travel(T0 + 16 * MINUTE, tick=False):
        assert _token(user.email, DEFAULT_PASSWORD).status_code == 201


def test_one_address_trying_many_accounts_is_locked_too() -> None:
    victim = buyer()
    with time_machine.travel(T0, tick=False):
        for n in range(20):
            assert _token(f"nobody{n}@example.com", "guess", "203.0.113.7").status_code == 401
        assert _token(victim.email, DEFAULT_PASSWORD, "203.0.113.7").status_code == 429
        # The account itself is not locked for everyone else.
        assert _token(victim.email, DEFAULT_PASSWORD, "198.51.100.2").status_code == 201


def test_tokens_from_a_password_expire_after_thirty_days_by_default() -> None:
    user = buyer()
    with time_machine.travel(T0, tick=False):
        issued = _token(user.email, DEFAULT_PASSWORD).json()
        assert issued["expires_at"].startswith("2026-06-03T09:00")
        forever = Client().post(
            "/api/v1/auth/token",
            {"email": user.email, "password": DEFAULT_PASSWORD, "expires_in_days": None},
            content_type="application/json",
        )
        assert forever.json()["expires_at"] is None
    api = ApiClient(token=issued["token"])
    with time_machine.travel(T0 + dt.timedelta(days=29), tick=False):
        assert api.get("me").status_code == 200
    with time_machine.travel(T0 + dt.timedelta(days=31), tick=False):
        assert api.get("me").status_code == 401
        assert ApiClient(token=forever.json()["token"]).get("me").status_code == 200


def test_a_person_holds_at_most_the_cap_of_active_tokens() -> None:
    user = buyer()
    api = ApiClient(user)  # one token
    for n in range(TOKEN_CAP - 1):
        assert api.post("tokens", {"name": f"t{n}"}).status_code == 201
    refused = api.post("tokens", {"name": "one too many"})
    assert refused.status_code == 409
    assert refused.json()["code"] == AccountsErrorCode.TOKEN_LIMIT_REACHED
    assert _token(user.email, DEFAULT_PASSWORD).status_code == 409  # logins mint no more
    listed = api.get("tokens").json()
    assert len(listed) == TOKEN_CAP
    assert all(t["is_active"] for t in listed)
    victim = next(t for t in listed if t["name"] == "t0")
    assert api.post(f"tokens/{victim['id']}/revoke").json()["is_active"] is False
    assert api.post("tokens", {"name": "now it fits", "expires_in_days": 7}).status_code == 201


def test_expired_tokens_leave_room_under_the_cap() -> None:
    user = buyer()
    with time_machine.travel(T0, tick=False):
        api = ApiClient(user)
        for n in range(TOKEN_CAP - 1):
            api.post("tokens", {"name": f"t{n}", "expires_in_days": 1})
        assert api.post("tokens", {"name": "x"}).status_code == 409
    with time_machine.travel(T0 + dt.timedelta(days=2), tick=False):
        assert api.post("tokens", {"name": "x"}).status_code == 201


# --- the pages ---------------------------------------------------------------------------


def test_the_login_page_and_the_admin_login_are_throttled() -> None:
    staff = officer()
    with time_machine.travel(T0, tick=False):
        browser = Client(REMOTE_ADDR="192.0.2.10")
        for _ in range(5):
            r = browser.post("/login/", {"username": staff.email, "password": "nope"})
            assert r.status_code == 200
        r = browser.post("/login/", {"username": staff.email, "password": DEFAULT_PASSWORD})
        assert r.status_code == 429
        assert "Too many failed sign-ins" in r.content.decode()
        assert "09:15" in r.content.decode()
        r = browser.post("/admin/login/", {"username": staff.email, "password": DEFAULT_PASSWORD})
        assert "Too many failed sign-ins" in r.content.decode()
        assert "_auth_user_id" not in browser.session


def test_password_change_page_checks_the_current_password_and_the_rules() -> None:
    user = buyer()
    browser = Client()
    browser.force_login(user)
    page = browser.get("/account/password/")
    assert page.status_code == 200
    wrong = browser.post(
        "/account/password/",
        {
            "current_password": "not-it",
            "new_password": "a-much-better-pass-9",
            "new_password_again": "a-much-better-pass-9",
        },
    )
    assert wrong.status_code == 422
    assert "current password is not right" in wrong.content.decode()
    weak = browser.post(
        "/account/password/",
        {"current_password": DEFAULT_PASSWORD, "new_password": "a", "new_password_again": "a"},
    )
    assert weak.status_code == 422
    assert "too short" in weak.content.decode()
    done = browser.post(
        "/account/password/",
        {
            "current_password": DEFAULT_PASSWORD,
            "new_password": "a-much-better-pass-9",
            "new_password_again": "a-much-better-pass-9",
        },
        follow=True,
    )
    assert "Your password is changed" in done.content.decode()
    assert browser.get("/account/").status_code == 200  # this browser stays signed in
    assert _token(user.email, DEFAULT_PASSWORD).status_code == 401
    assert _token(user.email, "a-much-better-pass-9").status_code == 201


def test_password_change_through_the_api() -> None:
    user = buyer()
    api = ApiClient(user)
    r = api.post("me/password", {"current_password": "x", "new_password": "y"})
    assert r.status_code == 422
    assert r.json()["code"] == AccountsErrorCode.WRONG_PASSWORD
    r = api.post("me/password", {"current_password": DEFAULT_PASSWORD, "new_password": "12345678"})
    assert r.status_code == 422
    assert r.json()["code"] == AccountsErrorCode.WEAK_PASSWORD
    assert "new_password" in r.json()["fields"]
    r = api.post(
        "me/password", {"current_password": DEFAULT_PASSWORD, "new_password": "fresh-pass-2027"}
    )
    assert r.status_code == 200
    assert api.get("me").status_code == 200  # tokens keep working


def _reset_link() -> tuple[str, str]:
    body = mail.outbox[-1].body
    found = re.search(r"/account/password/reset/([^/]+)/([^/\s]+)/", body)
    assert found, body
    return found.group(1), found.group(2)


def test_password_reset_by_email_through_the_pages() -> None:
    user = buyer()
    browser = Client()
    login = browser.get("/login/").content.decode()
    assert "/account/password/reset/" in login
    sent = browser.post("/account/password/reset/", {"email": user.email.upper()})
    assert sent.status_code == 200
    assert "Check your email" in sent.content.decode()
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [user.email]
    uid, token = _reset_link()
    url = f"/account/password/reset/{uid}/{token}/"
    assert browser.get(url).status_code == 200
    mismatch = browser.post(url, {"new_password": "brand-new-pass-1", "new_password_again": "x"})
    assert mismatch.status_code == 422
    done = browser.post(
        url,
        {"new_password": "brand-new-pass-1", "new_password_again": "brand-new-pass-1"},
        follow=True,
    )
    assert "Your new password is set" in done.content.decode()
    assert _token(user.email, "brand-new-pass-1").status_code == 201
    # The link works once.
    again = browser.get(url)
    assert again.status_code == 400
    assert "does not work any more" in again.content.decode()


def test_password_reset_never_says_who_has_an_account_and_is_throttled() -> None:
    user = buyer()
    anon = Client(REMOTE_ADDR="192.0.2.44")
    nobody = anon.post("/account/password/reset/", {"email": "nobody@example.com"})
    somebody = anon.post("/account/password/reset/", {"email": user.email})
    assert nobody.status_code == somebody.status_code == 200
    assert "Check your email" in nobody.content.decode()
    assert len(mail.outbox) == 1
    api = Client(REMOTE_ADDR="192.0.2.45")
    with time_machine.travel(clock.now(), tick=False):
        for _ in range(2):
            r = api.post(
                "/api/v1/auth/password-reset",
                {"email": user.email},
                content_type="application/json",
            )
            assert r.status_code == 202
        r = api.post(
            "/api/v1/auth/password-reset", {"email": user.email}, content_type="application/json"
        )
        assert r.status_code == 429
        assert r.json()["code"] == AccountsErrorCode.RESET_THROTTLED


def test_password_reset_confirm_through_the_api() -> None:
    user = buyer()
    Client().post(
        "/api/v1/auth/password-reset", {"email": user.email}, content_type="application/json"
    )
    uid, token = _reset_link()
    bad = Client().post(
        "/api/v1/auth/password-reset/confirm",
        {"uid": uid, "token": "x-" + token, "new_password": "good-new-pass-3"},
        content_type="application/json",
    )
    assert bad.status_code == 422
    assert bad.json()["code"] == AccountsErrorCode.RESET_LINK_INVALID
    ok = Client().post(
        "/api/v1/auth/password-reset/confirm",
        {"uid": uid, "token": token, "new_password": "good-new-pass-3"},
        content_type="application/json",
    )
    assert ok.status_code == 200
    assert _token(user.email, "good-new-pass-3").status_code == 201


def test_createuser_applies_the_same_password_rules() -> None:
    with pytest.raises(CommandError, match="too short"):
        call_command(
            "createuser",
            "--email",
            "weak@example.com",
            "--password",
            "a",
            "--role",
            "buyer",
            "--org",
            "Weak Co",
            stdout=StringIO(),
            stderr=StringIO(),
        )


def test_the_tokens_page_lists_expiry_and_revokes() -> None:
    user = buyer()
    browser = Client()
    browser.force_login(user)
    created = browser.post("/account/tokens/", {"name": "ERP", "expires_in_days": "30"})
    assert created.status_code == 200
    token = ApiToken.objects.get(user=user, name="ERP")
    assert token.expires_at is not None
    page = browser.get("/account/tokens/").content.decode()
    assert token.expires_at.strftime("%Y-%m-%d") in page
    assert "active token" in page
    browser.post(f"/account/tokens/{token.pk}/revoke/")
    token.refresh_from_db()
    assert token.revoked_at is not None


def test_the_tokens_page_names_each_column_for_a_phone() -> None:
    """On a phone the tokens table turns into one block per token (.table-stack): every
    cell but the name carries its column's name, so expiry and status stay readable."""
    user = buyer()
    browser = Client()
    browser.force_login(user)
    browser.post("/account/tokens/", {"name": "ERP", "expires_in_days": "30"})
    page = browser.get("/account/tokens/").content.decode()
    start = page.index("<td>ERP")
    assert '<table class="table table-stack">' in page[:start]
    row = page[start : page.index("</tr>", start)]
    for column in ("Starts with", "Created", "Last used", "Expires", "Status"):
        assert f'data-label="{column}"' in row
