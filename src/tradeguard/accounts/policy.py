"""Who may be what: pure data and functions, no database."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import dataclass
from functools import cache

from babel import Locale

from tradeguard.accounts.enums import OrgKind, Role

ROLE_ORG_KINDS: dict[Role, frozenset[OrgKind]] = {
    Role.BUYER: frozenset({OrgKind.BUYER}),
    Role.SUPPLIER: frozenset({OrgKind.SUPPLIER}),
    Role.RIGHTS_HOLDER: frozenset({OrgKind.RIGHTS_HOLDER}),
    Role.AGENT: frozenset({OrgKind.RIGHTS_HOLDER}),
    Role.INSPECTOR: frozenset({OrgKind.INSPECTOR}),
    Role.OFFICER: frozenset({OrgKind.PLATFORM}),
    Role.ADMIN: frozenset({OrgKind.PLATFORM}),
}

DEFAULT_ORG_KIND: dict[Role, OrgKind] = {role: min(kinds) for role, kinds in ROLE_ORG_KINDS.items()}

PLATFORM_ROLES = frozenset({Role.OFFICER, Role.ADMIN})

API_TOKEN_PREFIX = "tg_"


def role_fits_org(role: str, kind: str) -> bool:
    return OrgKind(kind) in ROLE_ORG_KINDS[Role(role)]


@cache
def countries() -> dict[str, str]:
    """ISO 3166-1 alpha-2 code -> English name."""
    names = Locale("en").territories
    return {
        code: name
        for code, name in names.items()
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES
    }


# CLDR region codes that are groupings or placeholders, not ISO 3166-1 countries.
_NOT_COUNTRIES = frozenset({"EU", "EZ", "QO", "UN", "XA", "XB", "ZZ"})


def is_country(code: str) -> bool:
    return code in countries()


@cache
def timezones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def is_timezone(name: str) -> bool:
    return name in timezones()


# Countries whose organizations read TradeGuard in Simplified Chinese unless a person
# chooses otherwise; a marketplace overrides it with TRADEGUARD_CHINESE_COUNTRIES.
CHINESE_COUNTRIES = frozenset({"CN", "HK", "TW", "SG"})


def default_language(country: str) -> str:
    """The language a person of an organization in `country` reads by default."""
    from django.conf import settings

    chinese = getattr(settings, "TRADEGUARD_CHINESE_COUNTRIES", CHINESE_COUNTRIES)
    return "zh-hans" if (country or "").upper() in chinese else "en"


# --- Sign-in security ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Throttle:
    """`limit` events within `window` lock the account or address for `lockout` after
    the last of them."""

    limit: int
    window: dt.timedelta
    lockout: dt.timedelta


# (action, scope) -> throttle. Per account: a guesser cannot try more than 5 passwords of
# one account in 15 minutes from anywhere; per address: one machine cannot try more than
# 20 passwords (of any accounts) in 15 minutes. Reset emails: 3 an hour per account.
THROTTLES: dict[tuple[str, str], Throttle] = {
    ("sign_in", "account"): Throttle(5, dt.timedelta(minutes=15), dt.timedelta(minutes=15)),
    ("sign_in", "address"): Throttle(20, dt.timedelta(minutes=15), dt.timedelta(minutes=15)),
    ("reset", "account"): Throttle(3, dt.timedelta(hours=1), dt.timedelta(hours=1)),
    ("reset", "address"): Throttle(10, dt.timedelta(hours=1), dt.timedelta(hours=1)),
}
# Throttle rows older than this are deleted when new ones are written.
THROTTLE_KEEP = dt.timedelta(days=1)


def locked_until(
    times: list[dt.datetime], throttle: Throttle, now: dt.datetime
) -> dt.datetime | None:
    """When the lock that `times` (events, any order) impose ends, or None if unlocked."""
    recent = sorted(t for t in times if t > now - throttle.window)
    if len(recent) < throttle.limit:
        return None
    until = recent[-1] + throttle.lockout
    return until if until > now else None


# API tokens: at most this many active (not revoked, not expired) per person; a token
# exchanged for a password expires after LOGIN_TOKEN_DAYS unless asked otherwise;
# no token lives longer than TOKEN_MAX_DAYS when it has an expiry at all.
TOKEN_CAP = 20
LOGIN_TOKEN_DAYS = 30
TOKEN_MAX_DAYS = 365
