from __future__ import annotations

import datetime as dt
import uuid
from enum import StrEnum
from typing import Any

from ninja import Schema
from pydantic import Field

from tradeguard.notifications.enums import DeliveryStatus
from tradeguard.notifications.events import EVENT_SCHEMAS

# Every event a webhook endpoint can receive (notifications/events.py).
WebhookEvent = StrEnum(  # type: ignore[misc]  # built from the catalogue, one source
    "WebhookEvent", {name.replace(".", "_").upper(): name for name in EVENT_SCHEMAS}
)


class NotificationRead(Schema):
    id: int
    kind: str
    subject: str = Field(description="In the asker's language.")
    body: str = Field(
        description="Plain text in the asker's language; links inside it are absolute URLs."
    )
    link: str
    topic: str = Field(description='What it is about, e.g. "disputes.dispute"; "" for none.')
    topic_id: int | None
    created_at: dt.datetime
    read_at: dt.datetime | None

    @staticmethod
    def resolve_subject(obj: Any) -> str:
        return str(obj.shown_subject)

    @staticmethod
    def resolve_body(obj: Any) -> str:
        from tradeguard.notifications.services import base_url
        from tradeguard.notifications.text import to_plain

        return to_plain(obj.shown_body, base_url())


class WebhookEndpointCreate(Schema):
    url: str = Field(max_length=500)
    secret: str = Field(min_length=16, max_length=100)
    events: list[WebhookEvent] = Field(
        default_factory=list, description="Events to receive; empty = every event"
    )
    description: str = Field(default="", max_length=200)


class WebhookEndpointRead(Schema):
    id: int
    url: str
    events: list[WebhookEvent]
    description: str
    is_active: bool
    created_at: dt.datetime


class WebhookDeliveryRead(Schema):
    id: int
    endpoint_id: int
    event: WebhookEvent
    delivery_id: uuid.UUID
    status: DeliveryStatus
    attempts: int
    next_attempt_at: dt.datetime | None
    last_status_code: int | None
    last_error: str
    delivered_at: dt.datetime | None
    created_at: dt.datetime
    replay_of_id: int | None = Field(description="The delivery this one replays, if any")


class WebhookEventRead(Schema):
    event: str = Field(examples=["dispute.opened"])
    description: str
    payload_schema: str = Field(
        description="The schema of `data` (components/schemas in the OpenAPI document)"
    )


class FeedEventRead(Schema):
    """One entry of an aggregate's append-only history."""

    id: int
    aggregate: str
    aggregate_id: int
    type: str = Field(examples=["dispute.opened"])
    actor: str = Field(description="Who did it: an email, or `system` for deadlines")
    old: dict[str, object]
    new: dict[str, object]
    params: dict[str, object]
    created_at: dt.datetime


class EventPage(Schema):
    items: list[FeedEventRead]
    next_cursor: str | None = Field(
        description="Pass as `after` for the next page; null when there is nothing more yet "
        "(keep the last cursor to resume later)"
    )
