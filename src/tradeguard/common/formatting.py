"""One formatter per kind of value, for pages, e-mails, PDFs and error messages alike.

Money lives in `common.money.format_money`; this module holds instants, durations and
percentages. Instants are shown in the active time zone (the reader's, activated per
request by `accounts.middleware.UserTimezoneMiddleware`; UTC elsewhere) with the zone
named, so "closes 2026-12-22 18:59 EST" never sits above "until 2026-12-22 23:59 UTC".
"""

from __future__ import annotations

import datetime as dt
import functools
from decimal import Decimal

from django.utils import timezone, translation
from django.utils.translation import gettext as _

# Abbreviations that name several zones (China's and US Central "CST", India's and
# Israel's "IST", ...): shown as an offset instead.
_AMBIGUOUS_ABBREVIATIONS = frozenset({"CST", "CDT", "IST", "BST", "AST", "ADT", "GST", "SST"})


def zone_label(local: dt.datetime) -> str:
    """'EST', 'CET', 'UTC', or 'UTC+8' where the abbreviation is numeric or ambiguous."""
    name = local.tzname() or ""
    if name.isalpha() and name.upper() == name and name not in _AMBIGUOUS_ABBREVIATIONS:
        return name
    offset = local.utcoffset() or dt.timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def as_local(value: dt.datetime, zone: dt.tzinfo | None = None) -> dt.datetime:
    if timezone.is_naive(value):
        value = value.replace(tzinfo=dt.UTC)
    return timezone.localtime(value, zone)


def format_instant(value: dt.datetime | None, zone: dt.tzinfo | None = None) -> str:
    """'2026-12-08 10:59 EST': the reader's zone (or `zone`), named."""
    if value is None:
        return ""
    local = as_local(value, zone)
    return f"{local:%Y-%m-%d %H:%M} {zone_label(local)}"


def format_date(value: dt.date | dt.datetime | None, zone: dt.tzinfo | None = None) -> str:
    """A calendar day; an instant becomes the day it falls on in the reader's zone."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = as_local(value, zone).date()
    return value.isoformat()


def format_duration(seconds: float) -> str:
    """'2 d 4 h', '3 h 20 min', '25 min', 'less than a minute'."""
    seconds = abs(int(seconds))
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    if days:
        return (
            _("%(d)s d %(h)s h") % {"d": days, "h": hours} if hours else _("%(d)s d") % {"d": days}
        )
    if hours:
        if minutes:
            return _("%(h)s h %(m)s min") % {"h": hours, "m": minutes}
        return _("%(h)s h") % {"h": hours}
    if minutes:
        return _("%(m)s min") % {"m": minutes}
    return _("less than a minute")


def format_relative(target: dt.datetime, now: dt.datetime) -> str:
    """'in 2 d 4 h', '3 h overdue', 'due now' (app.js mirrors this for live pages)."""
    seconds = (target - now).total_seconds()
    if abs(seconds) < 60:
        return _("due now")
    text = format_duration(seconds)
    return (
        _("in %(duration)s") % {"duration": text}
        if seconds > 0
        else _("%(duration)s overdue") % {"duration": text}
    )


def format_percent(fraction: float | Decimal | None, places: int = 0) -> str:
    """0.3333 -> '33 %'; None -> ''."""
    if fraction is None:
        return ""
    value = Decimal(str(fraction)) * 100
    text = f"{value:.{places}f}"
    return _("%(value)s %%") % {"value": text}


def format_country(code: str | None) -> str:
    """A country's name in the active language: 'CN' -> 'China' / '中国'."""
    from babel import Locale

    if not code:
        return ""
    language = translation.get_language() or "en"
    names = Locale.parse("zh_Hans" if language.startswith("zh") else "en").territories
    return str(names.get(str(code).upper(), code))


@functools.cache
def language_codes() -> frozenset[str]:
    """Every ISO 639 language code CLDR names (two letters, or three where there is no
    two-letter code: "haw"), lower case."""
    from babel import Locale

    return frozenset(
        code.lower()
        for code in Locale("en").languages
        if isinstance(code, str) and code.isalpha() and len(code) in (2, 3)
    )


def format_language(code: str | None) -> str:
    """A language's name in the active language: 'de' -> 'German' / '德语'; an unknown
    code stays as given. The names are CLDR's (babel), which names every ISO 639
    language in both of TradeGuard's languages (Django's list lacks some in Chinese);
    a code CLDR lacks (e.g. 'zh-hans') is named from Django's list."""
    if not code:
        return ""
    from babel import Locale

    language = translation.get_language() or "en"
    names = Locale.parse("zh_Hans" if language.startswith("zh") else "en").languages
    name = names.get(str(code).lower())
    if name:
        return str(name)
    try:
        return str(translation.get_language_info(str(code).lower())["name_translated"])
    except KeyError:
        return str(code)
