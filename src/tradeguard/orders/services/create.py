"""Recording an order with its items and payments in one go, including imported
history. Every rule is checked before anything is written."""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from decimal import Decimal, InvalidOperation
from typing import Any

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from tradeguard.accounts.enums import OrgKind, Role
from tradeguard.accounts.models import Organization, User
from tradeguard.catalog.models import Listing
from tradeguard.common import clock
from tradeguard.common.errors import ApplicationError, invalid
from tradeguard.common.events import event_record
from tradeguard.common.formatting import format_date, format_instant
from tradeguard.common.i18n.text import join_list, label_of
from tradeguard.common.money import format_money, parse_amount, quantize, validate_currency
from tradeguard.orders import policy
from tradeguard.orders.enums import OrderKind, OrdersErrorCode, OrderStatus, PaymentMethod
from tradeguard.orders.models import Order, OrderItem, Payment
from tradeguard.sanctions.selectors import supplier_is_restricted

E = OrdersErrorCode
QUANTITY_PLACES = 3
QUANTITY_MAX = Decimal("1e11")  # the column holds 14 digits with 3 decimal places


# --- Inputs ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ItemInput:
    description: str
    quantity: Any  # Decimal, int or str; parsed strictly
    unit_price: Any  # money: Decimal, int or str
    unit: str = "pcs"


@dataclass(frozen=True, slots=True)
class PaymentInput:
    amount: Any
    paid_at: dt.datetime
    method: str
    to_designated_account: bool
    reference: str = ""


@dataclass(frozen=True, slots=True)
class Shipping:
    ship_by: dt.date | None = None
    carrier: str = ""
    tracking_number: str = ""
    estimated_delivery: dt.date | None = None


@dataclass(frozen=True, slots=True)
class OrderHistory:
    """Where an order reported after the fact already is, and when it got there."""

    status: str = OrderStatus.CREATED
    paid_at: dt.datetime | None = None
    shipped_at: dt.datetime | None = None
    delivered_at: dt.datetime | None = None
    receipt_confirmed_at: dt.datetime | None = None
    completed_at: dt.datetime | None = None
    cancelled_at: dt.datetime | None = None
    closed_at: dt.datetime | None = None
    refunded_on_cancel: bool = False

    def stamps(self) -> dict[str, dt.datetime]:
        names = [f.name for f in fields(self) if f.name.endswith("_at")]
        return {n: getattr(self, n) for n in names if getattr(self, n) is not None}


# --- Creation -------------------------------------------------------------------------


