from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrdersConfig(AppConfig):
    name = "tradeguard.orders"
    label = "orders"
    verbose_name = _("Orders")

    def ready(self) -> None:
        from tradeguard.orders import inbox

        register_timeline()
        inbox.register()

        from tradeguard.evidence.selectors import FileReference, register_file_reference
        from tradeguard.orders.selectors import order_documents_visible_to

        register_file_reference(
            FileReference("orders.document", _("Order document"), order_documents_visible_to)
        )


def register_timeline() -> None:
    """How the events on an order's history read (the specs app writes some of them)."""
    from tradeguard.orders.enums import (
        OrderDocumentKind,
        OrderKind,
        OrderStatus,
        PaymentMethod,
        ShipmentEventStatus,
    )
    from tradeguard.specs.enums import AcceptanceParty, InspectionKind, Verdict
    from tradeguard.web.timeline import Value, register_event_labels, register_event_values

    register_event_labels(
        {
            "order.created": _("Order recorded"),
            "order.status_changed": _("Status changed"),
            "order.paid": _("Paid"),
            "order.payment_added": _("Payment recorded"),
            "order.shipped": _("Shipped"),
            "order.receipt_confirmed": _("Receipt confirmed"),
            "order.completed": _("Completed"),
            "order.closed": _("Closed"),
            "order.cancelled": _("Cancelled"),
            "order.document_added": _("Document attached"),
            "order.shipment_event": _("Shipment event recorded"),
            "order.spec_attached": _("Specification attached"),
            "order.spec_accepted": _("Specification accepted"),
            "order.spec_binding": _("Specification binding on both sides"),
            "order.inspection_booked": _("Inspection booked"),
            "order.inspection_signed": _("Inspection report signed"),
            "order.aql_settings": _("Sampling settings changed"),
        }
    )
    hidden = Value(kind="hidden")
    register_event_values(
        "order.",
        {
            "kind": Value(_("Kind"), "enum", OrderKind),
            "status": Value(_("Status"), "enum", OrderStatus),
            "method": Value(_("Method"), "enum", PaymentMethod),
            "reference": Value(_("Order number")),
            "carrier": Value(_("Carrier")),
            "total": Value(_("Total"), "money"),
            "amount": Value(_("Amount"), "money"),
            "paid_so_far": Value(_("Paid so far"), "money"),
            "amount_paid": Value(_("Paid before cancelling"), "money"),
            "buyer": Value(_("Buyer")),
            "supplier": Value(_("Supplier")),
            "items": Value(_("Item lines")),
            "payments": Value(_("Payments recorded")),
            "placed_at": Value(_("Placed")),
            "paid_at": Value(_("Paid")),
            "shipped_at": Value(_("Shipped")),
            "delivered_at": Value(_("Delivered")),
            "receipt_confirmed_at": Value(_("Receipt confirmed")),
            "completed_at": Value(_("Completed")),
            "cancelled_at": Value(_("Cancelled")),
            "closed_at": Value(_("Closed")),
            "ship_by": Value(_("Ship by")),
            "estimated_delivery": Value(_("Estimated delivery")),
            "tracking_number": Value(_("Tracking number")),
            "late": Value(_("Shipped after the ship-by date")),
            "to_designated_account": Value(_("Into the platform's designated account")),
            "refunded": Value(_("Refunded")),
            "version": Value(_("Version")),
            "party": Value(_("Accepted by"), "enum", AcceptanceParty),
            "overall": Value(_("Result"), "enum", Verdict),
            # Bookkeeping, row ids, and the currency the amounts above are written with.
            "currency": hidden,
            "self_declared": hidden,
            "via_integration": hidden,
            "payment": hidden,
            "document": hidden,
            "specification": hidden,
            "attachment": hidden,
            "inspection": hidden,
        },
    )
    register_event_values(
        "order.document_added",
        {"kind": Value(_("Kind"), "enum", OrderDocumentKind), "name": Value(_("File name"))},
    )
    register_event_values(
        "order.shipment_event",
        {
            "shipment_status": Value(_("Shipment"), "enum", ShipmentEventStatus),
            "occurred_at": Value(_("When")),
            "shipment_event": hidden,
        },
    )
    register_event_values(
        "order.inspection_booked", {"kind": Value(_("Kind"), "enum", InspectionKind)}
    )
