"""Order pages: thin views over the same selectors and services as the API."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from functools import partial
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from tradeguard.accounts.enums import Role
from tradeguard.accounts.models import User
from tradeguard.common import clock
from tradeguard.common.errors import ApplicationError
from tradeguard.common.formatting import format_date
from tradeguard.common.money import format_money
from tradeguard.common.pagination import page_from
from tradeguard.evidence.serving import file_response
from tradeguard.orders import policy, selectors, services
from tradeguard.orders.enums import OrderDocumentKind, OrderStatus, ShipmentEventStatus
from tradeguard.orders.forms import (
    CancelForm,
    DocumentForm,
    ItemFormSet,
    OptionalPaymentForm,
    OrderFilterForm,
    OrderNewForm,
    PaymentForm,
    ShipForm,
    ShipmentEventForm,
    TransitionForm,
)
from tradeguard.orders.models import Order
from tradeguard.orders.policy import Party
from tradeguard.web.forms import add_service_error

PAGE_SIZE = 50
S = OrderStatus

# Each move the generic form offers: its button, what it does for good, and the
# confirming button (none of these moves can be undone).
MOVE_TEXT: dict[OrderStatus, tuple[Any, Any, Any]] = {
    S.PAID: (
        gettext_lazy("Mark paid…"),
        gettext_lazy(
            "The order is recorded as paid and the supplier is asked to ship. This cannot "
            "be undone; record the payment itself under Payments."
        ),
        gettext_lazy("Yes, mark it paid"),
    ),
    S.DELIVERED: (
        gettext_lazy("Mark delivered…"),
        gettext_lazy(
            "The order is recorded as delivered: the buyer is asked to confirm receipt and "
            "quality disputes can be filed from now. This cannot be undone."
        ),
        gettext_lazy("Yes, mark it delivered"),
    ),
    S.COMPLETED: (
        gettext_lazy("Mark completed…"),
        gettext_lazy(
            "Completing says the goods arrived as agreed. This cannot be undone; disputes "
            "already open go on."
        ),
        gettext_lazy("Yes, complete the order"),
    ),
    S.CLOSED: (
        gettext_lazy("Close the order…"),
        gettext_lazy(
            "Closing ends the order: nothing more can be recorded on it and it cannot be reopened."
        ),
        gettext_lazy("Yes, close it"),
    ),
}


# Who records shipment events on the page (the service checks again).
SHIPMENT_PARTIES = (Party.SUPPLIER, Party.PLATFORM)


def _user(request: HttpRequest) -> User:
    return request.user  # type: ignore[return-value]


def _get(user: User, order_id: int) -> Order:
    try:
        return selectors.order_get_detailed(user, order_id)
    except ApplicationError:
        raise Http404("No such order.") from None


# --- List ---------------------------------------------------------------------------------


@login_required
def order_list(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    form = OrderFilterForm(request.GET or None)
    orders = selectors.orders_with_progress(user)
    if form.is_valid():
        data = form.cleaned_data
        if data["status"]:
            orders = orders.filter(status=data["status"])
        if data["kind"]:
            orders = orders.filter(kind=data["kind"])
        if data["q"]:
            orders = orders.filter(reference__icontains=data["q"])
    page = page_from(
        request,
        orders.order_by("-placed_at", "-id"),
        size=PAGE_SIZE,
        build=lambda o: {"order": o, "step": selectors.order_next_step(o)},
    )
    return render(
        request,
        "orders/list.html",
        {"form": form, "page": page, "rows": page.items, "may_declare": _may_declare(user)},
    )


def _may_declare(user: User) -> bool:
    return user.is_platform or user.role == Role.BUYER


# --- Detail and actions ---------------------------------------------------------------------


def _action_forms(user: User, order: Order) -> dict[str, Any]:
    """The small forms this user may use on this order now (None = not offered)."""
    party = selectors.party_of(user, order)
    moves = policy.moves_for(order.status, party, self_declared=order.self_declared)
    open_order = order.status not in (S.CANCELLED, S.CLOSED)
    receipt_pending = order.receipt_confirmed_at is None and order.status in (
        S.SHIPPED,
        S.DELIVERED,
    )
    may_pay = party == Party.PLATFORM or (party == Party.BUYER and order.self_declared)
    return {
        "ship": ShipForm(prefix="ship") if S.SHIPPED in moves else None,
        "confirm": party == Party.BUYER and receipt_pending,
        "cancel": CancelForm(prefix="cancel") if S.CANCELLED in moves else None,
        "payment": PaymentForm(prefix="payment", platform=party == Party.PLATFORM)
        if may_pay and open_order
        else None,
        "document": DocumentForm(prefix="document") if party is not None else None,
        "shipment": ShipmentEventForm(prefix="shipment")
        if party in SHIPMENT_PARTIES and open_order
        else None,
        "moves": [
            m
            for m in moves
            if m not in policy.DEDICATED_ACTIONS and not (m == S.DELIVERED and party == Party.BUYER)
        ],
        "party": party,
    }


def _related(user: User, order: Order, party: Party | None) -> dict[str, Any]:
    """What the specs and disputes apps know about this order, for its page: the dispute
    readiness panel (the buyer and the platform), the order's disputes, and whether the
    viewer may file one."""
    from tradeguard.disputes.selectors import disputes_visible_to, next_action
    from tradeguard.signals.presenters import page_context
    from tradeguard.signals.selectors import order_signals_for_page
    from tradeguard.specs.selectors import order_readiness

    disputes = [
        {"d": d, "action": next_action(d)}
        for d in disputes_visible_to(user)
        .filter(order=order)
        .prefetch_related("proposals", "obligations", "refunds")
        .order_by("-opened_at", "-id")
    ]
    from tradeguard.contracts.views import order_section

    return {
        "contract": order_section(user, order),
        "readiness": order_readiness(user, order)
        if party in (Party.BUYER, Party.PLATFORM)
        else None,
        "disputes": disputes,
        # The wizard explains eligibility per reason; an unpaid order has none.
        "may_file_dispute": party == Party.BUYER and order.status != S.CREATED,
        **page_context(
            order_signals_for_page(order, readable=party in (Party.BUYER, Party.PLATFORM))
        ),
    }


def _render_detail(
    request: HttpRequest, order: Order, *, replace: dict[str, Any] | None = None, status: int = 200
) -> HttpResponse:
    user = _user(request)
    actions = _action_forms(user, order)
    actions.update(replace or {})
    return render(
        request,
        "orders/detail.html",
        {
            "order": order,
            "step": selectors.order_next_step(order),
            "events": selectors.order_timeline(order),
            "shipment_events": selectors.order_shipment_events(user, order.pk),
            "actions": actions,
            "transition_form": TransitionForm(prefix="transition"),
            "moves_offered": [
                {
                    "status": move,
                    "label": MOVE_TEXT[move][0],
                    "consequence": MOVE_TEXT[move][1],
                    "confirm": MOVE_TEXT[move][2],
                }
                for move in actions["moves"]
                if move in MOVE_TEXT
            ],
            "receipt_consequence": _receipt_consequence(),
            "cancel_consequence": _(
                "Cancelling ends the order for both sides and cannot be undone. Say above "
                "whether the money paid was refunded: if it was not, the buyer may file a "
                "dispute to get it back."
            ),
            "shipped_late": bool(
                order.ship_by
                and order.shipped_at
                and format_date(order.shipped_at, dt.UTC) > format_date(order.ship_by)
            ),
            "supplier_url": reverse("sanctions:supplier", args=[order.supplier_id]),
            **_related(user, order, actions["party"]),
        },
        status=status,
    )


def _receipt_consequence() -> str:
    from tradeguard.disputes import policy as disputes_policy

    window = int(disputes_policy.setting("quality_window_days"))
    until = format_date(clock.now() + disputes_policy.days("quality_window_days"))
    return _(
        "Confirming cannot be undone. From now you have %(days)s days, until %(until)s, "
        "to file a dispute about the quality or quantity of the goods."
    ) % {"days": window, "until": until}


@login_required
def order_detail(request: HttpRequest, order_id: int) -> HttpResponse:
    return _render_detail(request, _get(_user(request), order_id))


def _action(
    request: HttpRequest,
    order_id: int,
    *,
    form_class: Callable[..., forms.Form],
    name: str,
    run: Callable[[User, Order, dict[str, Any]], Any],
    done: str | Callable[[Order, dict[str, Any]], str],
) -> HttpResponse:
    """POST a small form: call the service; on a broken rule show the form again with
    the service's errors next to its fields."""
    user = _user(request)
    order = _get(user, order_id)
    form = form_class(request.POST, request.FILES, prefix=name)
    if form.is_valid():
        try:
            run(user, order, form.cleaned_data)
        except ApplicationError as exc:
            add_service_error(form, exc)
        else:
            if callable(done):
                done = done(order, form.cleaned_data)
            messages.success(request, done)
            return redirect("orders:detail", order.pk)
    return _render_detail(request, _get(user, order_id), replace={name: form}, status=422)


