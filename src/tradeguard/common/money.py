"""Money is a Decimal amount with an ISO 4217 currency; never a float."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import cache

from babel.numbers import format_currency, get_currency_precision, list_currencies
from django.db import models
from django.utils.translation import gettext as _

from tradeguard.common.errors import ApplicationError, CommonErrorCode

_PLAIN_DECIMAL = re.compile(r"-?\d+(\.\d+)?")

# Database columns: 18 digits with 4 places holds any ISO 4217 minor unit (max 4, CLF).
MONEY_MAX_DIGITS = 18
MONEY_DECIMAL_PLACES = 4


def money_field(**kwargs: object) -> models.DecimalField:
    """A money column (amounts of every currency); the currency lives in its own field."""
    return models.DecimalField(
        max_digits=MONEY_MAX_DIGITS,
        decimal_places=MONEY_DECIMAL_PLACES,
        **kwargs,  # type: ignore[arg-type]
    )


@cache
def _currencies() -> frozenset[str]:
    return frozenset(list_currencies())


def validate_currency(code: str, *, field: str = "currency") -> str:
    value = (code or "").strip().upper()
    if len(value) != 3 or value not in _currencies():
        raise ApplicationError(
            CommonErrorCode.INVALID_INPUT,
            _("%(code)s is not an ISO 4217 currency code.") % {"code": repr(code)},
            fields={field: _("Use a three-letter ISO 4217 code such as USD, EUR or CNY.")},
        )
    return value


def minor_units(currency: str) -> int:
    return int(get_currency_precision(currency))


def quantize(amount: Decimal, currency: str) -> Decimal:
    exp = Decimal(1).scaleb(-minor_units(currency))
    return amount.quantize(exp, rounding=ROUND_HALF_UP)


def parse_amount(value: object, currency: str, *, field: str, allow_zero: bool = False) -> Decimal:
    """Parse a money amount strictly: a Decimal/str/int, not negative, no more decimal
    places than the currency has."""
    if isinstance(value, float):
        value = repr(value)
    text = str(value).strip()
    if not _PLAIN_DECIMAL.fullmatch(text):
        raise ApplicationError(
            CommonErrorCode.INVALID_INPUT,
            _("%(value)s is not an amount of money.") % {"value": repr(value)},
            fields={
                field: _("Give a plain decimal number such as 1250.00 (no exponents or signs).")
            },
        )
    try:
        amount = Decimal(text)
    except (InvalidOperation, ValueError):
        raise ApplicationError(
            CommonErrorCode.INVALID_INPUT,
            _("%(value)s is not an amount of money.") % {"value": repr(value)},
            fields={field: _("Give a decimal number such as 1250.00.")},
        ) from None
    if not amount.is_finite():
        raise ApplicationError(
            CommonErrorCode.INVALID_INPUT,
            _("Amounts must be finite numbers."),
            fields={field: _("Give a decimal number such as 1250.00.")},
        )
    if amount < 0 or (amount == 0 and not allow_zero):
        raise ApplicationError(
            CommonErrorCode.INVALID_INPUT,
            _("Amounts must be positive."),
            fields={field: _("Give an amount greater than zero.")},
        )
    places = minor_units(currency)
    exponent = amount.as_tuple().exponent
    if isinstance(exponent, int) and -exponent > places:
        raise ApplicationError(
            CommonErrorCode.INVALID_INPUT,
            _("%(currency)s amounts have at most %(places)s decimal places.")
            % {"currency": currency, "places": places},
            fields={field: _("Round to %(places)s decimal places.") % {"places": places}},
        )
    if amount.adjusted() >= MONEY_MAX_DIGITS - MONEY_DECIMAL_PLACES:
        raise ApplicationError(
            CommonErrorCode.INVALID_INPUT,
            _("Amount is too large."),
            fields={field: _("Amounts must be below 10^14.")},
        )
    return quantize(amount, currency)


@dataclass(frozen=True, slots=True)
class Money:
    amount: Decimal
    currency: str

    def __str__(self) -> str:
        return format_money(self.amount, self.currency)


# World English: unambiguous symbols for a cross-border audience (US$, CN¥, HK$, €).
# Every page, message and email formats money through `format_money` in this locale,
# so one amount never reads "$330.00" in one place and "US$330.00" in another.
MONEY_LOCALE = "en_001"


def format_money(amount: Decimal, currency: str, locale: str = MONEY_LOCALE) -> str:
    """'US$1,800.00', 'CN¥12,000.00', '¥5,000' (JPY has no minor unit)."""
    return str(format_currency(quantize(amount, currency), currency, locale=locale))
