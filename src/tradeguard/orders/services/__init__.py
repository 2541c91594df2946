"""Every write to orders. Each service takes keyword-only arguments and an explicit
actor, runs in a transaction, locks the order it changes and records an event; nothing
is written when a rule is broken.

- create: `order_create` (items and payments in one go; imported history)
- lifecycle: `order_transition` (the status table), `order_ship`, `order_confirm_receipt`,
  `order_cancel`
- records: `order_payment_add`, `order_document_add`
- shipments: `shipment_event_record`
"""

from tradeguard.orders.services.create import (
    ItemInput,
    OrderHistory,
    PaymentInput,
    Shipping,
    order_create,
)
from tradeguard.orders.services.lifecycle import (
    order_cancel,
    order_confirm_receipt,
    order_ship,
    order_transition,
)
from tradeguard.orders.services.records import order_document_add, order_payment_add
from tradeguard.orders.services.shipments import shipment_event_record

__all__ = [
    "ItemInput",
    "OrderHistory",
    "PaymentInput",
    "Shipping",
    "order_cancel",
    "order_confirm_receipt",
    "order_create",
    "order_document_add",
    "order_payment_add",
    "order_ship",
    "order_transition",
    "shipment_event_record",
]
