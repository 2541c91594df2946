"""Human labels for event types and values on timelines.

Apps add labels for their own event types from `AppConfig.ready()`::

    from tradeguard.web.timeline import register_event_labels
    register_event_labels({"dispute.opened": "Dispute opened"})

Unlabelled types read as their words: "order.status_changed" -> "Order status changed".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from django.utils import timezone
from django.utils.dateformat import format as date_format

_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$")

EVENT_LABELS: dict[str, str] = {
    "organization.created": "Organization registered",
    "organization.member_added": "Member added",
    "organization.document_added": "Business document uploaded",
    "organization.verification_requested": "Verification requested",
    "organization.verification_decided": "Verification decided",
    "user.timezone_changed": "Display time zone changed",
    "api_token.created": "API token created",
    "api_token.revoked": "API token revoked",
}


def register_event_labels(labels: Mapping[str, str]) -> None:
    EVENT_LABELS.update(labels)


def humanize_key(key: str) -> str:
    """'verification_status' -> 'Verification status'."""
    text = str(key).replace("_", " ").replace(".", " ").strip()
    return text[:1].upper() + text[1:]


def event_label(event_type: str) -> str:
    if event_type in EVENT_LABELS:
        return EVENT_LABELS[event_type]
    return humanize_key(event_type)


def format_value(value: Any) -> str:
    """A JSON value from an event as short text."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
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
        return date_format(timezone.localtime(instant), "Y-m-d H:i T")
    return str(value)
