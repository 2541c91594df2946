"""How IP notices, complaints and records read as groups in the inbox (see
`notifications.topics`)."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django.utils.translation import gettext as _

from tradeguard.notifications.topics import Topic, register_topic


def item_topics(ids: list[int], user: Any) -> dict[int, Topic]:
    from tradeguard.ip.selectors import items_visible_to

    return {
        item.pk: Topic(
            title=_("IP notice · %(listing)s · %(reason)s")
            % {
                "listing": item.listing.title if item.listing else item.reference,
                "reason": item.complaint.get_reason_display(),
            },
            url=reverse("ip:item", args=[item.pk]),
            status=item.status,
            status_label=str(item.get_status_display()),
        )
        for item in items_visible_to(user).filter(pk__in=ids)
    }


def complaint_topics(ids: list[int], user: Any) -> dict[int, Topic]:
    from tradeguard.ip.selectors import complaints_visible_to

    return {
        c.pk: Topic(
            title=_("IP complaint #%(id)s · %(reason)s")
            % {"id": c.pk, "reason": c.get_reason_display()},
            url=reverse("ip:complaint", args=[c.pk]),
            status=c.status,
            status_label=str(c.get_status_display()),
        )
        for c in complaints_visible_to(user).filter(pk__in=ids)
    }


def record_topics(ids: list[int], user: Any) -> dict[int, Topic]:
    from tradeguard.ip.selectors import records_visible_to

    return {
        r.pk: Topic(
            title=_("IP record · %(kind)s “%(title)s”")
            % {"kind": r.get_kind_display(), "title": r.title},
            url=reverse("ip:record", args=[r.pk]),
            status=r.status,
            status_label=str(r.get_status_display()),
        )
        for r in records_visible_to(user).filter(pk__in=ids)
    }


def reporter_topics(ids: list[int], user: Any) -> dict[int, Topic]:
    """A rights holder's standing as a reporter (good faith, suspensions)."""
    if user.organization_id not in ids and not user.is_officer:
        return {}
    title = _("Your standing as a reporter")
    return {pk: Topic(title=title, url=reverse("ip:portal")) for pk in ids}


def register() -> None:
    register_topic("ip.complaintitem", item_topics)
    register_topic("ip.complaint", complaint_topics)
    register_topic("ip.iprecord", record_topics)
    register_topic("ip.reporter", reporter_topics)
