"""Payments and documents recorded on an order."""

from __future__ import annotations

import datetime as dt
from typing import IO, Any

from django.db import transaction
from django.utils.translation import gettext as _

from tradeguard.accounts.models import User
from tradeguard.common import clock
from tradeguard.common.errors import invalid, permission_denied
from tradeguard.common.events import event_record
from tradeguard.evidence.enums import FileCategory
from tradeguard.evidence.services import file_store
from tradeguard.orders import policy
from tradeguard.orders.enums import OrderDocumentKind, OrdersErrorCode, OrderStatus
from tradeguard.orders.models import Order, OrderDocument, Payment
from tradeguard.orders.policy import Party
from tradeguard.orders.selectors import party_of
from tradeguard.orders.services.create import PaymentInput, check_payments_total, parse_payment
from tradeguard.orders.services.lifecycle import (
    amount_paid,
    apply_transition,
    lock_order,
    refuse_when_ended,
)

E = OrdersErrorCode
DOCUMENT_FORMATS = (FileCategory.PDF, FileCategory.IMAGE, FileCategory.OFFICE)


def order_payment_add(
    *,
    actor: User,
    order: Order,
    amount: Any,
    paid_at: dt.datetime,
    method: str,
    to_designated_account: bool,
    reference: str = "",
) -> Payment:
    """Record a payment. The platform records payments on any order; a buyer on the
    orders it declared itself. The first payment on a created order makes it paid."""
    now = clock.now()
    with transaction.atomic():
        locked = lock_order(order)
        _check_may_record_payment(actor, locked)
        data = parse_payment(
            PaymentInput(amount, paid_at, method, to_designated_account, reference),
            locked.currency,
            locked.placed_at,
            now,
            kind=locked.kind,
        )
        already = amount_paid(locked)
        check_payments_total(already + data["amount"], locked.total, locked.currency)
        payment = Payment.objects.create(order=locked, recorded_by=actor, **data)
        event = event_record(
            obj=locked,
            type="order.payment_added",
            actor=actor,
            new={
                "payment": payment.pk,
                "amount": payment.amount,
                "currency": locked.currency,
                "paid_at": payment.paid_at,
            },
            params={
                "currency": locked.currency,
                "method": payment.method,
                "to_designated_account": payment.to_designated_account,
                "paid_so_far": already + payment.amount,
            },
        )
        if locked.status == OrderStatus.CREATED:
            apply_transition(
                locked, OrderStatus.PAID, actor=actor, at=payment.paid_at, event_type="order.paid"
            )
        # Money outside the designated account on a platform order is a scam signal
        # (the signals app decides; its evidence is this payment's event).
        from tradeguard.signals.services import signals_check_payment

        signals_check_payment(payment=payment, event=event)
    return payment


def _check_may_record_payment(actor: User, order: Order) -> None:
    party = party_of(actor, order)
    if not (party == Party.PLATFORM or (party == Party.BUYER and order.self_declared)):
        raise permission_denied(
            _(
                "Payments are reported by the marketplace; buyers record them only on offline "
                "orders they declared."
            )
        )
    refuse_when_ended(
        order,
        E.PAYMENT_NOT_ALLOWED,
        _("The order is %(status)s; no more payments can be recorded on it."),
    )


def order_document_add(
    *,
    actor: User,
    order: Order,
    kind: str,
    upload: IO[bytes],
    name: str,
    description: str = "",
) -> OrderDocument:
    """Attach a sales contract, spec sheet, drawing or other document (PDF, image or
    office file), stored once by its SHA-256."""
    if party_of(actor, order) is None:
        raise permission_denied(_("Only the buyer, the supplier and the platform add documents."))
    if kind not in OrderDocumentKind.values:
        raise invalid(
            "kind",
            _("Choose one of: %(values)s.") % {"values": ", ".join(OrderDocumentKind.values)},
        )
    description = (description or "").strip()
    if len(description) > 300:
        raise invalid("description", _("Use at most 300 characters."))
    stored = file_store(
        upload=upload,
        name=name,
        actor=actor,
        allowed=DOCUMENT_FORMATS,
        max_bytes=int(policy.setting("document_max_bytes")),
    )
    with transaction.atomic():
        locked = lock_order(order)
        doc = OrderDocument.objects.create(
            order=locked, kind=kind, file=stored, description=description, uploaded_by=actor
        )
        event_record(
            obj=locked,
            type="order.document_added",
            actor=actor,
            new={"document": doc.pk, "kind": kind},
            params={"sha256": stored.sha256, "name": stored.original_name, "size": stored.size},
        )
    return doc
