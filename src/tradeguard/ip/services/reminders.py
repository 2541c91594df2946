"""Reminders before the IP clocks run out: the supplier before its listings are removed
automatically, the rights holder before a counter-notice wins by silence.

Each reminder is a timer fired `respond_reminder_hours` / `counter_reminder_hours`
(policy) before the deadline. The handler re-reads the items and says nothing about
any that moved on, so a supplier that already answered hears nothing more.
"""

from __future__ import annotations

import datetime as dt

from django.urls import reverse
from django.utils.translation import gettext_lazy, ngettext_lazy

from tradeguard.common import clock
from tradeguard.common.events import event_record
from tradeguard.common.i18n.text import Text
from tradeguard.common.timers import timer_schedule
from tradeguard.ip import policy
from tradeguard.ip.enums import ItemStatus, RecordKind
from tradeguard.ip.models import ComplaintItem
from tradeguard.ip.services._common import notify_org
from tradeguard.ip.services.items import _tell_rights_holder, _title, item_link
from tradeguard.notifications.text import link

S = ItemStatus

TIMER_RESPOND_REMINDER = "ip.complaint.respond_reminder"
TIMER_COUNTER_REMINDER = "ip.item.counter_reminder"

NOTIFICATION_KIND = "ip.item.reminder"


def _instants(due_at: dt.datetime, hours_setting: str, now: dt.datetime) -> list[dt.datetime]:
    return clock.reminder_instants(due_at, policy.setting(hours_setting), now)


def schedule_respond_reminders(items: list[ComplaintItem]) -> None:
    """One timer per reminder instant and group of items one notice covers (the same
    supplier and deadline), keyed by the group's first item."""
    now = clock.now()
    groups: dict[tuple[int, dt.datetime], list[ComplaintItem]] = {}
    for item in items:
        if item.respond_due_at is not None:
            groups.setdefault((item.supplier_id or 0, item.respond_due_at), []).append(item)
    for (_, due_at), group in groups.items():
        first = min(item.pk for item in group)
        for at in _instants(due_at, "respond_reminder_hours", now):
            timer_schedule(kind=TIMER_RESPOND_REMINDER, aggregate_id=first, due_at=at)


def schedule_counter_reminders(item: ComplaintItem) -> None:
    if item.counter_due_at is None:
        return
    for at in _instants(item.counter_due_at, "counter_reminder_hours", clock.now()):
        timer_schedule(kind=TIMER_COUNTER_REMINDER, aggregate_id=item.pk, due_at=at)


def item_respond_reminder(item_id: int) -> str:
    """Remind the supplier of the listings, notified with this one, it has not answered
    for yet: one message for the group."""
    item = ComplaintItem.objects.filter(pk=item_id).first()
    now = clock.now()
    if item is None or item.respond_due_at is None or item.respond_due_at <= now:
        return "skipped: past the deadline"
    group = list(
        ComplaintItem.objects.select_related("listing", "supplier")
        .filter(
            complaint_id=item.complaint_id,
            supplier_id=item.supplier_id,
            respond_due_at=item.respond_due_at,
            status=S.NOTIFIED,
        )
        .order_by("pk")
    )
    if not group:
        return "skipped: answered"
    first = group[0]
    lines = "\n".join(f"- {link(_title(i), item_link(i))}" for i in group)
    notify_org(
        first.supplier,
        kind=NOTIFICATION_KIND,
        subject=Text(
            ngettext_lazy(
                "Reminder: %(n)s listing will be removed at %(due)s unless you answer",
                "Reminder: %(n)s listings will be removed at %(due)s unless you answer",
                "n",
            ),
            n=len(group),
            due=item.respond_due_at,
        ),
        body=Text(
            gettext_lazy(
                "IP complaint #%(number)s named these listings and you have not answered "
                "yet:\n%(listings)s\n\nBy %(due)s remove each listing or file a "
                "counter-notice on its notice page (your IP notices list them all). Without an "
                "answer the listings are removed automatically at that time, and each removal "
                "counts towards your account's IP points."
            ),
            number=item.complaint_id,
            listings=lines,
            due=item.respond_due_at,
        ),
        # One listing: its notice page; several: the list of the supplier's notices.
        link=item_link(first) if len(group) == 1 else reverse("ip:portal"),
        topic=first,
    )
    for waiting in group:
        event_record(
            obj=waiting,
            type="ip.item.reminded",
            actor_label="system",
            params={"party": "supplier", "due_at": waiting.respond_due_at},
        )
    return f"reminded the supplier of {len(group)} listing(s)"


def item_counter_reminder(item_id: int) -> str:
    """Remind the rights holder that a counter-notice wins if it does not answer."""
    item = (
        ComplaintItem.objects.select_related(
            "listing", "supplier", "complaint__record", "complaint__rights_holder"
        )
        .filter(pk=item_id)
        .first()
    )
    now = clock.now()
    if item is None or item.status != S.COUNTER_NOTICED:
        return "skipped: answered"
    if item.counter_due_at is None or item.counter_due_at <= now:
        return "skipped: past the deadline"
    complaint = item.complaint
    if complaint.record.kind == RecordKind.COPYRIGHT and item.holds_removal:
        consequence = gettext_lazy(
            "At %(due)s the listing is restored unless you record on the complaint page that "
            "you filed a court action against the supplier."
        )
    elif item.holds_removal:
        consequence = gettext_lazy(
            "At %(due)s the listing stays and is restored. Accept the counter-notice or "
            "maintain your complaint (an officer decides) before then."
        )
    else:
        consequence = gettext_lazy(
            "At %(due)s the listing stays. Accept the counter-notice or maintain your "
            "complaint (an officer decides) before then."
        )
    _tell_rights_holder(
        item,
        Text(
            gettext_lazy("Reminder: counter-notice on “%(title)s”, answer by %(due)s"),
            title=_title(item),
            due=item.counter_due_at,
        ),
        Text(
            gettext_lazy(
                "%(supplier)s counter-notified for “%(title)s” (%(reference)s), complaint "
                "#%(number)s."
            ),
            supplier=item.supplier.name if item.supplier else gettext_lazy("The supplier"),
            title=_title(item),
            reference=item.reference,
            number=complaint.pk,
        )
        + " "
        + Text(consequence, due=item.counter_due_at),
        kind=NOTIFICATION_KIND,
    )
    event_record(
        obj=item,
        type="ip.item.reminded",
        actor_label="system",
        params={"party": "rights_holder", "due_at": item.counter_due_at},
    )
    return "reminded the rights holder"
