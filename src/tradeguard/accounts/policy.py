"""Who may be what: pure data and functions, no database."""

from __future__ import annotations

import zoneinfo
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
