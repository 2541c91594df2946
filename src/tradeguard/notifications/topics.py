"""What a notification is about: the case, notice or order the inbox groups it under.

A notification carries its topic as (model label, id), e.g. ("disputes.dispute", 6), or
as a registered (label, id) pair for a topic that is no single row ("monitoring.queue"
with the rights holder's id).
Each app says how its topics read in the inbox from `AppConfig.ready()`::

    from tradeguard.notifications.topics import Topic, register_topic

    def dispute_topics(ids, user):
        return {
            d.pk: Topic(title=f"Dispute #{d.pk} · {d.get_reason_display()}",
                        status=d.status, status_label=d.get_status_display(),
                        url=reverse("disputes:detail", args=[d.pk]),
                        subject_prefix=f"Dispute #{d.pk}: ")
            for d in Dispute.objects.filter(pk__in=ids)
        }

    register_topic("disputes.dispute", dispute_topics)

A resolver gets every id of its kind on one inbox page at once (one query, not one per
group) and may leave out ids the reader can no longer open; those groups keep their
messages under a plain title.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from django.db import models


@dataclass(frozen=True)
class Topic:
    title: str
    url: str = ""
    status: str = ""
    status_label: str = ""
    # Subjects of this topic's messages start with it ("Dispute #6: "); the inbox drops
    # it under the group's title, emails keep it.
    subject_prefix: str = ""


Resolver = Callable[[list[int], Any], dict[int, Topic]]
_resolvers: dict[str, Resolver] = {}


def register_topic(label: str, resolver: Resolver) -> None:
    """How topics of the model `label` ("app_label.model_name") read in the inbox."""
    _resolvers[label.lower()] = resolver


def topic_key(topic: models.Model | tuple[str, int] | None) -> tuple[str, int | None]:
    """(label, id) for a model instance or an explicit pair; ("", None) for none."""
    if topic is None:
        return "", None
    if isinstance(topic, tuple):
        label, pk = topic
        return label.lower(), int(pk)
    return topic._meta.label_lower, int(topic.pk)


def resolve(keys: Iterable[tuple[str, int | None]], user: Any) -> dict[tuple[str, int], Topic]:
    """Topics for (label, id) keys, one resolver call per label."""
    by_label: dict[str, list[int]] = {}
    for label, pk in keys:
        if label and pk is not None:
            by_label.setdefault(label, []).append(pk)
    found: dict[tuple[str, int], Topic] = {}
    for label, ids in by_label.items():
        resolver = _resolvers.get(label)
        if resolver is None:
            continue
        for pk, topic in resolver(sorted(set(ids)), user).items():
            found[(label, pk)] = topic
    return found
