"""How a rights holder's image-match queue reads as a group in the inbox (see
`notifications.topics`). The topic is ("monitoring.queue", rights holder's id)."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django.utils.translation import gettext as _

from tradeguard.notifications.topics import Topic, register_topic

TOPIC = "monitoring.queue"


def queue_topics(ids: list[int], user: Any) -> dict[int, Topic]:
    return {
        pk: Topic(title=_("Image matches to review"), url=reverse("monitoring:queue")) for pk in ids
    }


def register() -> None:
    register_topic(TOPIC, queue_topics)
