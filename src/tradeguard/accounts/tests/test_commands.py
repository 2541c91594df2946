from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from tradeguard.accounts.models import Organization, User
from tradeguard.common.testing import ApiClient

pytestmark = pytest.mark.django_db


def run(*args: str) -> str:
    out = StringIO()
    call_command("createuser", *args, stdout=out, stderr=StringIO())
    return out.getvalue().strip()


def test_createuser_makes_org_and_user_then_token_auth_works() -> None:
    user_id = run(
        "--email",
        "Li@Factory.cn",
        "--password",
        "s3cret-pass",
        "--role",
        "supplier",
        "--org",
        "Li Factory",
        "--country",
        "cn",
    )
    user = User.objects.get(pk=int(user_id))
    assert user.email == "li@factory.cn"
    assert user.organization is not None
    assert (user.organization.name, user.organization.kind, user.organization.country) == (
        "Li Factory",
        "supplier",
        "CN",
    )
    r = ApiClient().post("auth/token", {"email": "li@factory.cn", "password": "s3cret-pass"})
    assert r.status_code == 201
    assert ApiClient(token=r.json()["token"]).get("me").json()["role"] == "supplier"


def test_createuser_joins_an_existing_org() -> None:
    run("--email", "a@x.com", "--password", "pw-123456", "--role", "officer", "--org", "Market")
    run("--email", "b@x.com", "--password", "pw-123456", "--role", "admin", "--org", "market")
    assert Organization.objects.count() == 1
    assert User.objects.get(email="b@x.com").is_staff


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--role", "buyer", "--org", "M", "--org-kind", "supplier"], "must belong"),
        (["--role", "buyer", "--org", "M", "--country", "XX"], "ISO 3166"),
    ],
)
def test_createuser_errors_are_one_line_and_write_nothing(args: list[str], message: str) -> None:
    with pytest.raises(CommandError, match=message):
        run("--email", "c@x.com", "--password", "pw-123456", *args)
    assert not User.objects.filter(email="c@x.com").exists()
    assert not Organization.objects.filter(name="M").exists()


def test_duplicate_email_refused() -> None:
    run("--email", "d@x.com", "--password", "pw-123456", "--role", "buyer", "--org", "B")
    with pytest.raises(CommandError, match="already exists"):
        run("--email", "D@x.com", "--password", "pw-123456", "--role", "buyer", "--org", "B")
