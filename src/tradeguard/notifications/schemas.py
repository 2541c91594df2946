from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from ninja import Schema
from pydantic import Field


class NotificationRead(Schema):
    id: int
    kind: str
    subject: str
    body: str = Field(description="Plain text; links inside it are absolute URLs.")
    link: str
    topic: str = Field(description='What it is about, e.g. "disputes.dispute"; "" for none.')
    topic_id: int | None
    created_at: dt.datetime
    read_at: dt.datetime | None

    @staticmethod
    def resolve_body(obj: Any) -> str:
        from tradeguard.notifications.services import base_url
        from tradeguard.notifications.text import to_plain

        return to_plain(obj.body, base_url())


class WebhookEndpointCreate(Schema):
    url: str = Field(max_length=500)
    secret: str = Field(min_length=16, max_length=100)
    events: list[str] = Field(default_factory=list)
    description: str = Field(default="", max_length=200)


class WebhookEndpointRead(Schema):
    id: int
    url: str
    events: list[str]
    description: str
    is_active: bool
    created_at: dt.datetime


class WebhookDeliveryRead(Schema):
    id: int
    endpoint_id: int
    event: str
    delivery_id: uuid.UUID
    status: str
    attempts: int
    next_attempt_at: dt.datetime | None
    last_status_code: int | None
    last_error: str
    delivered_at: dt.datetime | None
    created_at: dt.datetime