def order_create(
    *,
    actor: User,
    kind: str,
    buyer: Organization,
    supplier: Organization,
    currency: str,
    total: Any,
    items: Sequence[ItemInput],
    payments: Sequence[PaymentInput] = (),
    reference: str = "",
    placed_at: dt.datetime | None = None,
    shipping: Shipping | None = None,
    history: OrderHistory | None = None,
    listing: Listing | None = None,
    notes: str = "",
    via_integration: bool = False,
) -> Order:
    """Record an order with its items and payments in one go.

    Trade-assurance and wholesale orders come from the marketplace: an officer or an
    integration token (`via_integration`). A buyer may declare an offline order for its
    own organization; it is marked self-declared. Past dates and a later initial status
    (imported history) are accepted when consistent. A "created" order recorded with
    payments is paid as of its first payment."""
    now = clock.now()
    shipping = shipping or Shipping()
    history = history or OrderHistory()
    self_declared = _check_creator(actor, kind, buyer, via_integration=via_integration)
    _check_counterparties(buyer, supplier, listing)
    currency = validate_currency(currency)
    reference = _clean_reference(reference, kind, now)
    lines = _parse_items(items, currency)
    amount = parse_amount(total, currency, field="total")
    _check_total(amount, lines, currency)
    placed = _check_placed_at(placed_at, now)
    paid = _parse_payments(payments, currency, placed, now, kind=kind)
    history = _paid_if_payments(history, paid)
    stamps = _check_history(history, placed, now)
    _check_shipping(shipping, placed, stamps)
    check_payments_total(sum((p["amount"] for p in paid), Decimal(0)), amount, currency)
    _check_refund_flag(history, stamps, paid)
    _refuse_restricted_supplier(supplier, placed)
    with transaction.atomic():
        _refuse_duplicate_reference(kind, reference)
        try:
            with transaction.atomic():
                order = Order.objects.create(
                    kind=kind,
                    reference=reference,
                    buyer=buyer,
                    supplier=supplier,
                    listing=listing,
                    self_declared=self_declared,
                    currency=currency,
                    total=amount,
                    status=history.status,
                    placed_at=placed,
                    ship_by=shipping.ship_by,
                    carrier=shipping.carrier.strip(),
                    tracking_number=shipping.tracking_number.strip(),
                    estimated_delivery=shipping.estimated_delivery,
                    refunded_on_cancel=history.refunded_on_cancel,
                    notes=notes.strip(),
                    created_by=actor,
                    **stamps,
                )
        except IntegrityError:  # the same reference arrived concurrently
            raise _duplicate_reference_error(kind, reference) from None
        OrderItem.objects.bulk_create(
            OrderItem(order=order, position=i, **line) for i, line in enumerate(lines, start=1)
        )
        Payment.objects.bulk_create(Payment(order=order, recorded_by=actor, **p) for p in paid)
        event_record(
            obj=order,
            type="order.created",
            actor=actor,
            new={
                "kind": kind,
                "reference": reference,
                "status": order.status,
                "total": amount,
                "currency": currency,
                "buyer": buyer.name,
                "supplier": supplier.name,
            },
            params={
                "buyer_id": buyer.pk,
                "supplier_id": supplier.pk,
                "items": len(lines),
                "payments": len(paid),
                "self_declared": self_declared,
                "via_integration": via_integration,
                "placed_at": placed,
                **stamps,
            },
        )
    return order


def _paid_if_payments(history: OrderHistory, paid: list[dict[str, Any]]) -> OrderHistory:
    """Like a payment recorded later, payments recorded with a new order make it paid
    (as of the first payment)."""
    if history.status != OrderStatus.CREATED or not paid:
        return history
    first = min(p["paid_at"] for p in paid)
    return replace(history, status=OrderStatus.PAID, paid_at=history.paid_at or first)


def _check_creator(actor: User, kind: str, buyer: Organization, *, via_integration: bool) -> bool:
    """Whether `actor` may record an order of `kind`; returns the self-declared flag."""
    if kind not in OrderKind.values:
        raise invalid(
            "kind", _("Choose one of: %(values)s.") % {"values": ", ".join(OrderKind.values)}
        )
    if kind in policy.MARKETPLACE_KINDS:
        if actor.is_platform or via_integration:
            return False
        raise ApplicationError(
            E.NOT_ALLOWED_TO_CREATE,
            _(
                "Trade-assurance and wholesale orders are reported by the marketplace "
                "(an officer or an integration token). Declare an offline order instead."
            ),
            fields={"kind": _("Use kind 'offline' for an order you paid outside the platform.")},
            status=403,
        )
    if actor.is_platform:
        return False
    if actor.role != Role.BUYER:
        raise ApplicationError(
            E.NOT_ALLOWED_TO_CREATE,
            _("Only buyers declare offline orders."),
            status=403,
        )
    if buyer.pk != actor.organization_id:
        raise ApplicationError(
            E.NOT_ALLOWED_TO_CREATE,
            _("You can declare orders for your own organization only."),
            fields={"buyer_id": _("Leave it out, or give your organization's id.")},
            status=403,
        )
    return True


