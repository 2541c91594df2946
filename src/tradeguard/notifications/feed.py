"""The event feed integrators resync from (`GET /api/v1/events`): one aggregate's
append-only history, as the caller may see it, oldest first, cursor-paginated.

Each public aggregate name maps to the selector that decides who may see the object
(404 otherwise) and, where a page hides some history from a side, the same filter."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext as _

from tradeguard.accounts.models import User
from tradeguard.common.errors import invalid, not_found
from tradeguard.common.events import aggregate_label
from tradeguard.common.models import Event

MAX_LIMIT = 200


@dataclass(frozen=True)
class Feed:
    get: Callable[[User, int], models.Model]
    visible: Callable[[User, models.Model, Event], bool] = lambda user, obj, event: True


def _dispute_visible(user: User, dispute: Any, event: Event) -> bool:
    from tradeguard.disputes.selectors import DRAFT_EVENTS, party_of

    return event.type not in DRAFT_EVENTS or (event.params or {}).get("party") == party_of(
        user, dispute
    )


def _organization(user: User, org_id: int) -> models.Model:
    from tradeguard.accounts.selectors import organization_get

    org = organization_get(user, org_id)
    if not (user.is_platform or user.organization_id == org.pk):
        raise not_found(_("organization"))
    return org


def _feeds() -> dict[EventAggregate, Feed]:
    from tradeguard.catalog.selectors import listing_get
    from tradeguard.disputes.selectors import dispute_get
    from tradeguard.ip.selectors import complaint_get, item_get, record_get
    from tradeguard.monitoring.selectors import match_get, monitored_get
    from tradeguard.orders.selectors import order_get
    from tradeguard.specs.selectors import inspection_get, spec_get

    A = EventAggregate
    return {
        A.DISPUTE: Feed(dispute_get, _dispute_visible),
        A.ORDER: Feed(order_get),
        A.LISTING: Feed(listing_get),
        A.ORGANIZATION: Feed(_organization),
        A.IP_RECORD: Feed(record_get),
        A.IP_COMPLAINT: Feed(complaint_get),
        A.IP_ITEM: Feed(item_get),
        A.SPECIFICATION: Feed(spec_get),
        A.INSPECTION: Feed(inspection_get),
        A.MONITORED_IMAGE: Feed(monitored_get),
        A.IMAGE_MATCH: Feed(match_get),
    }


class EventAggregate(StrEnum):
    """What `GET /events` serves the history of."""

    DISPUTE = "dispute"
    ORDER = "order"
    LISTING = "listing"
    ORGANIZATION = "organization"
    IP_RECORD = "ip_record"
    IP_COMPLAINT = "ip_complaint"
    IP_ITEM = "ip_item"
    SPECIFICATION = "specification"
    INSPECTION = "inspection"
    MONITORED_IMAGE = "monitored_image"
    IMAGE_MATCH = "image_match"


def encode_cursor(event: Event) -> str:
    raw = f"{event.created_at.isoformat()}|{event.pk}".encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[dt.datetime, int]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        at, pk = raw.split("|")
        instant = dt.datetime.fromisoformat(at)
        if instant.tzinfo is None:
            raise ValueError(at)
        return instant, int(pk)
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise invalid(
            "after",
            _("Pass back a `next_cursor` exactly as a previous page gave it, or leave it out."),
        ) from None


@dataclass(frozen=True)
class Page:
    items: list[Event]
    next_cursor: str | None


def events_page(
    user: User, *, aggregate: EventAggregate, aggregate_id: int, after: str | None, limit: int
) -> Page:
    """Events of one aggregate after the cursor, oldest first. A page may hold fewer
    than `limit` events when some are hidden from the caller; follow `next_cursor`
    until it is null."""
    feed = _feeds()[EventAggregate(aggregate)]
    obj = feed.get(user, aggregate_id)
    qs = Event.objects.filter(aggregate=aggregate_label(obj), aggregate_id=obj.pk)
    if after:
        at, pk = decode_cursor(after)
        qs = qs.filter(Q(created_at__gt=at) | Q(created_at=at, pk__gt=pk))
    rows = list(qs.select_related("actor").order_by("created_at", "id")[: limit + 1])
    more = len(rows) > limit
    rows = rows[:limit]
    return Page(
        items=[e for e in rows if feed.visible(user, obj, e)],
        next_cursor=encode_cursor(rows[-1]) if more and rows else None,
    )
