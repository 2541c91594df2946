"""How a dispute reads as a group in the inbox (see `notifications.topics`)."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django.utils.translation import gettext as _

from tradeguard.notifications.topics import Topic, register_topic


def dispute_topics(ids: list[int], user: Any) -> dict[int, Topic]:
    from tradeguard.disputes.selectors import disputes_visible_to

    return {
        d.pk: Topic(
            title=_("Dispute #%(id)s · %(reason)s · order %(order)s")
            % {"id": d.pk, "reason": d.get_reason_display(), "order": d.order.reference},
            url=reverse("disputes:detail", args=[d.pk]),
            status=d.status,
            status_label=str(d.get_status_display()),
            # How `tell` starts each subject, in the reader's language.
            subject_prefix=_("Dispute #%(number)s: %(subject)s") % {"number": d.pk, "subject": ""},
        )
        for d in disputes_visible_to(user).filter(pk__in=ids)
    }


def register() -> None:
    register_topic("disputes.dispute", dispute_topics)