@login_required
@require_POST
def order_ship(request: HttpRequest, order_id: int) -> HttpResponse:
    return _action(
        request,
        order_id,
        form_class=ShipForm,
        name="ship",
        run=lambda user, order, data: services.order_ship(actor=user, order=order, **data),
        done=_("Marked as shipped. The buyer is asked to confirm receipt when the goods arrive."),
    )


@login_required
@require_POST
def order_payment_add(request: HttpRequest, order_id: int) -> HttpResponse:
    return _action(
        request,
        order_id,
        form_class=partial(PaymentForm, platform=_user(request).is_platform),
        name="payment",
        run=lambda user, order, data: services.order_payment_add(actor=user, order=order, **data),
        done=lambda order, data: (
            _("Payment of %(amount)s recorded. Paid so far: %(paid)s of %(total)s.")
            % {
                "amount": format_money(Decimal(str(data["amount"])), order.currency),
                "paid": format_money(_paid(order), order.currency),
                "total": format_money(order.total, order.currency),
            }
        ),
    )


@login_required
@require_POST
def order_shipment_event_add(request: HttpRequest, order_id: int) -> HttpResponse:
    return _action(
        request,
        order_id,
        form_class=ShipmentEventForm,
        name="shipment",
        run=lambda user, order, data: services.shipment_event_record(
            actor=user, order=order, **data
        ),
        done=lambda order, data: (
            _("Shipment event recorded: %(status)s.")
            % {"status": ShipmentEventStatus(data["status"]).label}
        ),
    )


