from django.db.models import QuerySet
from django.http import HttpRequest
from django.http.response import HttpResponseBase
from django.utils.translation import gettext as _
from ninja import File, Form, Query, Router, Status
from ninja.files import UploadedFile
from ninja.pagination import paginate

from tradeguard.accounts.enums import TokenKind
from tradeguard.accounts.models import Organization, User
from tradeguard.accounts.selectors import organizations_visible_to
from tradeguard.catalog.models import Listing
from tradeguard.catalog.selectors import listings_visible_to
from tradeguard.common.api import ERROR_RESPONSES, file_download
from tradeguard.common.errors import invalid
from tradeguard.common.pagination import KeysetPagination
from tradeguard.evidence.serving import file_response
from tradeguard.orders import selectors, services
from tradeguard.orders.enums import OrderDocumentKind
from tradeguard.orders.models import Order, OrderDocument, Payment, ShipmentEvent
from tradeguard.orders.schemas import (
    OrderCancel,
    OrderCreate,
    OrderDetailRead,
    OrderDocumentRead,
    OrderListParams,
    OrderRead,
    OrderShip,
    OrderTransition,
    PaymentCreate,
    PaymentRead,
    ShipmentEventCreate,
    ShipmentEventRead,
)

router = Router(tags=["orders"])


def _user(request: HttpRequest) -> User:
    return request.user  # type: ignore[return-value]


def _via_integration(request: HttpRequest) -> bool:
    token = getattr(request, "api_token", None)
    return token is not None and token.kind == TokenKind.INTEGRATION


def _organization(user: User, org_id: int, field: str) -> Organization:
    org = organizations_visible_to(user).filter(pk=org_id).first()
    if org is None:
        raise invalid(
            field, _("No organization with id %(org_id)s is visible to you.") % {"org_id": org_id}
        )
    return org


def _buyer(user: User, buyer_id: int | None) -> Organization:
    if buyer_id is not None:
        return _organization(user, buyer_id, "buyer_id")
    if user.organization is None or user.is_platform:
        raise invalid("buyer_id", _("Name the buyer organization."))
    return user.organization


def _listing(user: User, listing_id: int | None) -> Listing | None:
    if listing_id is None:
        return None
    listing = listings_visible_to(user).filter(pk=listing_id).first()
    if listing is None:
        raise invalid(
            "listing_id",
            _("No listing with id %(listing_id)s is visible to you.") % {"listing_id": listing_id},
        )
    return listing


def _detail(user: User, order: Order) -> Order:
    return selectors.order_get_detailed(user, order.pk)


@router.post("/orders", response={201: OrderDetailRead, **ERROR_RESPONSES})
def orders_create(request: HttpRequest, payload: OrderCreate) -> Status[Order]:
    """Record an order with its items and payments in one body.

    Trade-assurance and wholesale orders: officers or marketplace integration tokens.
    Offline orders: a buyer declares its own (marked self-declared). Past dates and an
    initial status with its timestamps are accepted for imported history."""
    user = _user(request)
    order = services.order_create(
        actor=user,
        kind=payload.kind,
        reference=payload.reference,
        buyer=_buyer(user, payload.buyer_id),
        supplier=_organization(user, payload.supplier_id, "supplier_id"),
        listing=_listing(user, payload.listing_id),
        currency=payload.currency,
        total=payload.total,
        items=[services.ItemInput(**item.dict()) for item in payload.items],
        payments=[services.PaymentInput(**p.dict()) for p in payload.payments],
        placed_at=payload.placed_at,
        notes=payload.notes,
        shipping=services.Shipping(
            ship_by=payload.ship_by,
            carrier=payload.carrier,
            tracking_number=payload.tracking_number,
            estimated_delivery=payload.estimated_delivery,
        ),
        history=services.OrderHistory(
            status=payload.status,
            paid_at=payload.paid_at,
            shipped_at=payload.shipped_at,
            delivered_at=payload.delivered_at,
            receipt_confirmed_at=payload.receipt_confirmed_at,
            completed_at=payload.completed_at,
            cancelled_at=payload.cancelled_at,
            closed_at=payload.closed_at,
            refunded_on_cancel=payload.refunded_on_cancel,
        ),
        via_integration=_via_integration(request),
    )
    return Status(201, _detail(user, order))


@router.get("/orders", response=list[OrderRead])
@paginate(KeysetPagination, page_size=50)
def orders_list(request: HttpRequest, filters: Query[OrderListParams]) -> QuerySet[Order]:
    """Orders you may see: a buyer its own, a supplier those it supplies, officers all;
    newest first (`placed_at`), 50 a page: follow `next_cursor`."""
    qs = filters.filter(selectors.orders_with_progress(_user(request)))
    return qs.order_by("-placed_at", "-id")


