"""How a supplier's sanctions record reads as a group in the inbox (see
`notifications.topics`). The topic is ("sanctions.supplier", organization id)."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django.utils.translation import gettext as _

from tradeguard.notifications.topics import Topic, register_topic

TOPIC = "sanctions.supplier"


def supplier_topics(ids: list[int], user: Any) -> dict[int, Topic]:
    from tradeguard.accounts.enums import OrgKind
    from tradeguard.accounts.models import Organization

    return {
        org.pk: Topic(
            title=_("Sanctions record · %(name)s") % {"name": org.name},
            url=reverse("sanctions:supplier", args=[org.pk]),
            subject_prefix="Sanctions: ",
        )
        for org in Organization.objects.filter(pk__in=ids, kind=OrgKind.SUPPLIER)
    }


def register() -> None:
    register_topic(TOPIC, supplier_topics)