@login_required
@require_POST
def order_document_add(request: HttpRequest, order_id: int) -> HttpResponse:
    def run(user: User, order: Order, data: dict[str, Any]) -> Any:
        upload = data["file"]
        return services.order_document_add(
            actor=user,
            order=order,
            kind=data["kind"],
            upload=upload,
            name=upload.name or "document",
            description=data["description"],
        )

    return _action(
        request,
        order_id,
        form_class=DocumentForm,
        name="document",
        run=run,
        done=lambda order, data: (
            _(
                "“%(name)s” is attached as %(kind)s. Both sides and the platform can download it "
                "here; disputes on this order can cite it."
            )
            % {
                "name": data["file"].name,
                "kind": str(OrderDocumentKind(data["kind"]).label).lower(),
            }
        ),
    )


@login_required
@require_POST
def order_cancel(request: HttpRequest, order_id: int) -> HttpResponse:
    return _action(
        request,
        order_id,
        form_class=CancelForm,
        name="cancel",
        run=lambda user, order, data: services.order_cancel(actor=user, order=order, **data),
        done=lambda order, data: (
            _("Order %(ref)s is cancelled.") % {"ref": order.reference}
            + " "
            + (
                _("The money paid was refunded.")
                if data.get("refunded")
                else _(
                    "If money was paid and not returned, the buyer may file a dispute "
                    "(cancelled, money not returned)."
                )
            )
        ),
    )


@login_required
@require_POST
def order_confirm_receipt(request: HttpRequest, order_id: int) -> HttpResponse:
    user = _user(request)
    order = _get(user, order_id)
    try:
        services.order_confirm_receipt(actor=user, order=order)
    except ApplicationError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _receipt_done())
    return redirect("orders:detail", order.pk)


def _paid(order: Order) -> Any:
    from django.db.models import Sum

    return order.payments.aggregate(total=Sum("amount"))["total"] or 0


