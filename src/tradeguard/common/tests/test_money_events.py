from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradeguard.accounts.tests.factories import buyer
from tradeguard.common.errors import ApplicationError
from tradeguard.common.events import event_record, events_for
from tradeguard.common.models import AppendOnlyError
from tradeguard.common.money import format_money, parse_amount, validate_currency


def test_currency_codes() -> None:
    assert validate_currency("usd") == "USD"
    with pytest.raises(ApplicationError) as exc:
        validate_currency("XYZ1")
    assert "currency" in exc.value.fields


@pytest.mark.parametrize(
    ("value", "currency", "expected"),
    [
        ("1800", "USD", Decimal("1800.00")),
        ("19.99", "EUR", Decimal("19.99")),
        ("5000", "JPY", Decimal("5000")),
    ],
)
def test_parse_amount(value: str, currency: str, expected: Decimal) -> None:
    assert parse_amount(value, currency, field="amount") == expected


@pytest.mark.parametrize(
    ("value", "currency"),
    [
        ("-1", "USD"),
        ("0", "USD"),
        ("1.005", "USD"),
        ("12.5", "JPY"),
        ("abc", "USD"),
        ("NaN", "USD"),
        ("1e20", "USD"),
    ],
)
def test_parse_amount_rejects(value: str, currency: str) -> None:
    with pytest.raises(ApplicationError) as exc:
        parse_amount(value, currency, field="amount")
    assert "amount" in exc.value.fields


@given(st.decimals(min_value=Decimal("0.01"), max_value=Decimal("1e12"), places=2))
def test_parse_amount_roundtrips_cents(value: Decimal) -> None:
    assert parse_amount(str(value), "USD", field="a") == value


def test_format_money_is_the_one_form_pages_messages_and_emails_use() -> None:
    # One form everywhere: never "$330.00" in a message beside "US$330.00" on the page.
    assert format_money(Decimal("1800"), "USD") == "US$1,800.00"
    assert format_money(Decimal("330.0000"), "USD") == "US$330.00"
    assert format_money(Decimal("12000"), "CNY") == "CN¥12,000.00"
    assert format_money(Decimal("5000"), "JPY") == "JP¥5,000"


@pytest.mark.django_db
def test_events_are_append_only() -> None:
    user = buyer()
    org = user.organization
    event = event_record(
        obj=org, type="test.happened", actor=user, old={"a": 1}, new={"a": Decimal("2.50")}
    )
    assert event.new == {"a": "2.50"}
    assert event.actor_label == user.email
    assert list(events_for(org).values_list("type", flat=True))[-1] == "test.happened"
    event.type = "changed"
    with pytest.raises(AppendOnlyError):
        event.save()
    with pytest.raises(AppendOnlyError):
        event.delete()


@pytest.mark.parametrize(
    ("amount", "stored"),
    [
        (Decimal("2040.0000"), "2040.00"),  # a money column's 4 places
        (Decimal("2.5"), "2.50"),
        (Decimal("5000"), "5000.00"),
        (Decimal("-12.3400"), "-12.34"),
        (Decimal("0.1250"), "0.125"),  # a third significant place: kept, normalized
        (Decimal("1.0050"), "1.005"),
        (Decimal("1E+3"), "1000.00"),  # never an exponent
        (Decimal("1.5E-7"), "0.00000015"),
    ],
)
@pytest.mark.django_db
def test_event_decimals_are_stored_as_money_text(amount: Decimal, stored: str) -> None:
    org = buyer().organization
    event = event_record(
        obj=org, type="test.amount", new={"amount": amount}, params={"lines": [amount]}
    )
    event.refresh_from_db()
    assert event.new == {"amount": stored}
    assert event.params == {"lines": [stored]}
