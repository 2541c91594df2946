"""Writing events: only services call `event_record`."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from typing import Any

from django.db import models

from tradeguard.common import clock
from tradeguard.common.models import Event

_CENTS = Decimal("0.01")


def _decimal_text(value: Decimal) -> str:
    """Money-friendly text: at most 2 significant decimal places -> exactly 2
    ("2040.0000" -> "2040.00", "2.5" -> "2.50"); more -> the normalized form without an
    exponent ("0.1250" -> "0.125")."""
    if not value.is_finite():
        return str(value)
    normalized = value.normalize()
    exponent = normalized.as_tuple().exponent
    if isinstance(exponent, int) and exponent >= -2:
        try:
            return str(value.quantize(_CENTS))
        except InvalidOperation:  # beyond the context's precision: keep every digit
            pass
    return format(normalized, "f")


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_jsonable(v) for v in value]
    if isinstance(value, Decimal):
        return _decimal_text(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, models.Model):
        return value.pk
    return value


def aggregate_label(obj: models.Model) -> str:
    return obj._meta.label_lower


def event_record(
    *,
    obj: models.Model,
    type: str,
    actor: Any = None,
    old: dict[str, Any] | None = None,
    new: dict[str, Any] | None = None,
    params: dict[str, Any] | None = None,
    at: dt.datetime | None = None,
    actor_label: str = "",
) -> Event:
    user = actor if getattr(actor, "is_authenticated", False) else None
    label = actor_label or (str(getattr(user, "email", "")) if user else "system")
    return Event.objects.create(
        aggregate=aggregate_label(obj),
        aggregate_id=obj.pk,
        type=type,
        actor=user,
        actor_label=label,
        old=_jsonable(old or {}),
        new=_jsonable(new or {}),
        params=_jsonable(params or {}),
        created_at=at or clock.now(),
    )


def events_for(obj: models.Model) -> models.QuerySet[Event]:
    return Event.objects.filter(aggregate=aggregate_label(obj), aggregate_id=obj.pk).select_related(
        "actor"
    )
