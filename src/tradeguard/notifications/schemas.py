from __future__ import annotations

import datetime as dt
import uuid

from ninja import Schema
from pydantic import Field

from tradeguard.notifications.enums import DeliveryStatus


class NotificationRead(Schema):
    id: int
    kind: str
    subject: str
    body: str
    link: str
    created_at: dt.datetime
    read_at: dt.datetime | None


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
    status: DeliveryStatus
    attempts: int
    next_attempt_at: dt.datetime | None
    last_status_code: int | None
    last_error: str
    delivered_at: dt.datetime | None
    created_at: dt.datetime
