"""Reporter accuracy: good-faith status (checked daily) and warnings or suspensions for
manifestly unfounded notices (EU DSA Art. 23)."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext_lazy

from tradeguard.accounts.enums import OrgKind
from tradeguard.accounts.models import Organization
from tradeguard.common import clock
from tradeguard.common.events import event_record
from tradeguard.common.formatting import format_percent
from tradeguard.common.i18n.text import Text
from tradeguard.common.timers import timer_ensure, timer_schedule
from tradeguard.ip import policy
from tradeguard.ip.models import ComplaintItem, ReporterStanding
from tradeguard.ip.services._common import notify_org

TIMER_DAILY = "ip.reporters.daily"
DAILY_AT = dt.time(0, 30)


def reporter_standing(organization: Organization) -> ReporterStanding:
    """The stored standing, or a blank unsaved one for a reporter never checked."""
    found = ReporterStanding.objects.filter(organization=organization).first()
    return found or ReporterStanding(organization_id=organization.pk)


def accuracy(organization: Organization, at: dt.datetime | None = None) -> policy.Accuracy:
    now = at or clock.now()
    since = now - dt.timedelta(days=int(policy.setting("accuracy_window_days")))
    rows = ComplaintItem.objects.filter(
        complaint__rights_holder=organization, complaint__created_at__gte=since
    ).values_list("status", "counter_noticed_at")
    return policy.accuracy_of((status, countered is not None) for status, countered in rows)


def _next_daily(now: dt.datetime) -> dt.datetime:
    return clock.tomorrow_at(now, DAILY_AT)


def reporter_daily_check_ensure() -> None:
    """Keep one pending daily check scheduled (the handler schedules the next one)."""
    timer_ensure(kind=TIMER_DAILY, due_at=_next_daily(clock.now()))


def reporters_daily_check(_: int = 0) -> str:
    """Recompute every reporter's accuracy, admit or remove good-faith status, and
    schedule tomorrow's run."""
    now = clock.now()
    orgs = Organization.objects.filter(
        kind=OrgKind.RIGHTS_HOLDER, ip_complaints__isnull=False
    ).distinct()
    changed = sum(1 for org in orgs if reporter_check(organization=org))
    timer_schedule(kind=TIMER_DAILY, aggregate_id=0, due_at=_next_daily(now))
    return f"checked {orgs.count()}, changed {changed}"


def reporter_check(*, organization: Organization, actor: Any = None) -> bool:
    """Check one reporter now; returns True if its good-faith status changed."""
    now = clock.now()
    acc = accuracy(organization, now)
    with transaction.atomic():
        standing, _created = ReporterStanding.objects.select_for_update().get_or_create(
            organization=organization
        )
        standing.outcomes = acc.outcomes
        standing.success_rate = acc.success_rate
        standing.counter_rate = acc.counter_rate
        standing.checked_at = now
        fields = ["outcomes", "success_rate", "counter_rate", "checked_at", "updated_at"]
        changed = False
        blocked = standing.good_faith_blocked_until and standing.good_faith_blocked_until > now
        rates = _rates_text(acc)
        if not standing.good_faith and acc.qualifies and not blocked:
            standing.good_faith = True
            standing.good_faith_since = now
            fields += ["good_faith", "good_faith_since"]
            changed = True
            event_record(
                obj=standing,
                type="ip.reporter.good_faith_granted",
                actor=actor,
                old={"good_faith": False},
                new={"good_faith": True},
                params={"rates": str(rates)},
            )
            notify_org(
                organization,
                kind="ip.reporter.good_faith_granted",
                subject=gettext_lazy("Good-faith reporter status granted"),
                body=Text(
                    gettext_lazy(
                        "Over the last %(days)s days: %(rates)s. Your complaints and records are "
                        "now reviewed first."
                    ),
                    days=policy.setting("accuracy_window_days"),
                    rates=rates,
                ),
                link=reverse("ip:portal"),
                topic=("ip.reporter", organization.pk),
            )
        elif standing.good_faith and acc.below_bar:
            block_until = now + dt.timedelta(days=int(policy.setting("good_faith_block_days")))
            standing.good_faith = False
            standing.good_faith_lost_at = now
            standing.good_faith_blocked_until = block_until
            fields += ["good_faith", "good_faith_lost_at", "good_faith_blocked_until"]
            changed = True
            event_record(
                obj=standing,
                type="ip.reporter.good_faith_lost",
                actor=actor,
                old={"good_faith": True},
                new={"good_faith": False},
                params={"rates": str(rates), "blocked_until": block_until},
            )
            notify_org(
                organization,
                kind="ip.reporter.good_faith_lost",
                subject=gettext_lazy("Good-faith reporter status removed"),
                body=Text(
                    gettext_lazy(
                        "Over the last %(days)s days: %(rates)s. The bar is at least %(success)s "
                        "success and at most %(counter)s successful counter-notices. You can "
                        "qualify again from %(until)s."
                    ),
                    days=policy.setting("accuracy_window_days"),
                    rates=rates,
                    success=partial(format_percent, policy.setting("good_faith_min_success")),
                    counter=partial(format_percent, policy.setting("good_faith_max_counter")),
                    until=block_until,
                ),
                link=reverse("ip:portal"),
                topic=("ip.reporter", organization.pk),
            )
        standing.save(update_fields=list(dict.fromkeys(fields)))
        if changed:
            # The officers' queues read the standing from the items (index order).
            ComplaintItem.objects.filter(
                complaint__rights_holder=organization, status__in=policy.OPEN_STATUSES
            ).update(priority=standing.good_faith)
    return changed


