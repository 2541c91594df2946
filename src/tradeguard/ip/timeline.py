"""The history of IP records, complaints and items as people read it: event values that
are codes become their labels, ids and hashes that mean nothing on the page are left
out. The events themselves stay as stored (codes are the API's and the audit's)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.db import models
from django.utils.translation import gettext_lazy as _

from tradeguard.common.events import events_for
from tradeguard.common.models import Event
from tradeguard.ip.enums import (
    ComplaintReason,
    RecordKind,
    RejectionReason,
    RemovalKind,
    SorDecision,
)
from tradeguard.ip.selectors import WAITING_LABELS

DRAFT_SOURCES = {"image_monitoring": _("your confirmed image matches")}

# Values of these keys are codes of one enum (or, for "reason", free text unless it is
# a complaint reason).
_LABELS: dict[str, Mapping[str, Any]] = {
    "reason": dict(ComplaintReason.choices),
    "kind": dict(RecordKind.choices),
    "rejection_reason": dict(RejectionReason.choices),
    "removal_kind": dict(RemovalKind.choices),
    "decision": dict(SorDecision.choices),
    "party": WAITING_LABELS,
    "source": DRAFT_SOURCES,
}
# Internal ids and hashes: the page links what matters instead.
_HIDDEN = frozenset(
    {"record", "draft", "counter_notice", "statement", "appeal", "sha256", "item", "complaint"}
)
_PERCENT_KEYS = frozenset({"success_rate", "counter_rate", "success", "counter"})


def _value(key: str, value: Any) -> Any:
    labels = _LABELS.get(key)
    if labels is not None and isinstance(value, str) and value in labels:
        return str(labels[value])
    if isinstance(value, dict):
        return {k: _value(k, v) for k, v in value.items()}
    if key in _PERCENT_KEYS and isinstance(value, float):
        return f"{round(value * 100)} %"
    return value


def readable(event: Event) -> Event:
    """`event` with its params and old/new values relabelled (in memory only)."""
    event.params = {
        k: _value(k, v) for k, v in (event.params or {}).items() if k not in _HIDDEN and v != ""
    }
    for side in ("old", "new"):
        values = getattr(event, side) or {}
        setattr(event, side, {k: (v if k == "status" else _value(k, v)) for k, v in values.items()})
    return event


def ip_events(obj: models.Model) -> list[Event]:
    """The timeline of an IP record, complaint or item, readable."""
    return [readable(e) for e in events_for(obj)]
