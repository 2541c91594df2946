from django.apps import AppConfig


class OrdersConfig(AppConfig):
    name = "tradeguard.orders"
    label = "orders"
    verbose_name = "Orders"

    def ready(self) -> None:
        from tradeguard.web.timeline import register_event_labels

        register_event_labels(
            {
                "order.created": "Order recorded",
                "order.status_changed": "Status changed",
                "order.paid": "Paid",
                "order.payment_added": "Payment recorded",
                "order.shipped": "Shipped",
                "order.receipt_confirmed": "Receipt confirmed",
                "order.cancelled": "Cancelled",
                "order.document_added": "Document attached",
            }
        )

        from django.utils.translation import gettext_lazy as _

        from tradeguard.evidence.selectors import FileReference, register_file_reference
        from tradeguard.orders.selectors import order_documents_visible_to

        register_file_reference(
            FileReference("orders.document", _("Order document"), order_documents_visible_to)
        )