def _check_counterparties(
    buyer: Organization, supplier: Organization, listing: Listing | None
) -> None:
    if buyer.kind != OrgKind.BUYER:
        raise ApplicationError(
            E.WRONG_COUNTERPARTY,
            _("%(name)s is a %(kind)s organization, not a buyer.")
            % {"name": buyer.name, "kind": str(OrgKind(buyer.kind).label).lower()},
            fields={"buyer_id": _("Give the id of a buyer organization.")},
        )
    if supplier.kind != OrgKind.SUPPLIER:
        raise ApplicationError(
            E.WRONG_COUNTERPARTY,
            _("%(name)s is a %(kind)s organization, not a supplier.")
            % {"name": supplier.name, "kind": str(OrgKind(supplier.kind).label).lower()},
            fields={"supplier_id": _("Name the supplier organization you ordered from.")},
        )
    if listing is not None and listing.supplier_id != supplier.pk:
        raise invalid("listing_id", _("The listing belongs to another supplier."))


def _refuse_restricted_supplier(supplier: Organization, placed: dt.datetime) -> None:
    """A restricted supplier takes no orders; history from before it was restricted is
    still recorded (checked as of when the order was placed)."""
    if supplier_is_restricted(supplier, at=placed):
        raise ApplicationError(
            E.SUPPLIER_RESTRICTED,
            _(
                "%(name)s was restricted by sanctions when the order was placed and may not take orders while restricted."
            )
            % {"name": supplier.name},
            fields={
                "supplier_id": _("Order from another supplier, or wait until the restriction ends.")
            },
            status=403,
        )


def _clean_reference(reference: str, kind: str, now: dt.datetime) -> str:
    reference = (reference or "").strip()
    if len(reference) > 100:
        raise invalid("reference", _("Use at most 100 characters."))
    if reference:
        return reference
    if kind != OrderKind.OFFLINE:
        raise invalid("reference", _("Give the marketplace's order number."))
    return f"OFFLINE-{now:%Y%m%d}-{secrets.token_hex(3).upper()}"


def _refuse_duplicate_reference(kind: str, reference: str) -> None:
    if Order.objects.filter(kind=kind, reference=reference).exists():
        raise _duplicate_reference_error(kind, reference)


def _duplicate_reference_error(kind: str, reference: str) -> ApplicationError:
    return ApplicationError(
        E.DUPLICATE_REFERENCE,
        _("A %(kind)s order with reference %(reference)s is already recorded.")
        % {"kind": str(label_of(OrderKind, kind)).lower(), "reference": repr(reference)},
        fields={"reference": _("Open the existing order instead of recording it again.")},
        status=409,
    )


def _parse_quantity(value: Any, field: str) -> Decimal:
    try:
        qty = Decimal(repr(value) if isinstance(value, float) else str(value))
    except (InvalidOperation, ValueError):
        qty = Decimal("NaN")
    exponent = qty.as_tuple().exponent
    if not qty.is_finite() or qty <= 0 or qty >= QUANTITY_MAX:
        raise ApplicationError(
            E.INVALID_QUANTITY,
            _("%(value)s is not a quantity.") % {"value": repr(value)},
            fields={field: _("Give a number greater than zero, such as 250 or 12.5.")},
        )
    if isinstance(exponent, int) and -exponent > QUANTITY_PLACES:
        raise ApplicationError(
            E.INVALID_QUANTITY,
            _("Quantities have at most %(quantity_places)s decimal places.")
            % {"quantity_places": QUANTITY_PLACES},
            fields={
                field: _("Round to %(quantity_places)s decimal places.")
                % {"quantity_places": QUANTITY_PLACES}
            },
        )
    return qty


def _parse_items(items: Sequence[ItemInput], currency: str) -> list[dict[str, Any]]:
    if not items:
        raise ApplicationError(
            E.NO_ITEMS,
            _("An order needs at least one line item."),
            fields={"items": _("Add the goods ordered: description, quantity, unit price.")},
        )
    limit = int(policy.setting("max_items"))
    if len(items) > limit:
        raise invalid("items", _("An order has at most %(limit)s line items.") % {"limit": limit})
    lines = []
    for i, item in enumerate(items):
        description = (item.description or "").strip()
        if not description or len(description) > 500:
            raise invalid(f"items.{i}.description", _("Describe the goods in 1-500 characters."))
        unit = (item.unit or "").strip()
        if not unit or len(unit) > 20:
            raise invalid(
                f"items.{i}.unit", _("Give a unit of 1-20 characters, such as pcs or kg.")
            )
        quantity = _parse_quantity(item.quantity, f"items.{i}.quantity")
        price = parse_amount(
            item.unit_price, currency, field=f"items.{i}.unit_price", allow_zero=True
        )
        line_total = quantize(quantity * price, currency)
        lines.append(
            {
                "description": description,
                "quantity": quantity,
                "unit": unit,
                "unit_price": price,
                "line_total": line_total,
            }
        )
    return lines


