"""Human labels for event types and values on timelines.

Apps add labels for their own event types from `AppConfig.ready()`::

    from tradeguard.web.timeline import register_event_labels
    register_event_labels({"dispute.opened": "Dispute opened"})

Unlabelled types read as their words: "order.status_changed" -> "Order status changed".

Apps also say how their events' values read (`register_event_values`): a key's label,
and whether its value is a code of an enum (shown by its label), money (with the
currency another key holds), a hash (short), a size, or an internal id (not shown).
People see labels, never codes or field names.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.db import models
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from tradeguard.common.formatting import format_instant

_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$")
# Fallbacks for values no app registered: a code reads as words, a digest is short.
_CODE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)+$")
_HEX_DIGEST = re.compile(r"^[0-9a-f]{40,128}$")

EVENT_LABELS: dict[str, Any] = {
    "organization.created": _lazy("Organization registered"),
    "organization.member_added": _lazy("Member added"),
    "organization.document_added": _lazy("Business document uploaded"),
    "organization.verification_requested": _lazy("Verification requested"),
    "organization.verification_decided": _lazy("Verification decided"),
    "user.timezone_changed": _lazy("Display time zone changed"),
    "api_token.created": _lazy("API token created"),
    "api_token.revoked": _lazy("API token revoked"),
}


def register_event_labels(labels: Mapping[str, Any]) -> None:
    EVENT_LABELS.update(labels)


@dataclass(frozen=True, slots=True)
class Value:
    """How one key of an event's values reads on a timeline.

    kind: "text" (as stored), "enum" (`choices`' label), "money" (with the currency in
    `currency_key`), "hash" (first 12 characters), "bytes" (a size), "hidden" (an
    internal id or a value another key already shows)."""

    label: Any = None
    kind: str = "text"
    choices: type[models.TextChoices] | None = None
    currency_key: str = "currency"
    # kind "text" only: (value, the event's values) -> the text in the reader's language,
    # for a stored sentence the app can render again from codes the event also holds.
    render: Callable[[Any, Mapping[str, Any]], str] | None = None


# Event-type prefix -> key -> Value. The longest prefix that has the key wins, so
# "dispute.obligation_" can say what "kind" means for obligations and "dispute." for
# proposals.
EVENT_VALUES: dict[str, dict[str, Value]] = {}


def register_event_values(prefix: str, values: Mapping[str, Value]) -> None:
    EVENT_VALUES.setdefault(prefix, {}).update(values)


def value_rule(event_type: str, key: str) -> Value | None:
    best: tuple[int, Value] | None = None
    for prefix, values in EVENT_VALUES.items():
        matches = key in values and event_type.startswith(prefix)
        if matches and (best is None or len(prefix) > best[0]):
            best = (len(prefix), values[key])
    return best[1] if best else None


def key_label(event_type: str, key: str) -> str:
    rule = value_rule(event_type, key)
    if rule is not None and rule.label:
        return str(rule.label)
    return humanize_key(key)


def format_event_value(event_type: str, key: str, value: Any, values: Mapping[str, Any]) -> str:
    """`value` of `key` as people read it (None when it is not shown at all)."""
    rule = value_rule(event_type, key)
    if rule is None or value is None or value == "":
        return format_value(value)
    if rule.render is not None:
        return rule.render(value, values)
    if rule.kind == "enum" and rule.choices is not None:
        if isinstance(value, list):
            return ", ".join(format_event_value(event_type, key, v, values) for v in value)
        try:
            return str(rule.choices(value).label)
        except ValueError:
            return format_value(value)
    if rule.kind == "money":
        from tradeguard.common.i18n.text import money_locale
        from tradeguard.common.money import format_money

        currency = str(values.get(rule.currency_key) or "")
        try:
            # Events store amounts as text ("330.00"), so read them back as Decimals.
            if not currency:
                return format_value(value)
            return format_money(Decimal(str(value)), currency, locale=money_locale())
        except Exception:  # an amount an old event stored oddly must not break a page
            return format_value(value)
    if rule.kind == "hash":
        return str(value)[:12] + "…"
    if rule.kind == "bytes":
        try:
            return str(filesizeformat(int(value)))
        except (TypeError, ValueError):
            return format_value(value)
    return format_value(value)


def shown(event_type: str, key: str) -> bool:
    """Whether `key` is worth reading: not a hidden rule, nor an unregistered row id
    ("buyer_id", "document_ids")."""
    rule = value_rule(event_type, key)
    if rule is None:
        return not (key == "id" or key.endswith("_id") or key.endswith("_ids"))
    return rule.kind != "hidden"


def humanize_key(key: str) -> str:
    """'verification_status' -> 'Verification status'."""
    text = str(key).replace("_", " ").replace(".", " ").strip()
    return text[:1].upper() + text[1:]


def event_label(event_type: str) -> str:
    if event_type in EVENT_LABELS:
        return str(EVENT_LABELS[event_type])
    return humanize_key(event_type)


def format_value(value: Any) -> str:
    """A JSON value from an event as short text."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, list):
        return ", ".join(format_value(v) for v in value) or "—"
    if isinstance(value, dict):
        return "; ".join(f"{humanize_key(k)}: {format_value(v)}" for k, v in value.items()) or "—"
    if isinstance(value, str) and _ISO_DATETIME.match(value):
        # Events store datetimes as ISO UTC; show them in the viewer's zone.
        try:
            instant = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value
        return format_instant(instant)
    if isinstance(value, str) and _HEX_DIGEST.match(value):
        return f"{value[:12]}…"
    if isinstance(value, str) and _CODE.match(value):
        return humanize_key(value)  # a code nobody labelled still reads as words
    return str(value)
