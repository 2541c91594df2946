"""The hash chain of the event log.

Every event stores `prev_hash` (the `hash` of the event before it in the history of the
same aggregate, "" for the first) and `hash`: the SHA-256 of a canonical serialization
of its content, which includes `prev_hash`. Changing, removing or reordering any event
breaks the chain from that event on. The serialization is plain JSON so that anybody
can check an exported log without TradeGuard (docs/casefile.md):

    sha256(json.dumps(content, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode("utf-8"))

where `content` has exactly the keys of `CONTENT_KEYS`. This module has no database
access: the model computes the links as it is written, `check_chains` walks rows it is
given.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

# What each hash covers, in the exported JSON lines too.
CONTENT_KEYS = (
    "aggregate",
    "aggregate_id",
    "type",
    "actor_id",
    "actor_label",
    "old",
    "new",
    "params",
    "created_at",
    "prev_hash",
)
GENESIS = ""


def instant_text(value: dt.datetime) -> str:
    """An instant as the chain spells it: UTC, microseconds, "+00:00"."""
    return value.astimezone(dt.UTC).isoformat(timespec="microseconds")


def canonical_bytes(content: Mapping[str, Any]) -> bytes:
    return json.dumps(
        {key: content[key] for key in CONTENT_KEYS},
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    ).encode("utf-8")


def content_hash(content: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical_bytes(content)).hexdigest()


def event_content(event: Any, *, prev_hash: str | None = None) -> dict[str, Any]:
    """The chained content of an `Event` instance (saved or about to be)."""
    return {
        "aggregate": event.aggregate,
        "aggregate_id": int(event.aggregate_id),
        "type": event.type,
        "actor_id": event.actor_id,
        "actor_label": event.actor_label,
        "old": event.old,
        "new": event.new,
        "params": event.params,
        "created_at": instant_text(event.created_at),
        "prev_hash": event.prev_hash if prev_hash is None else prev_hash,
    }


def link(event: Any, *, prev_hash: str) -> None:
    """Set `prev_hash` and `hash` of an unsaved event that follows `prev_hash`."""
    event.prev_hash = prev_hash
    event.hash = content_hash(event_content(event))


@dataclass(frozen=True)
class Break:
    """The first event at which a chain does not hold."""

    aggregate: str
    aggregate_id: int
    event_id: int | None
    position: int  # 1-based place in its aggregate's history
    reason: str

    def describe(self) -> str:
        where = f"event #{self.event_id}" if self.event_id is not None else "an event"
        return (
            f"{where} ({self.aggregate} #{self.aggregate_id}, "
            f"position {self.position}): {self.reason}"
        )


def check_sequence(
    rows: Iterable[Mapping[str, Any]],
) -> Iterator[tuple[Mapping[str, Any], Break | None]]:
    """Walk events of any number of aggregates, each aggregate's events consecutive and
    in order (ordered by aggregate, aggregate id, id). Yields every row with the break
    it shows, if any. A row is a mapping with `CONTENT_KEYS`, `hash` and optionally
    `id`."""
    key: tuple[str, int] | None = None
    prev = GENESIS
    position = 0
    for row in rows:
        this = (str(row["aggregate"]), int(row["aggregate_id"]))
        if this != key:
            key, prev, position = this, GENESIS, 0
        position += 1
        problem = None
        if row["prev_hash"] != prev:
            problem = (
                "it does not follow the event before it (an event was removed, "
                "inserted or reordered)"
                if row["prev_hash"]
                else "it has no hash (written outside the chain)"
            )
        elif content_hash(row) != row["hash"]:
            problem = "its content does not match its hash (it was changed)"
        found = Break(this[0], this[1], row.get("id"), position, problem) if problem else None
        yield row, found
        prev = str(row["hash"])
