"""Reads of orders that carry permission rules. Every endpoint and view goes through
`orders_visible_to` / `order_get`, so none can forget them."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from django.db.models import DecimalField, OuterRef, Prefetch, Q, QuerySet, Subquery, Sum, Value
from django.db.models.functions import Coalesce
from django.utils.translation import gettext as _

from tradeguard.accounts.enums import Role
from tradeguard.accounts.models import User
from tradeguard.common.errors import not_found
from tradeguard.common.events import events_for
from tradeguard.common.models import Event
from tradeguard.common.money import MONEY_DECIMAL_PLACES, MONEY_MAX_DIGITS
from tradeguard.orders.models import Order, OrderDocument, Payment, ShipmentEvent
from tradeguard.orders.policy import NextStep, Party, next_step

# Other apps widen visibility for their own reasons (e.g. specs: an inspector sees the
# orders it was booked to inspect). Each rule returns a Q over Order, or None.
VisibilityRule = Callable[[User], Q | None]
VISIBILITY_RULES: list[VisibilityRule] = []


def register_visibility_rule(rule: VisibilityRule) -> VisibilityRule:
    """Call from an AppConfig.ready(); registering the same rule twice is a no-op."""
    if rule not in VISIBILITY_RULES:
        VISIBILITY_RULES.append(rule)
    return rule


def _own_orders(user: User) -> Q | None:
    if user.organization_id is None:
        return None
    if user.role == Role.BUYER:
        return Q(buyer_id=user.organization_id)
    if user.role == Role.SUPPLIER:
        return Q(supplier_id=user.organization_id)
    return None


def orders_visible_to(user: User) -> QuerySet[Order]:
    qs = Order.objects.select_related("buyer", "supplier", "listing")
    if user.is_platform:
        return qs
    rules = [q for q in (_own_orders(user), *(rule(user) for rule in VISIBILITY_RULES)) if q]
    if not rules:
        return qs.none()
    condition = rules[0]
    for rule in rules[1:]:
        condition |= rule
    return qs.filter(condition)


def _amount_paid() -> Coalesce:
    paid = (
        Payment.objects.filter(order=OuterRef("pk"))
        .order_by()
        .values("order")
        .annotate(sum=Sum("amount"))
        .values("sum")
    )
    money = DecimalField(max_digits=MONEY_MAX_DIGITS, decimal_places=MONEY_DECIMAL_PLACES)
    return Coalesce(Subquery(paid, output_field=money), Value(Decimal(0)), output_field=money)


def orders_with_progress(user: User) -> QuerySet[Order]:
    """Visible orders annotated with `amount_paid` (what lists and detail pages show)."""
    return orders_visible_to(user).annotate(amount_paid=_amount_paid())


def order_next_step(order: Order) -> NextStep:
    """Whose move it is on an order from `orders_with_progress`."""
    if hasattr(order, "amount_paid"):
        paid: Decimal = order.amount_paid
    else:
        paid = order.payments.aggregate(sum=Sum("amount"))["sum"] or Decimal(0)
    return next_step(
        status=order.status,
        ship_by=order.ship_by,
        estimated_delivery=order.estimated_delivery,
        receipt_confirmed=order.receipt_confirmed_at is not None,
        unrefunded_payment=paid > 0 and not order.refunded_on_cancel,
    )


def order_get(user: User, order_id: int) -> Order:
    order = orders_visible_to(user).filter(pk=order_id).first()
    if order is None:
        raise not_found(_("order"))
    return order


def order_get_detailed(user: User, order_id: int) -> Order:
    """The order with its items, payments and documents loaded (for detail pages)."""
    order = (
        orders_with_progress(user)
        .prefetch_related(
            "items",
            "payments",
            Prefetch("documents", OrderDocument.objects.select_related("file", "uploaded_by")),
        )
        .filter(pk=order_id)
        .first()
    )
    if order is None:
        raise not_found(_("order"))
    return order


def order_timeline(order: Order) -> list[Event]:
    return list(events_for(order))


def order_document_get(user: User, order: Order, document_id: int) -> OrderDocument:
    """A document of an order the user may see; 404 otherwise. Only the parties and the
    platform may download documents (not others who can see the order)."""
    if party_of(user, order) is None:
        raise not_found(_("document"))
    doc = order.documents.select_related("file").filter(pk=document_id).first()
    if doc is None:
        raise not_found(_("document"))
    return doc


def order_documents_visible_to(user: User) -> QuerySet[OrderDocument]:
    """Documents of the orders `user` is a party to, and all of them for officers (not
    for others who may see an order, such as its inspector)."""
    qs = OrderDocument.objects.all()
    if user.is_platform:
        return qs
    own = _own_orders(user)
    if own is None:
        return qs.none()
    return qs.filter(order__in=Order.objects.filter(own))


def party_of(user: User, order: Order) -> Party | None:
    """The side `user` is on for this order, or None if it is neither party nor platform."""
    if user.is_platform:
        return Party.PLATFORM
    if user.organization_id is None:
        return None
    if user.role == Role.BUYER and user.organization_id == order.buyer_id:
        return Party.BUYER
    if user.role == Role.SUPPLIER and user.organization_id == order.supplier_id:
        return Party.SUPPLIER
    return None


def order_shipment_events(user: User, order_id: int) -> list[ShipmentEvent]:
    """The shipment events of an order its parties and the platform see, oldest first
    (404 for anyone else)."""
    order = order_get(user, order_id)
    return list(order.shipment_events.select_related("recorded_by").order_by("occurred_at", "id"))
