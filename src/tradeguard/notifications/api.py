from django.http import HttpRequest
from ninja import Router, Status
from ninja.pagination import PageNumberPagination, paginate

from tradeguard.common.api import ERROR_RESPONSES
from tradeguard.common.errors import permission_denied
from tradeguard.notifications import selectors, services, webhooks
from tradeguard.notifications.enums import DeliveryStatus
from tradeguard.notifications.models import Notification, WebhookEndpoint
from tradeguard.notifications.schemas import (
    NotificationRead,
    WebhookDeliveryRead,
    WebhookEndpointCreate,
    WebhookEndpointRead,
)

router = Router(tags=["notifications"])


@router.get("/notifications", response=list[NotificationRead])
@paginate(PageNumberPagination, page_size=50)
def notifications_list(request: HttpRequest, unread: bool = False):
    """The caller's inbox, newest first."""
    qs = selectors.inbox(request.user)
    return qs.filter(read_at__isnull=True) if unread else qs


@router.post(
    "/notifications/{notification_id}/read", response={200: NotificationRead, **ERROR_RESPONSES}
)
def notifications_read(request: HttpRequest, notification_id: int) -> Notification:
    return services.notification_mark_read(actor=request.user, notification_id=notification_id)


@router.post("/notifications/read-all", response={200: dict[str, int]})
def notifications_read_all(request: HttpRequest) -> dict[str, int]:
    return {"marked": services.notifications_mark_all_read(actor=request.user)}


def _require_admin(request: HttpRequest) -> None:
    if getattr(request.user, "role", None) != "admin":
        raise permission_denied("Only platform admins manage webhooks.")


@router.get("/webhooks/endpoints", response={200: list[WebhookEndpointRead], **ERROR_RESPONSES})
def webhook_endpoints(request: HttpRequest) -> list[WebhookEndpoint]:
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
@paginate(PageNumberPagination, page_size=50)
def webhook_deliveries(request: HttpRequest, status: DeliveryStatus | None = None):
    """Admin: the delivery log, newest first."""
    _require_admin(request)
    qs = selectors.deliveries()
    return qs.filter(status=status) if status else qs
