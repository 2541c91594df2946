"""In-app inbox and email: every party hears of every move, in its own time zone."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Iterable, Mapping
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import dateformat

from tradeguard.common import clock
from tradeguard.common.errors import not_found
from tradeguard.notifications.models import Notification


def format_instant(value: dt.datetime, tz_name: str) -> str:
    """'2026-12-03 23:59 CST (Asia/Shanghai)': absolute, in the reader's zone."""
    try:
        zone = zoneinfo.ZoneInfo(tz_name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        zone = zoneinfo.ZoneInfo("UTC")
    local = value.astimezone(zone)
    return f"{dateformat.format(local, 'Y-m-d H:i T')} ({zone.key})"


class _Times(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _render(template: str, times: Mapping[str, dt.datetime], tz_name: str) -> str:
    if not times:
        return template
    return template.format_map(_Times({k: format_instant(v, tz_name) for k, v in times.items()}))


def notify(
    *,
    recipients: Iterable[Any],
    kind: str,
    subject: str,
    body: str,
    link: str = "",
    times: Mapping[str, dt.datetime] | None = None,
) -> list[Notification]:
    """Write one inbox entry per recipient (deduplicated) and email each after commit.
    `{name}` placeholders are filled from `times`, in each recipient's time zone."""
    now = clock.now()
    created: list[Notification] = []
    seen: set[int] = set()
    for user in recipients:
        if user is None or user.pk in seen or not user.is_active:
            continue
        seen.add(user.pk)
        created.append(
            Notification.objects.create(
                recipient=user,
                kind=kind,
                subject=_render(subject, times or {}, user.timezone)[:300],
                body=_render(body, times or {}, user.timezone),
                link=link,
                created_at=now,
            )
        )
    if created:
        ids = [n.pk for n in created]
        transaction.on_commit(lambda: _enqueue_emails(ids))
    return created


def notify_org(*, organization: Any, **kwargs: Any) -> list[Notification]:
    members = organization.members.filter(is_active=True) if organization is not None else []
    return notify(recipients=members, **kwargs)


def _enqueue_emails(ids: list[int]) -> None:
    from tradeguard.notifications.tasks import send_notification_email

    for notification_id in ids:
        send_notification_email.enqueue(notification_id)


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
        link = notification.link
        base = getattr(settings, "TRADEGUARD_BASE_URL", "")
        footer = f"\n\nOpen in TradeGuard: {base}{link}" if link else ""
        send_mail(
            subject=f"[{settings.TRADEGUARD_MARKETPLACE_NAME}] {notification.subject}",
            message=notification.body + footer,
            from_email=None,
            recipient_list=[notification.recipient.email],
        )
        notification.emailed_at = clock.now()
        notification.save(update_fields=["emailed_at"])
    return True


def notification_mark_read(*, actor: Any, notification_id: int) -> Notification:
    notification = Notification.objects.filter(pk=notification_id, recipient=actor).first()
    if notification is None:
        raise not_found("notification")
    if notification.read_at is None:
        notification.read_at = clock.now()
        notification.save(update_fields=["read_at"])
    return notification


def notifications_mark_all_read(*, actor: Any) -> int:
    return Notification.objects.filter(recipient=actor, read_at__isnull=True).update(
        read_at=clock.now()
    )
