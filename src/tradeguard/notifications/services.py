"""In-app inbox and email: every party hears of every move, in its own time zone."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import Any

from django.conf import settings
from django.db import models, transaction
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext as _

from tradeguard.common import clock
from tradeguard.common.errors import not_found
from tradeguard.common.formatting import format_instant
from tradeguard.common.i18n.text import reading_as
from tradeguard.notifications import text
from tradeguard.notifications.models import Notification
from tradeguard.notifications.topics import topic_key

_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _render(template: Any, times: Mapping[str, dt.datetime]) -> str:
    """`template` (a str or a common.i18n.text.Text) as the active reader reads it,
    with `{name}` placeholders filled from `times` in the reader's zone. Other braces,
    e.g. in what a party wrote, are left as they are."""
    text = str(template)
    if not times:
        return text
    return _PLACEHOLDER.sub(
        lambda m: format_instant(times[m.group(1)]) if m.group(1) in times else m.group(0), text
    )


def notify(
    *,
    recipients: Iterable[Any],
    kind: str,
    subject: Any,
    body: Any,
    link: str = "",
    times: Mapping[str, dt.datetime] | None = None,
    actor: Any = None,
    topic: models.Model | tuple[str, int] | None = None,
) -> list[Notification]:
    """Write one inbox entry per recipient (deduplicated) and email each after commit.

    `subject` and `body` are rendered for each recipient: in their language (a `Text`
    or a gettext_lazy string) and their time zone (instants in a `Text`, and `{name}`
    placeholders filled from `times`); and in TradeGuard's other languages too
    (`Notification.texts`), so that the inbox can show the reader's language of the
    moment.

    `actor` is whoever's action this message reports: nobody is told of their own move
    (their colleagues are). `topic` is the case, notice or order it is about (a model
    instance, or a registered (label, id) pair for a topic that is no single row, such as
    a rights holder's match queue); the inbox groups by it. Write links inside `body`
    with `notifications.text.link`."""
    now = clock.now()
    created: list[Notification] = []
    seen: set[int] = set()
    actor_pk = getattr(actor, "pk", None) if getattr(actor, "is_authenticated", False) else None
    label, topic_pk = topic_key(topic)
    for user in recipients:
        if user is None or user.pk in seen or not user.is_active or user.pk == actor_pk:
            continue
        seen.add(user.pk)
        with reading_as(user):
            language = (translation.get_language() or "").lower()
            rendered_subject = _render(subject, times or {})[:300]
            rendered_body = _render(body, times or {})
            texts: dict[str, dict[str, str]] = {}
            for other, _name in settings.LANGUAGES:
                if other.lower() == language:
                    continue
                with translation.override(other):
                    kept = {
                        "subject": _render(subject, times or {})[:300],
                        "body": _render(body, times or {}),
                    }
                if kept != {"subject": rendered_subject, "body": rendered_body}:
                    texts[other.lower()] = kept  # a message with no words of ours is kept once
        created.append(
            Notification.objects.create(
                recipient=user,
                kind=kind,
                subject=rendered_subject,
                body=rendered_body,
                texts=texts,
                link=link,
                topic=label,
                topic_id=topic_pk,
                created_at=now,
            )
        )
    if created:
        _emails_after_commit([n.pk for n in created])
    return created


def notify_org(*, organization: Any, **kwargs: Any) -> list[Notification]:
    members = organization.members.filter(is_active=True) if organization is not None else []
    return notify(recipients=members, **kwargs)


_PENDING = "_tradeguard_email_ids"


def _emails_after_commit(ids: list[int]) -> None:
    """Queue the e-mails of these notifications after the transaction commits, one
    commit for every notification of the transaction (a run of many deadlines in one
    transaction notifies many people), not one per call."""
    connection = transaction.get_connection()
    if not connection.in_atomic_block:
        _enqueue_emails(ids)
        return
    # One flush per transaction: the pending list lives on the connection and is
    # started afresh when no flush is registered (a new transaction, or a rolled-back
    # one whose hooks Django dropped).
    registered = any(hook[1] is _flush_emails for hook in connection.run_on_commit)
    pending: list[int] | None = getattr(connection, _PENDING, None)
    if pending is None or not registered:
        pending = []
        setattr(connection, _PENDING, pending)
        transaction.on_commit(_flush_emails)
    pending.extend(ids)


def _flush_emails() -> None:
    connection = transaction.get_connection()
    ids: list[int] = getattr(connection, _PENDING, None) or []
    setattr(connection, _PENDING, None)
    _enqueue_emails(ids)


def _enqueue_emails(ids: list[int]) -> None:
    from tradeguard.notifications.tasks import send_notification_email

    # Notifications written in a rolled-back savepoint do not exist: skip them.
    existing = set(
        Notification.objects.filter(pk__in=ids, emailed_at__isnull=True).values_list(
            "pk", flat=True
        )
    )
    with transaction.atomic():  # the database queue: one commit for all of them
        for notification_id in ids:
            if notification_id in existing:
                send_notification_email.enqueue(notification_id)


def base_url() -> str:
    return str(getattr(settings, "TRADEGUARD_BASE_URL", "")).rstrip("/")


def email_text(notification: Notification) -> str:
    """The email's body, as its recipient reads it: the message with absolute links,
    where to open it, and the zone its times are in."""
    base = base_url()
    parts = [text.to_plain(notification.shown_body, base)]
    if notification.link:
        parts.append(gettext("Open in TradeGuard: %(url)s") % {"url": f"{base}{notification.link}"})
    parts.append(
        gettext("Times in this message are in %(zone)s (change it on your account page: %(url)s).")
        % {"zone": notification.recipient.timezone, "url": f"{base}{reverse('accounts:me')}"}
    )
    return "\n\n".join(parts)


def notification_email(notification_id: int) -> bool:
    """Email one notification once; returns whether a message was sent."""
    from django.core.mail import send_mail

    with transaction.atomic():
        notification = (
            Notification.objects.select_for_update()
            .select_related("recipient")
            .filter(pk=notification_id, emailed_at__isnull=True)
            .first()
        )
        if notification is None:
            return False
        with reading_as(notification.recipient):
            message = email_text(notification)
            subject = notification.shown_subject
        send_mail(
            subject=f"[{settings.TRADEGUARD_MARKETPLACE_NAME}] {subject}",
            message=message,
            from_email=None,
            recipient_list=[notification.recipient.email],
        )
        notification.emailed_at = clock.now()
        notification.save(update_fields=["emailed_at"])
    return True


def notification_mark_read(*, actor: Any, notification_id: int) -> Notification:
    notification = Notification.objects.filter(pk=notification_id, recipient=actor).first()
    if notification is None:
        raise not_found(_("notification"))
    if notification.read_at is None:
        notification.read_at = clock.now()
        notification.save(update_fields=["read_at"])
    return notification


def notifications_mark_all_read(*, actor: Any) -> int:
    return Notification.objects.filter(recipient=actor, read_at__isnull=True).update(
        read_at=clock.now()
    )