def _rates_text(acc: policy.Accuracy) -> Text:
    if not acc.outcomes:
        return Text(gettext_lazy("no complaint outcomes yet"))
    return Text(
        gettext_lazy(
            "%(successes)s of %(outcomes)s takedowns held (%(success_rate)s), "
            "%(counters)s successful counter-notices (%(counter_rate)s)"
        ),
        successes=acc.successes,
        outcomes=acc.outcomes,
        success_rate=partial(format_percent, acc.success_rate),
        counters=acc.successful_counters,
        counter_rate=partial(format_percent, acc.counter_rate),
    )


def reporter_assess_abuse(*, organization: Organization, actor: Any) -> ReporterStanding:
    """After an item was found manifestly unfounded: warn the reporter, or suspend it
    from filing if it goes on after a warning. Both are shown to it with reasons."""
    now = clock.now()
    window = now - dt.timedelta(days=int(policy.setting("unfounded_window_days")))
    unfounded = ComplaintItem.objects.filter(
        complaint__rights_holder=organization, manifestly_unfounded=True
    )
    with transaction.atomic():
        standing, _created = ReporterStanding.objects.select_for_update().get_or_create(
            organization=organization
        )
        warning_valid = now - dt.timedelta(days=int(policy.setting("warning_valid_days")))
        warned = standing.warned_at is not None and standing.warned_at >= warning_valid
        since = max(
            [t for t in (standing.warned_at, standing.suspended_at) if t is not None],
            default=now,
        )
        step = policy.abuse_step(
            unfounded_in_window=unfounded.filter(closed_at__gte=window).count(),
            warned=warned,
            unfounded_since_warning=unfounded.filter(closed_at__gt=since).count() if warned else 0,
        )
        if step.action == "warn":
            standing.warned_at = now
            standing.warning_reason = step.reason
            standing.save(update_fields=["warned_at", "warning_reason", "updated_at"])
            event_record(
                obj=standing,
                type="ip.reporter.warned",
                actor=actor,
                params={"reason": step.reason},
            )
            notify_org(
                organization,
                kind="ip.reporter.warned",
                subject=gettext_lazy("Warning: manifestly unfounded complaints"),
                body=Text(
                    gettext_lazy(
                        "%(reason)s If this goes on, filing will be suspended for %(days)s days."
                    ),
                    reason=step.reason,
                    days=policy.setting("suspension_days"),
                ),
                link=reverse("ip:portal"),
                topic=("ip.reporter", organization.pk),
            )
        elif step.action == "suspend":
            until = now + dt.timedelta(days=int(policy.setting("suspension_days")))
            standing.suspended_at = now
            standing.suspended_until = until
            standing.suspension_reason = step.reason
            standing.save(
                update_fields=["suspended_at", "suspended_until", "suspension_reason", "updated_at"]
            )
            event_record(
                obj=standing,
                type="ip.reporter.suspended",
                actor=actor,
                new={"suspended_until": until},
                params={"reason": step.reason},
            )
            notify_org(
                organization,
                kind="ip.reporter.suspended",
                subject=gettext_lazy("Complaint filing suspended"),
                body=Text(
                    gettext_lazy(
                        "%(reason)s You cannot file new complaints until %(until)s. Open "
                        "complaints continue."
                    ),
                    reason=step.reason,
                    until=until,
                ),
                link=reverse("ip:portal"),
                topic=("ip.reporter", organization.pk),
            )
    return standing