@router.get("/orders/{order_id}", response={200: OrderDetailRead, **ERROR_RESPONSES})
def orders_get(request: HttpRequest, order_id: int) -> Order:
    """The order with items, payments, documents, shipping and its timeline."""
    return selectors.order_get_detailed(_user(request), order_id)


@router.post("/orders/{order_id}/payments", response={201: PaymentRead, **ERROR_RESPONSES})
def orders_payment_add(
    request: HttpRequest, order_id: int, payload: PaymentCreate
) -> Status[Payment]:
    """Record a payment on the order (officers or the integration); the first one marks it paid."""
    user = _user(request)
    payment = services.order_payment_add(
        actor=user, order=selectors.order_get(user, order_id), **payload.dict()
    )
    return Status(201, payment)


@router.post(
    "/orders/{order_id}/shipment-events", response={201: ShipmentEventRead, **ERROR_RESPONSES}
)
def orders_shipment_event_add(
    request: HttpRequest, order_id: int, payload: ShipmentEventCreate
) -> Status[ShipmentEvent]:
    """Record what happened to the goods on their way (the supplier, officers or the
    integration). A return to the shipper or a recall after payment warns the buyer."""
    user = _user(request)
    event = services.shipment_event_record(
        actor=user, order=selectors.order_get(user, order_id), **payload.dict()
    )
    return Status(201, event)


@router.get(
    "/orders/{order_id}/shipment-events",
    response={200: list[ShipmentEventRead], **ERROR_RESPONSES},
)
def orders_shipment_events(request: HttpRequest, order_id: int) -> list[ShipmentEvent]:
    """The order's shipment events, oldest first (its parties and officers)."""
    return selectors.order_shipment_events(_user(request), order_id)


@router.post("/orders/{order_id}/ship", response={200: OrderDetailRead, **ERROR_RESPONSES})
def orders_ship(request: HttpRequest, order_id: int, payload: OrderShip) -> Order:
    """Supplier (or platform): the goods left, with carrier and tracking number."""
    user = _user(request)
    order = services.order_ship(
        actor=user, order=selectors.order_get(user, order_id), **payload.dict()
    )
    return _detail(user, order)


@router.post(
    "/orders/{order_id}/confirm-receipt", response={200: OrderDetailRead, **ERROR_RESPONSES}
)
def orders_confirm_receipt(request: HttpRequest, order_id: int) -> Order:
    """Buyer: the goods arrived."""
    user = _user(request)
    order = services.order_confirm_receipt(actor=user, order=selectors.order_get(user, order_id))
    return _detail(user, order)


@router.post("/orders/{order_id}/cancel", response={200: OrderDetailRead, **ERROR_RESPONSES})
def orders_cancel(request: HttpRequest, order_id: int, payload: OrderCancel) -> Order:
    """Cancel before shipment, saying whether the money paid was refunded."""
    user = _user(request)
    order = services.order_cancel(
        actor=user, order=selectors.order_get(user, order_id), **payload.dict()
    )
    return _detail(user, order)


@router.post("/orders/{order_id}/transition", response={200: OrderDetailRead, **ERROR_RESPONSES})
def orders_transition(request: HttpRequest, order_id: int, payload: OrderTransition) -> Order:
    """Move the order along its status table, as the table allows your side to."""
    user = _user(request)
    order = services.order_transition(
        actor=user, order=selectors.order_get(user, order_id), to=payload.to, note=payload.note
    )
    return _detail(user, order)


@router.post("/orders/{order_id}/documents", response={201: OrderDocumentRead, **ERROR_RESPONSES})
def orders_document_add(
    request: HttpRequest,
    order_id: int,
    kind: Form[OrderDocumentKind],
    file: File[UploadedFile],
    description: Form[str] = "",
) -> Status[OrderDocument]:
    """Attach a sales contract, spec sheet, design drawing or other document (PDF,
    image, Word or Excel), stored by SHA-256."""
    user = _user(request)
    doc = services.order_document_add(
        actor=user,
        order=selectors.order_get(user, order_id),
        kind=kind,
        upload=file,
        name=file.name or "document",
        description=description,
    )
    return Status(201, doc)


@router.get(
    "/orders/{order_id}/documents/{document_id}/download",
    response={200: None, **ERROR_RESPONSES},
    openapi_extra=file_download("The document (an attachment)", "application/octet-stream"),
)
def orders_document_download(
    request: HttpRequest, order_id: int, document_id: int
) -> HttpResponseBase:
    """The document's bytes, for the buyer, the supplier and the platform."""
    user = _user(request)
    doc = selectors.order_document_get(user, selectors.order_get(user, order_id), document_id)
    return file_response(request, doc.file, download=True)
