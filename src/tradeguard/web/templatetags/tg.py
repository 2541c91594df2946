"""TradeGuard template helpers: `{% load tg %}`.

- `{{ order.total|money:order.currency }}` -> "US$1,800.00"
- `{% badge order.status %}` or `{% badge order.status order.get_status_display %}`
- `{% deadline dispute.response_due_at %}` -> absolute time in the viewer's zone plus a
  live countdown ("in 2 d 4 h" / "3 h overdue"); dates count to the end of that day (UTC)
- `{{ event|humanize_event }}`, `{{ event|event_changes }}`, `{{ event|event_params }}`
- `{% url_if "orders:detail" order.pk as href %}` -> "" when that URL does not exist yet
- `{{ dt|relative }}` -> "in 2 d 4 h" / "3 h overdue"
- `{% hash sha256 %}` -> the first 12 characters, the full value on hover, a copy button
- `{% file_card stored_file %}` -> a stored file as people look at it: thumbnail (or
  kind), name, size, short hash with copy and one-click verify, view (lightbox) and
  download; `name=` overrides the shown name, `caption=` adds a note
- `{% external_link org.website %}` -> a link when it is an http(s) address, else the
  text alone (a `javascript:` or `data:` URL someone saved is never clickable)
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from django import template
from django.urls import NoReverseMatch, reverse
from django.utils import formats, timezone
from django.utils.html import format_html, json_script
from django.utils.safestring import SafeString
from django.utils.translation import gettext

from tradeguard.common import clock
from tradeguard.common.formatting import (
    format_country,
    format_date,
    format_instant,
    format_percent,
    format_relative,
)
from tradeguard.common.money import format_money
from tradeguard.evidence.presenters import SHORT_HASH, file_view
from tradeguard.web.timeline import (
    event_label,
    format_event_value,
    humanize_key,
    key_label,
    shown,
    value_rule,
)

register = template.Library()

# World English: unambiguous symbols for a cross-border audience (US$, CN¥, HK$, €).
MONEY_LOCALE = "en_001"
_STATE_CLASS = re.compile(r"[^a-z0-9_-]+")


@register.filter
def money(amount: Any, currency: str = "") -> str:
    if amount is None or amount == "":
        return "—"
    try:
        value = amount if isinstance(amount, Decimal) else Decimal(str(amount))
    except (InvalidOperation, ValueError):
        return str(amount)
    if not currency:
        return f"{value:,}"
    try:
        return format_money(value, str(currency), locale=MONEY_LOCALE)
    except Exception:  # an unknown currency code must not break a page
        return f"{value:,} {currency}"


def state_class(value: Any) -> str:
    return _STATE_CLASS.sub("-", str(getattr(value, "value", value) or "").lower())


@register.inclusion_tag("web/_badge.html")
def badge(value: Any, label: Any = None) -> dict[str, str]:
    raw = str(getattr(value, "value", value) or "")
    text = str(label) if label else (getattr(value, "label", None) or humanize_key(raw))
    return {"state": state_class(raw), "label": text}


def relative_text(target: dt.datetime, now: dt.datetime | None = None) -> str:
    """'in 2 d 4 h', '3 h overdue', 'in 25 min', 'due now' (mirrors app.js)."""
    return format_relative(target, now or clock.now())


def _as_instant(value: dt.datetime | dt.date) -> tuple[dt.datetime, bool]:
    """(aware datetime, is_date). A date counts until the end of that day, UTC."""
    if isinstance(value, dt.datetime):
        if timezone.is_naive(value):
            value = value.replace(tzinfo=dt.UTC)
        return value, False
    end = dt.datetime.combine(value, dt.time(23, 59, 59), tzinfo=dt.UTC)
    return end, True


@register.filter
def instant(value: dt.datetime | None) -> str:
    """An instant in the viewer's zone, named: '2026-12-08 10:59 EST'."""
    return format_instant(value) if value else ""


@register.filter
def day(value: dt.date | dt.datetime | None) -> str:
    """A calendar day ('2026-12-08'); an instant gives its day in the viewer's zone."""
    return format_date(value) if value else ""


@register.filter
def country(code: str | None) -> str:
    """A country's name in the reader's language: 'CN' -> 'China' / '中国'."""
    return format_country(code)


@register.filter
def percent(value: Any, places: int = 0) -> str:
    """A fraction as people write it: 0.3333 -> '33 %'."""
    if value is None or value == "":
        return ""
    try:
        return format_percent(Decimal(str(value)), int(places))
    except (InvalidOperation, ValueError):
        return str(value)


@register.simple_tag
def countdown_words() -> SafeString:
    """The words app.js writes into live countdowns, in the page's language: the same
    messages `common.formatting.format_relative` uses on the server."""
    words = {
        "dh": gettext("%(d)s d %(h)s h"),
        "d": gettext("%(d)s d"),
        "hm": gettext("%(h)s h %(m)s min"),
        "h": gettext("%(h)s h"),
        "m": gettext("%(m)s min"),
        "now": gettext("due now"),
        "in": gettext("in %(duration)s"),
        "overdue": gettext("%(duration)s overdue"),
    }
    return json_script(words, "countdown-words")


@register.filter
def linked(value: str) -> SafeString:
    """Text that may hold `[label](/path/)` links (see `notifications.text`), escaped,
    with its links as links: `{{ listing.status_reason|linked }}`."""
    from tradeguard.notifications.text import to_inline_html

    return to_inline_html(str(value or ""))


@register.filter
def relative(value: dt.datetime | dt.date | None) -> str:
    if not value:
        return ""
    instant, _ = _as_instant(value)
    return relative_text(instant)


