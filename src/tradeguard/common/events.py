"""Writing events: only services call `event_record`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from django.db import models

from tradeguard.common import chain, clock
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


@dataclass(frozen=True)
class ChainReport:
    events: int
    histories: int
    breaks: int
    first_break: chain.Break | None

    @property
    def ok(self) -> bool:
        return self.breaks == 0


def events_check_chains(
    *,
    aggregate: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    every: int = 50_000,
) -> ChainReport:
    """Walk the hash chain of every history in the database (or of one aggregate type)
    in the order it was written. `progress(done, total)` is called every `every`
    events and at the end."""
    qs = Event.objects.all()
    if aggregate:
        qs = qs.filter(aggregate=aggregate)
    total = qs.count()
    fields = ("id", "hash", *chain.CONTENT_KEYS)
    rows = qs.order_by("aggregate", "aggregate_id", "id").values(*fields)
    done = histories = breaks = 0
    first: chain.Break | None = None
    last_key: tuple[str, int] | None = None

    def as_content(rows_: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        for row in rows_:
            row["created_at"] = chain.instant_text(row["created_at"])
            yield row

    for row, found in chain.check_sequence(as_content(rows.iterator(chunk_size=5000))):
        done += 1
        key = (row["aggregate"], row["aggregate_id"])
        if key != last_key:
            histories += 1
            last_key = key
        if found is not None:
            breaks += 1
            first = first or found
        if progress is not None and done % every == 0:
            progress(done, total)
    if progress is not None:
        progress(done, total)
    return ChainReport(events=done, histories=histories, breaks=breaks, first_break=first)