def _check_total(total: Decimal, lines: list[dict[str, Any]], currency: str) -> None:
    computed = sum((line["line_total"] for line in lines), Decimal(0))
    if computed != total:
        raise ApplicationError(
            E.TOTAL_MISMATCH,
            _("The total %(total)s does not equal the sum of the items, %(computed)s.")
            % {
                "total": format_money(total, currency),
                "computed": format_money(computed, currency),
            },
            fields={
                "total": _(
                    "The items add up to %(computed)s %(currency)s: send that total, or fix the items."
                )
                % {"computed": computed, "currency": currency}
            },
        )


def _aware(value: dt.datetime, field: str) -> dt.datetime:
    return clock.ensure_aware(value, field=field)


def not_future(value: dt.datetime, now: dt.datetime, field: str) -> dt.datetime:
    value = _aware(value, field)
    if value > now:
        raise ApplicationError(
            E.DATE_IN_FUTURE,
            _("The %(field)s is in the future.") % {"field": policy.stamp_label(field)},
            fields={field: _("Only record what has happened: give a time up to now.")},
        )
    return value


def not_before_placed(value: dt.datetime, placed: dt.datetime, field: str) -> None:
    if value < placed:
        raise ApplicationError(
            E.DATE_BEFORE_PLACED,
            _("The %(field)s is before the order was placed.")
            % {"field": policy.stamp_label(field)},
            fields={
                field: _("Give a time on or after the order was placed (%(placed)s).")
                % {"placed": format_instant(placed)}
            },
        )


def _check_placed_at(placed_at: dt.datetime | None, now: dt.datetime) -> dt.datetime:
    return now if placed_at is None else not_future(placed_at, now, "placed_at")


def _check_history(
    history: OrderHistory, placed: dt.datetime, now: dt.datetime
) -> dict[str, dt.datetime]:
    if history.status not in OrderStatus.values:
        raise invalid(
            "status", _("Choose one of: %(values)s.") % {"values": join_list(OrderStatus.values)}
        )
    stamps = {name: not_future(value, now, name) for name, value in history.stamps().items()}
    for name, value in stamps.items():
        not_before_placed(value, placed, name)
    allowed = policy.stamps_allowed(history.status)
    for name in stamps:
        if name not in allowed:
            raise _inconsistent(
                name,
                _("An order that is %(status)s has no %(stamp)s.")
                % {"status": _status(history.status), "stamp": policy.stamp_label(name)},
            )
    own = policy.STATUS_STAMP.get(OrderStatus(history.status))
    if own and own not in stamps:
        raise _inconsistent(
            own,
            _("Give the time the order became %(status)s.") % {"status": _status(history.status)},
        )
    _check_delivery_after_shipment(stamps)
    _check_stamp_sequence(stamps)
    return stamps


def _status(value: str) -> str:
    return str(OrderStatus(value).label).lower()


def _inconsistent(field: str, reason: str) -> ApplicationError:
    return ApplicationError(
        E.STAMPS_INCONSISTENT,
        _("The order's status and dates do not fit together: %(reason)s") % {"reason": reason},
        fields={field: reason},
    )


def _check_delivery_after_shipment(stamps: dict[str, dt.datetime]) -> None:
    shipped = stamps.get("shipped_at")
    for name in ("delivered_at", "receipt_confirmed_at"):
        value = stamps.get(name)
        if value is None:
            continue
        if shipped is None or value < shipped:
            raise ApplicationError(
                E.DELIVERY_BEFORE_SHIPMENT,
                _("Goods cannot be delivered before they were shipped."),
                fields={
                    name: _("Give a time after shipment.")
                    if shipped
                    else _("Give shipped_at too: when the goods left the supplier.")
                },
            )