@register.simple_tag
def deadline(value: dt.datetime | dt.date | None, empty: str = "") -> SafeString:
    """`<time class="countdown">` with the absolute time in the viewer's zone; app.js
    keeps the relative part live."""
    if not value:
        return format_html('<span class="muted">{}</span>', empty or gettext("no deadline"))
    instant, is_date = _as_instant(value)
    now = clock.now()
    if is_date:
        absolute = value.isoformat()
        title = gettext("%(day)s, end of day UTC") % {"day": absolute}
    else:
        absolute = format_instant(instant)
        title = absolute
    seconds = (instant - now).total_seconds()
    state = "overdue" if seconds < 0 else ("soon" if seconds < 86400 else "later")
    return format_html(
        '<time class="countdown countdown-{}" datetime="{}" title="{}">{}</time>'
        ' <span class="countdown-rel">({})</span>',
        state,
        instant.astimezone(dt.UTC).isoformat().replace("+00:00", "Z"),
        title,
        absolute,
        relative_text(instant, now),
    )


@register.filter
def humanize_event(event: Any) -> str:
    event_type = getattr(event, "type", event)
    return event_label(str(event_type or ""))


@register.filter
def event_changes(event: Any) -> list[dict[str, Any]]:
    """[{label, old, new, is_state, old_raw, new_raw}] for every key in old or new."""
    event_type = str(getattr(event, "type", "") or "")
    old = getattr(event, "old", None) or {}
    new = getattr(event, "new", None) or {}
    both = {**old, **new}
    rows: list[dict[str, Any]] = []
    for key in [*old.keys(), *(k for k in new if k not in old)]:
        if not shown(event_type, key):
            continue
        old_raw, new_raw = old.get(key), new.get(key)
        rule = value_rule(event_type, key)
        is_state = key == "status" or key.endswith("_status")

        def text(raw: Any, key: str = key, rule: Any = rule, is_state: bool = is_state) -> str:
            if is_state and rule is None:
                return humanize_key(str(raw or ""))  # an unregistered state reads as words
            return format_event_value(event_type, key, raw, both)

        rows.append(
            {
                "key": key,
                "label": key_label(event_type, key),
                "old": text(old_raw) if key in old else "",
                "new": text(new_raw) if key in new else "",
                "old_raw": old_raw,
                "new_raw": new_raw,
                "has_old": key in old,
                "is_state": is_state and (rule is None or rule.kind == "enum"),
            }
        )
    return rows


@register.filter
def event_params(event: Any) -> list[tuple[str, str]]:
    event_type = str(getattr(event, "type", "") or "")
    params = getattr(event, "params", None) or {}
    # A money param may take its currency from the event's new values ("covered_amount"
    # of dispute.opened is in the "currency" its new values hold).
    context = {**(getattr(event, "new", None) or {}), **params}
    return [
        (key_label(event_type, k), format_event_value(event_type, k, v, context))
        for k, v in params.items()
        if shown(event_type, k)
    ]


@register.filter
def event_actor(event: Any) -> str:
    """Who did it: the user's name and role, or "TradeGuard (automatic)"."""
    actor = getattr(event, "actor", None)
    if actor is not None:
        role = actor.get_role_display() if hasattr(actor, "get_role_display") else ""
        return f"{actor.display_name} · {role}" if role else str(actor.display_name)
    label = getattr(event, "actor_label", "") or "system"
    return gettext("TradeGuard (automatic)") if label == "system" else label


@register.simple_tag
def url_if(name: str, *args: Any) -> str:
    """reverse(name, args) or "" when the URL is not (yet) defined."""
    try:
        return reverse(name, args=args or None)
    except NoReverseMatch:
        return ""


@register.inclusion_tag("web/_hash.html", name="hash")
def hash_tag(value: str | None, verify_url: str = "") -> dict[str, Any]:
    sha = str(value or "")
    return {"sha256": sha, "short": sha[:SHORT_HASH], "verify_url": verify_url}


@register.inclusion_tag("web/_file_card.html")
def file_card(stored: Any, name: str = "", caption: str = "") -> dict[str, Any]:
    """A card for a stored file (`evidence.StoredFile`); nothing for None. The viewer
    and downloads check access themselves (evidence.selectors.file_get)."""
    if stored is None or not getattr(stored, "pk", None):
        return {"f": None}
    return {"f": file_view(stored, name), "caption": caption}


@register.inclusion_tag("web/_pager.html", takes_context=True)
def pager(context: template.Context, page: Any) -> dict[str, Any]:
    """Links to the first, previous and next page of a keyset `Page` (see
    common.pagination), with the total ("about" when it is an estimate)."""
    request = context["request"]
    return {
        "page": page,
        "total": formats.number_format(page.count, force_grouping=True),
        "first_url": None if page.first else page.link(request, None),
        "previous_url": page.link(request, page.previous_cursor) if page.previous_cursor else None,
        "next_url": page.link(request, page.next_cursor) if page.next_cursor else None,
    }


def is_web_url(url: Any) -> bool:
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(str(url or "").strip())
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


@register.simple_tag
def external_link(url: Any, text: Any = None, new_tab: bool = False) -> SafeString:
    """A link out of TradeGuard, only for http(s) addresses; anything else is shown as
    text. `text` defaults to the address itself."""
    label = url if text is None else text
    if not url:
        return format_html("{}", "—" if text is None else label)
    if not is_web_url(url):
        return format_html("{}", label)
    if new_tab:
        return format_html(
            '<a href="{}" rel="noopener noreferrer nofollow" target="_blank">{}</a>',
            str(url).strip(),
            label,
        )
    return format_html('<a href="{}" rel="noopener nofollow">{}</a>', str(url).strip(), label)
