"""Signed, retried webhooks to the marketplace.

Each request carries `X-TradeGuard-Event`, `X-TradeGuard-Delivery` (a UUID, stable
across retries, for de-duplication) and `X-TradeGuard-Signature: t=<unix>,v1=<hex>`
where v1 = HMAC-SHA256(secret, f"{t}.{body}"). A 2xx answer delivers; anything else is
retried with growing delays (RETRY_DELAYS) and then given up, all visible to admins.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import urllib.error
import urllib.request
from typing import Any

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils.translation import gettext as _

from tradeguard.common import clock
from tradeguard.common.errors import ApplicationError
from tradeguard.common.events import event_record
from tradeguard.common.timers import timer_handler, timer_schedule
from tradeguard.notifications.enums import DeliveryStatus, NotificationsErrorCode
from tradeguard.notifications.events import EVENT_SCHEMAS, validate_payload
from tradeguard.notifications.models import WebhookDelivery, WebhookEndpoint

EVENTS = frozenset(EVENT_SCHEMAS)  # every event and its payload: notifications/events.py
RETRY_DELAYS = [
    dt.timedelta(minutes=1),
    dt.timedelta(minutes=5),
    dt.timedelta(minutes=30),
    dt.timedelta(hours=2),
    dt.timedelta(hours=6),
    dt.timedelta(hours=24),
]
REQUEST_TIMEOUT_S = 10
TIMER_KIND = "webhook.deliver"


def sign(secret: str, timestamp: int, body: bytes) -> str:
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"t={timestamp},v1={mac.hexdigest()}"


def verify(
    secret: str, header: str, body: bytes, *, tolerance_s: int = 300, now: int | None = None
) -> bool:
    """What a receiver runs: check the signature and that it is recent."""
    try:
        parts = dict(item.split("=", 1) for item in header.split(","))
        timestamp = int(parts["t"])
    except (KeyError, ValueError):
        return False
    current = now if now is not None else int(clock.now().timestamp())
    if abs(current - timestamp) > tolerance_s:
        return False
    return hmac.compare_digest(sign(secret, timestamp, body), header)


def webhook_endpoint_create(
    *, url: str, secret: str, events: list[str], description: str = ""
) -> WebhookEndpoint:
    if not url.startswith(("https://", "http://")):
        raise ApplicationError(
            NotificationsErrorCode.INVALID_WEBHOOK_URL,
            _("Webhook URLs must be http(s) URLs."),
            fields={"url": _("Give the full URL, e.g. https://market.example/hooks/tradeguard.")},
        )
    unknown = sorted(set(events) - EVENTS)
    if unknown:
        raise ApplicationError(
            NotificationsErrorCode.UNKNOWN_EVENT,
            _("Unknown events: %(unknown)s.") % {"unknown": ", ".join(unknown)},
            fields={
                "events": _("Choose from: %(events)s.") % {"events": ", ".join(sorted(EVENTS))}
            },
        )
    return WebhookEndpoint.objects.create(
        url=url, secret=secret, events=events, description=description
    )


def webhook_emit(*, event: str, data: dict[str, Any]) -> list[WebhookDelivery]:
    """Queue `event` for every active endpoint that wants it (sent after commit)."""
    if event not in EVENTS:
        raise ValueError(f"unknown webhook event {event!r}")
    if getattr(settings, "TRADEGUARD_API_CONTRACT_CHECKS", False):
        validate_payload(event, data)  # the payload its documented schema describes
    now = clock.now()
    created = []
    for endpoint in WebhookEndpoint.objects.filter(is_active=True):
        if not endpoint.wants(event):
            continue
        delivery = WebhookDelivery.objects.create(
            endpoint=endpoint,
            event=event,
            payload=json.loads(
                json.dumps({"event": event, "created_at": now, "data": data}, cls=DjangoJSONEncoder)
            ),
            next_attempt_at=now,
            created_at=now,
        )
        timer_schedule(kind=TIMER_KIND, aggregate_id=delivery.pk, due_at=now)
        created.append(delivery)
    return created


def webhook_replay(*, delivery: WebhookDelivery, actor: Any) -> WebhookDelivery:
    """Send `delivery`'s event and payload again to its endpoint, as a new delivery."""
    now = clock.now()
    with transaction.atomic():
        replay = WebhookDelivery.objects.create(
            endpoint=delivery.endpoint,
            event=delivery.event,
            payload=delivery.payload,
            next_attempt_at=now,
            created_at=now,
            replay_of=delivery,
        )
        event_record(
            obj=replay,
            type="webhook.replayed",
            actor=actor,
            params={"replay_of": delivery.pk, "event": delivery.event},
        )
        timer_schedule(kind=TIMER_KIND, aggregate_id=replay.pk, due_at=now)
    return replay


def _post(endpoint: WebhookEndpoint, delivery: WebhookDelivery) -> tuple[int | None, str]:
    body = json.dumps(delivery.payload, separators=(",", ":")).encode()
    timestamp = int(clock.now().timestamp())
    request = urllib.request.Request(  # noqa: S310  (the URL scheme is checked at creation: http(s) only)
        endpoint.url,
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/json",
            "User-Agent": "TradeGuard-Webhooks/1",
            "X-TradeGuard-Event": delivery.event,
            "X-TradeGuard-Delivery": str(delivery.delivery_id),
            "X-TradeGuard-Signature": sign(endpoint.secret, timestamp, body),
            **(
                {"X-TradeGuard-Replay-Of": str(delivery.replay_of.delivery_id)}
                if delivery.replay_of is not None
                else {}
            ),
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=REQUEST_TIMEOUT_S) as response:  # noqa: S310  (as above)
            return int(response.status), ""
    except urllib.error.HTTPError as exc:
        return int(exc.code), f"HTTP {exc.code}"
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        return None, str(getattr(exc, "reason", exc))[:500]


@timer_handler(TIMER_KIND)
def deliver(delivery_id: int) -> str:
    """One attempt; on failure schedule the next one or give up."""
    with transaction.atomic():
        delivery = (
            WebhookDelivery.objects.select_for_update()
            .select_related("endpoint")
            .filter(pk=delivery_id)
            .first()
        )
        if delivery is None or delivery.status in (
            DeliveryStatus.DELIVERED,
            DeliveryStatus.GAVE_UP,
        ):
            return "nothing to do"
        code, error = _post(delivery.endpoint, delivery)
        now = clock.now()
        delivery.attempts += 1
        delivery.last_status_code = code
        delivery.last_error = error
        if code is not None and 200 <= code < 300:
            delivery.status = DeliveryStatus.DELIVERED
            delivery.delivered_at = now
            delivery.next_attempt_at = None
        elif delivery.attempts > len(RETRY_DELAYS):
            delivery.status = DeliveryStatus.GAVE_UP
            delivery.next_attempt_at = None
        else:
            delivery.status = DeliveryStatus.RETRYING
            delivery.next_attempt_at = now + RETRY_DELAYS[delivery.attempts - 1]
            timer_schedule(
                kind=TIMER_KIND, aggregate_id=delivery.pk, due_at=delivery.next_attempt_at
            )
        delivery.save()
        return f"{delivery.status} after {delivery.attempts} attempt(s)"