def _check_stamp_sequence(stamps: dict[str, dt.datetime]) -> None:
    for first, then in policy.STAMP_SEQUENCE:
        if first in stamps and then in stamps and stamps[then] < stamps[first]:
            raise _inconsistent(
                then,
                _("The %(then)s is before the %(first)s.")
                % {"then": policy.stamp_label(then), "first": policy.stamp_label(first)},
            )


def _check_shipping(
    shipping: Shipping, placed: dt.datetime, stamps: dict[str, dt.datetime]
) -> None:
    if len(shipping.carrier) > 100 or len(shipping.tracking_number) > 100:
        raise invalid("carrier", _("Carrier and tracking number have at most 100 characters."))
    if shipping.ship_by is not None and shipping.ship_by < placed.date():
        raise ApplicationError(
            E.DATE_BEFORE_PLACED,
            _("The ship-by date is before the order was placed."),
            fields={
                "ship_by": _("Give a date on or after %(placed)s.")
                % {"placed": format_date(placed)}
            },
        )
    shipped = stamps.get("shipped_at")
    estimate = shipping.estimated_delivery
    if estimate is not None and estimate < (shipped or placed).date():
        raise invalid(
            "estimated_delivery", _("The estimated delivery is before the goods shipped.")
        )


def _parse_payments(
    payments: Sequence[PaymentInput],
    currency: str,
    placed: dt.datetime,
    now: dt.datetime,
    *,
    kind: str,
) -> list[dict[str, Any]]:
    parsed = []
    for i, p in enumerate(payments):
        parsed.append(parse_payment(p, currency, placed, now, kind=kind, prefix=f"payments.{i}."))
    return parsed


def parse_payment(
    p: PaymentInput,
    currency: str,
    placed: dt.datetime,
    now: dt.datetime,
    *,
    kind: str,
    prefix: str = "",
) -> dict[str, Any]:
    amount = parse_amount(p.amount, currency, field=f"{prefix}amount")
    paid_at = not_future(p.paid_at, now, f"{prefix}paid_at")
    not_before_placed(paid_at, placed, f"{prefix}paid_at")
    if p.method not in PaymentMethod.values:
        raise invalid(
            f"{prefix}method",
            _("Choose one of: %(values)s.") % {"values": ", ".join(PaymentMethod.values)},
        )
    if kind == OrderKind.OFFLINE and p.to_designated_account:
        raise invalid(
            f"{prefix}to_designated_account",
            _("An offline order was paid outside the platform, not into its designated account."),
        )
    reference = (p.reference or "").strip()
    if len(reference) > 200:
        raise invalid(f"{prefix}reference", _("Use at most 200 characters."))
    return {
        "amount": amount,
        "paid_at": paid_at,
        "method": p.method,
        "reference": reference,
        "to_designated_account": bool(p.to_designated_account),
    }


def check_payments_total(paid: Decimal, total: Decimal, currency: str) -> None:
    if paid > total:
        raise ApplicationError(
            E.PAYMENTS_EXCEED_TOTAL,
            _("Payments of %(paid)s exceed the order total of %(total)s.")
            % {"paid": format_money(paid, currency), "total": format_money(total, currency)},
            fields={
                "payments": _("Payments may add up to at most %(total)s %(currency)s.")
                % {"total": total, "currency": currency}
            },
        )


def _check_refund_flag(
    history: OrderHistory, stamps: dict[str, dt.datetime], paid: list[dict[str, Any]]
) -> None:
    if not history.refunded_on_cancel:
        return
    if "cancelled_at" not in stamps:
        raise invalid("refunded_on_cancel", _("Only a cancelled order can have been refunded."))
    if not paid:
        raise invalid("refunded_on_cancel", _("Nothing was paid, so nothing was refunded."))
