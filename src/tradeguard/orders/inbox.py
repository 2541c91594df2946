"""How an order reads as a group in the inbox (specifications and inspections of the
order are told under it; see `notifications.topics`)."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django.utils.translation import gettext as _

from tradeguard.notifications.topics import Topic, register_topic


def order_topics(ids: list[int], user: Any) -> dict[int, Topic]:
    from tradeguard.orders.selectors import orders_visible_to

    return {
        o.pk: Topic(
            title=_("Order %(reference)s · %(buyer)s ← %(supplier)s")
            % {"reference": o.reference, "buyer": o.buyer.name, "supplier": o.supplier.name},
            url=reverse("orders:detail", args=[o.pk]),
            status=o.status,
            status_label=str(o.get_status_display()),
        )
        for o in orders_visible_to(user).select_related("buyer", "supplier").filter(pk__in=ids)
    }


def register() -> None:
    register_topic("orders.order", order_topics)
