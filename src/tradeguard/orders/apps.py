from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrdersConfig(AppConfig):
    name = "tradeguard.orders"
    label = "orders"
    verbose_name = _("Orders")

    def ready(self) -> None:
        from tradeguard.orders.enums import (
            OrderDocumentKind,
            OrderKind,
            OrderStatus,
            PaymentMethod,
        )
        from tradeguard.web.timeline import register_event_fields, register_event_labels

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
                # The specs app records these on the order's history.
                "order.spec_attached": _("Specification attached"),
                "order.spec_accepted": _("Specification accepted"),
                "order.spec_binding": _("Specification binding on both sides"),
                "order.inspection_booked": _("Inspection booked"),
                "order.inspection_signed": _("Inspection report signed"),
                "order.aql_settings": _("Sampling settings changed"),
            }
        )
        register_event_fields(
            "order.",
            labels={
                "kind": _("Kind"),
                "reference": _("Order number"),
                "total": _("Total"),
                "buyer": _("Buyer"),
                "supplier": _("Supplier"),
                "items": _("Item lines"),
                "payments": _("Payments recorded"),
                "placed_at": _("Placed"),
                "paid_at": _("Paid"),
                "shipped_at": _("Shipped"),
                "delivered_at": _("Delivered"),
                "receipt_confirmed_at": _("Receipt confirmed"),
                "completed_at": _("Completed"),
                "cancelled_at": _("Cancelled"),
                "closed_at": _("Closed"),
                "ship_by": _("Ship by"),
                "estimated_delivery": _("Estimated delivery"),
                "tracking_number": _("Tracking number"),
                "late": _("Shipped after the ship-by date"),
                "method": _("Method"),
                "to_designated_account": _("Into the platform's designated account"),
                "paid_so_far": _("Paid so far"),
                "amount_paid": _("Paid before cancelling"),
                "refunded": _("Refunded"),
                "version": _("Version"),
                "party": _("Accepted by"),
                "overall": _("Result"),
            },
            choices={
                "kind": OrderKind,
                "status": OrderStatus,
                "method": PaymentMethod,
            },
            # Bookkeeping and row ids nobody needs to read on the page.
            hidden={
                "self_declared",
                "via_integration",
                "payment",
                "document",
                "specification",
                "attachment",
                "inspection",
            },
        )
        register_event_fields(
            "order.document_added",
            labels={"name": _("File name")},
            choices={"kind": OrderDocumentKind},
        )

        # Values the specs app writes on an order's history.
        from tradeguard.specs.enums import AcceptanceParty, InspectionKind, Verdict

        register_event_fields("order.inspection_booked", choices={"kind": InspectionKind})
        register_event_fields("order.inspection_signed", choices={"overall": Verdict})
        register_event_fields("order.spec_accepted", choices={"party": AcceptanceParty})

        from tradeguard.orders import inbox

        inbox.register()
