from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Query, Router, Schema, Status
from ninja.pagination import paginate
from pydantic import Field

from tradeguard.common.api import ERROR_RESPONSES
from tradeguard.common.errors import not_found, permission_denied
from tradeguard.common.pagination import KeysetPagination
from tradeguard.notifications import feed, selectors, services, webhooks
from tradeguard.notifications.enums import DeliveryStatus
from tradeguard.notifications.events import EVENT_SCHEMAS
from tradeguard.notifications.models import Notification, WebhookDelivery, WebhookEndpoint
from tradeguard.notifications.schemas import (
    EventPage,
    NotificationRead,
    WebhookDeliveryRead,
    WebhookEndpointCreate,
    WebhookEndpointRead,
    WebhookEventRead,
)

router = Router(tags=["notifications"])


@router.get("/notifications", response=list[NotificationRead])
@paginate(KeysetPagination, page_size=50)
def notifications_list(request: HttpRequest, unread: bool = False):
    """The caller's inbox, newest first."""
    qs = selectors.inbox(request.user)
    return (qs.filter(read_at__isnull=True) if unread else qs).order_by("-created_at", "-id")


@router.post(
    "/notifications/{notification_id}/read", response={200: NotificationRead, **ERROR_RESPONSES}
)
def notifications_read(request: HttpRequest, notification_id: int) -> Notification:
    """Mark one notification read."""
    return services.notification_mark_read(actor=request.user, notification_id=notification_id)


@router.post("/notifications/read-all", response={200: dict[str, int]})
def notifications_read_all(request: HttpRequest) -> dict[str, int]:
    """Mark every notification read; answers how many were marked."""
    return {"marked": services.notifications_mark_all_read(actor=request.user)}


def _require_admin(request: HttpRequest) -> None:
    if getattr(request.user, "role", None) != "admin":
        raise permission_denied(_("Only platform admins manage webhooks."))


@router.get("/webhooks/endpoints", response={200: list[WebhookEndpointRead], **ERROR_RESPONSES})
def webhook_endpoints(request: HttpRequest) -> list[WebhookEndpoint]:
    """Admin: the webhook endpoints."""
    _require_admin(request)
    return list(WebhookEndpoint.objects.all())


@router.post("/webhooks/endpoints", response={201: WebhookEndpointRead, **ERROR_RESPONSES})
def webhook_endpoint_create(
    request: HttpRequest, payload: WebhookEndpointCreate
) -> Status[WebhookEndpoint]:
    """Admin: subscribe a marketplace URL to events (empty list = all events)."""
    _require_admin(request)
    return Status(201, webhooks.webhook_endpoint_create(**payload.dict()))


@router.get("/webhooks/deliveries", response={200: list[WebhookDeliveryRead], **ERROR_RESPONSES})
@paginate(KeysetPagination, page_size=50)
def webhook_deliveries(request: HttpRequest, status: DeliveryStatus | None = None):
    """Admin: the delivery log, newest first."""
    _require_admin(request)
    qs = selectors.deliveries()
    return (qs.filter(status=status) if status else qs).order_by("-created_at", "-id")


@router.get("/webhooks/events", response={200: list[WebhookEventRead], **ERROR_RESPONSES})
def webhook_events(request: HttpRequest) -> list[dict[str, str]]:
    """Every event an endpoint can subscribe to, with the schema of its payload's `data`
    (the OpenAPI document's `webhooks` has each request in full)."""
    return [
        {"event": name, "description": text, "payload_schema": schema.__name__}
        for name, (schema, text) in EVENT_SCHEMAS.items()
    ]


@router.post(
    "/webhooks/deliveries/{delivery_id}/replay",
    response={201: WebhookDeliveryRead, **ERROR_RESPONSES},
)
def webhook_delivery_replay(request: HttpRequest, delivery_id: int) -> Status[WebhookDelivery]:
    """Admin: send a delivery again (a missed or given-up one, or to resync a receiver):
    a new delivery of the same event and payload to the same endpoint, with a new
    `X-TradeGuard-Delivery` and `X-TradeGuard-Replay-Of: <the original's>`."""
    _require_admin(request)
    original = selectors.deliveries().filter(pk=delivery_id).first()
    if original is None:
        raise not_found(_("webhook delivery"))
    return Status(201, webhooks.webhook_replay(delivery=original, actor=request.user))


class EventListParams(Schema):
    aggregate: feed.EventAggregate = Field(description="What kind of object")
    aggregate_id: int = Field(description="The object's id")
    after: str | None = Field(
        default=None, max_length=200, description="`next_cursor` of the previous page"
    )
    limit: int = Field(default=50, ge=1, le=feed.MAX_LIMIT)


@router.get("/events", response={200: EventPage, **ERROR_RESPONSES})
def events_list(request: HttpRequest, params: Query[EventListParams]) -> dict[str, object]:
    """One object's append-only history (who did what, old and new values, when), oldest
    first, as you may see it on its page: 404 for an object you may not see. Resync
    after missed webhooks by following `next_cursor`; keep the last one to resume."""
    page = feed.events_page(
        request.user,  # type: ignore[arg-type]
        aggregate=params.aggregate,
        aggregate_id=params.aggregate_id,
        after=params.after,
        limit=params.limit,
    )
    return {
        "items": [
            {
                "id": e.pk,
                "aggregate": params.aggregate,
                "aggregate_id": e.aggregate_id,
                "type": e.type,
                "actor": e.actor_label,
                "old": e.old,
                "new": e.new,
                "params": e.params,
                "created_at": e.created_at,
            }
            for e in page.items
        ],
        "next_cursor": page.next_cursor,
    }
