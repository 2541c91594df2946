from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from django.core.paginator import Page, Paginator
from django.db.models import Count, F, Max, Q, QuerySet, Window
from django.db.models.functions import RowNumber
from django.utils.translation import gettext as _

from tradeguard.notifications import topics
from tradeguard.notifications.models import Notification, WebhookDelivery

GROUPS_PER_PAGE = 20
# A group shows its newest messages; older ones fold under "N earlier messages".
RECENT_PER_GROUP = 2
# At most this many of a group's messages are read for the inbox (a case with hundreds
# of messages keeps the page's size constant); the fold links to the topic's own page.
SHOWN_PER_GROUP = 20
# Messages a page of one topic's messages (`topic_messages`).
TOPIC_PAGE_SIZE = 50


def inbox(user: Any) -> QuerySet[Notification]:
    return Notification.objects.filter(recipient=user)


def unread_count(user: Any) -> int:
    if not getattr(user, "is_authenticated", False):
        return 0
    return Notification.objects.filter(recipient=user, read_at__isnull=True).count()


@dataclass
class InboxGroup:
    """One case, notice or order and the reader's messages about it, newest first."""

    key: str
    topic: topics.Topic
    unread: int
    total: int
    notifications: list[Notification] = field(default_factory=list)
    label: str = ""  # the topic's kind ("" for messages about nothing in particular)
    topic_pk: int | None = None

    @property
    def dom_id(self) -> str:
        return f"inbox-group-{self.key}"

    @property
    def recent(self) -> list[Notification]:
        return self.notifications[:RECENT_PER_GROUP]

    @property
    def earlier(self) -> list[Notification]:
        return self.notifications[RECENT_PER_GROUP:]

    @property
    def earlier_count(self) -> int:
        """How many messages fold under the newest ones, listed or not."""
        return max(self.total - len(self.recent), 0)

    @property
    def earlier_unread(self) -> int:
        """How many of the folded messages are unread (the fold's summary says so)."""
        return max(self.unread - sum(1 for n in self.recent if n.read_at is None), 0)

    @property
    def unlisted(self) -> int:
        """Older messages not read for the inbox; the topic's page lists them."""
        return max(self.total - len(self.notifications), 0)

    @property
    def topic_query(self) -> str:
        """The inbox's query string for this group alone (`topic_messages`)."""
        if not self.label:
            return urlencode({"topic": ""})
        return urlencode({"topic": self.label, "topic_id": self.topic_pk})


def _group_key(label: str, pk: int | None) -> str:
    return f"{label.replace('.', '-')}-{pk}" if label else "general"


def _grouped(user: Any) -> QuerySet[Any]:
    return (
        Notification.objects.filter(recipient=user)
        .values("topic", "topic_id")
        .annotate(
            latest=Max("created_at"),
            latest_id=Max("id"),
            total=Count("id"),
            unread=Count("id", filter=Q(read_at__isnull=True)),
        )
        .order_by("-latest", "-latest_id")
    )


def inbox_groups(user: Any, page_number: Any = 1) -> tuple[Page[Any], list[InboxGroup]]:
    """The reader's inbox as groups (one per topic; messages about nothing in particular
    share one), the group with the newest message first, `GROUPS_PER_PAGE` a page.

    A constant number of queries: the page of groups, their messages, and one query per
    kind of topic on the page for titles and statuses."""
    page = Paginator(_grouped(user), GROUPS_PER_PAGE).get_page(page_number)
    return page, _build(user, list(page.object_list))


def inbox_group(user: Any, notification: Notification) -> InboxGroup | None:
    """The group `notification` belongs to, as the inbox shows it."""
    return _group(user, notification.topic, notification.topic_id)


def _group(user: Any, label: str, topic_id: int | None) -> InboxGroup | None:
    row = _grouped(user).filter(topic=label, topic_id=topic_id).first()
    if row is None:
        return None
    groups = _build(user, [row])
    return groups[0] if groups else None


def topic_messages(
    user: Any, label: str, topic_id: Any, page_number: Any = 1
) -> tuple[InboxGroup, Page[Notification]] | None:
    """Every message of one of the reader's groups, newest first, a page at a time (the
    inbox lists a group's newest `SHOWN_PER_GROUP`). None when the reader has none."""
    pk: int | None = None
    if label:
        try:
            pk = int(topic_id)
        except (TypeError, ValueError):
            return None
    group = _group(user, label, pk)
    if group is None:
        return None
    messages = Notification.objects.filter(recipient=user, topic=label, topic_id=pk)
    page = Paginator(messages.order_by("-created_at", "-id"), TOPIC_PAGE_SIZE).get_page(page_number)
    return group, page


def _build(user: Any, rows: list[dict[str, Any]]) -> list[InboxGroup]:
    if not rows:
        return []
    keys = [(row["topic"], row["topic_id"]) for row in rows]
    condition = Q()
    for label, pk in keys:
        condition |= Q(topic=label, topic_id=pk) if label else Q(topic="")
    messages: dict[tuple[str, int | None], list[Notification]] = {}
    newest_first = [F("created_at").desc(), F("id").desc()]
    ranked = (
        Notification.objects.filter(condition, recipient=user)
        .annotate(
            rank=Window(
                RowNumber(), partition_by=[F("topic"), F("topic_id")], order_by=newest_first
            )
        )
        .filter(rank__lte=SHOWN_PER_GROUP)
        .order_by("-created_at", "-id")
    )
    for n in ranked:
        messages.setdefault((n.topic, n.topic_id if n.topic else None), []).append(n)
    resolved = topics.resolve(keys, user)
    groups = []
    for row in rows:
        label, pk = row["topic"], row["topic_id"]
        items = messages.get((label, pk if label else None), [])
        topic = resolved.get((label, pk)) if label and pk is not None else None
        if topic is None:
            topic = topics.Topic(
                title=items[0].shown_subject if label and items else _("Other messages")
            )
        groups.append(
            InboxGroup(
                key=_group_key(label, pk),
                label=label,
                topic_pk=pk if label else None,
                topic=topic,
                unread=row["unread"],
                total=row["total"],
                notifications=items,
            )
        )
    return groups


def deliveries() -> QuerySet[WebhookDelivery]:
    return WebhookDelivery.objects.select_related("endpoint")