def _receipt_done() -> str:
    from tradeguard.disputes import policy as disputes_policy

    until = format_date(clock.now() + disputes_policy.days("quality_window_days"))
    return _(
        "Receipt confirmed. If the goods turn out not as agreed, file a dispute by "
        "%(until)s; otherwise there is nothing more to do."
    ) % {"until": until}


@login_required
@require_POST
def order_transition(request: HttpRequest, order_id: int) -> HttpResponse:
    user = _user(request)
    order = _get(user, order_id)
    form = TransitionForm(request.POST, prefix="transition")
    if not form.is_valid():
        messages.error(request, _("Choose a status to move the order to."))
        return redirect("orders:detail", order.pk)
    try:
        services.order_transition(
            actor=user, order=order, to=form.cleaned_data["to"], note=form.cleaned_data["note"]
        )
    except ApplicationError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(
            request,
            _("Order %(ref)s is now %(status)s.")
            % {"ref": order.reference, "status": S(form.cleaned_data["to"]).label.lower()},
        )
    return redirect("orders:detail", order.pk)


@login_required
def order_document_download(
    request: HttpRequest, order_id: int, document_id: int
) -> HttpResponseBase:
    user = _user(request)
    try:
        doc = selectors.order_document_get(user, selectors.order_get(user, order_id), document_id)
    except ApplicationError:
        raise Http404("No such document.") from None
    return file_response(request, doc.file, download=True)


# --- New order ------------------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def order_new(request: HttpRequest) -> HttpResponse:
    """A buyer declares an offline order; officers record any kind."""
    user = _user(request)
    if not _may_declare(user):
        raise Http404("Only buyers and platform officers record orders.")
    post = request.POST if request.method == "POST" else None
    form = OrderNewForm(post, platform=user.is_platform)
    items = ItemFormSet(post, prefix="items")
    payment = OptionalPaymentForm(post, prefix="payment", platform=user.is_platform)
    if post is not None and form.is_valid() and items.is_valid() and payment.is_valid():
        rows = [f for f in items.forms if not f.is_blank()]
        try:
            order = _create_from_forms(user, form, rows, payment)
        except ApplicationError as exc:
            _show_create_error(exc, form, rows, payment)
        else:
            messages.success(
                request,
                _(
                    "Order %(ref)s is recorded. Attach the contract and the specification "
                    "below: disputes are decided on what the order documents say."
                )
                % {"ref": order.reference},
            )
            return redirect("orders:detail", order.pk)
    return render(
        request,
        "orders/new.html",
        {"form": form, "items": items, "payment": payment},
        status=422 if post is not None else 200,
    )


def _create_from_forms(
    user: User, form: OrderNewForm, rows: list[Any], payment: OptionalPaymentForm
) -> Order:
    data = form.cleaned_data
    return services.order_create(
        actor=user,
        kind=data["kind"],
        reference=data["reference"],
        buyer=data.get("buyer") or user.organization,  # type: ignore[arg-type]
        supplier=data["supplier"],
        currency=data["currency"],
        total=data["total"],
        items=[row.item() for row in rows],
        payments=[] if payment.is_blank() else [payment.payment()],
        placed_at=data["placed_at"],
        shipping=services.Shipping(ship_by=data["ship_by"]),
        notes=data["notes"],
    )


def _show_create_error(
    exc: ApplicationError, form: OrderNewForm, rows: list[Any], payment: OptionalPaymentForm
) -> None:
    """Put each field error next to its field: items.N.x on item row N, payments.0.x on
    the payment form, the rest on the order form."""
    rest = ApplicationError(exc.code, exc.message, fields={}, status=exc.status)
    for name, reason in exc.fields.items():
        parts = name.split(".")
        if parts[0] == "items" and len(parts) == 3 and int(parts[1]) < len(rows):
            rows[int(parts[1])].add_error(
                parts[2] if parts[2] in ItemFormSet.form.base_fields else None, reason
            )
        elif parts[0] == "payments" and len(parts) == 3:
            payment.add_error(parts[2] if parts[2] in payment.fields else None, reason)
        else:
            rest.fields[name] = reason
    add_service_error(form, rest, field_map={"buyer_id": "buyer", "supplier_id": "supplier"})
