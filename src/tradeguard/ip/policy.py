"""IP protection rules as data and pure functions. A marketplace overrides any default
in settings: TRADEGUARD_POLICY = {"ip": {"respond_working_days": 4, ...}}."""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.utils.translation import gettext as _

from tradeguard.ip.enums import ComplaintReason, ItemStatus, RecordKind

S = ItemStatus

# Every allowed move of a complaint item; anything else is refused by `item_transition`.
TRANSITIONS: dict[ItemStatus, frozenset[ItemStatus]] = {
    S.REJECTED: frozenset(),
    S.NOTIFIED: frozenset({S.REMOVED, S.COUNTER_NOTICED, S.WITHDRAWN}),
    S.REMOVED: frozenset({S.COUNTER_NOTICED, S.APPEALED, S.WITHDRAWN}),
    S.COUNTER_NOTICED: frozenset(
        {S.UNDER_REVIEW, S.DISMISSED, S.RESTORED, S.COURT_ACTION, S.WITHDRAWN}
    ),
    S.UNDER_REVIEW: frozenset({S.REMOVED, S.DISMISSED, S.RESTORED, S.WITHDRAWN}),
    S.APPEALED: frozenset({S.REMOVED, S.RESTORED, S.WITHDRAWN}),
    S.COURT_ACTION: frozenset({S.WITHDRAWN}),
    S.DISMISSED: frozenset(),
    S.RESTORED: frozenset(),
    S.WITHDRAWN: frozenset(),
}

# Statuses in which an item still waits for someone.
OPEN_STATUSES = frozenset({S.NOTIFIED, S.COUNTER_NOTICED, S.UNDER_REVIEW, S.APPEALED})
# A listing with an item of its rights holder in one of these is already reported: a new
# complaint of the same rights holder may not name it again, nor an image match confirm it.
REPORTED_STATUSES = OPEN_STATUSES | {S.REMOVED}
# Outcomes for reporter accuracy: the takedown held, or it did not.
SUCCESS_STATUSES = frozenset({S.REMOVED, S.COURT_ACTION, S.APPEALED})
FAILURE_STATUSES = frozenset({S.DISMISSED, S.RESTORED})

# Which reasons a record of each kind can back.
REASONS_FOR_KIND: dict[RecordKind, frozenset[ComplaintReason]] = {
    RecordKind.TRADEMARK: frozenset(
        {ComplaintReason.COUNTERFEIT, ComplaintReason.TRADEMARK_MISUSE}
    ),
    RecordKind.DESIGN_PATENT: frozenset({ComplaintReason.DESIGN_PATENT}),
    RecordKind.UTILITY_PATENT: frozenset({ComplaintReason.UTILITY_PATENT}),
    RecordKind.COPYRIGHT: frozenset({ComplaintReason.IMAGE_COPY, ComplaintReason.TEXT_COPY}),
}

# Languages officers read; any other document language needs a translation attached.
READABLE_LANGUAGES = frozenset({"en", "zh"})

# The transparency numbers (GET /ip/stats) cover dates from STATS_EARLIEST to
# STATS_LATEST, at most STATS_MAX_DAYS at a time (five years of weeks is 260 rows).
STATS_EARLIEST = dt.date(2000, 1, 1)
STATS_LATEST = dt.date(2999, 12, 31)
STATS_MAX_DAYS = 5 * 366

DEFAULTS: dict[str, Any] = {
    # Alibaba IPP / Mercado Libre: 3 working days for the supplier, 3 for the owner.
    "respond_working_days": 3,
    "rights_holder_working_days": 3,
    # Reminders before those deadlines (hours before; the notice states the deadline too).
    "respond_reminder_hours": [24],
    "counter_reminder_hours": [24],
    # DMCA 512(g): restore 10-14 business days after a counter-notice unless the owner sues.
    "copyright_restore_working_days": 10,
    # Alibaba: later counter-notice chances within 27 business days of the notice.
    "late_counter_working_days": 27,
    # Officer review of an IP record: target 3 working days in the platform's country.
    "record_review_working_days": 3,
    "platform_country": "SG",
    # EU DSA Art. 20: internal complaint for at least 6 months.
    "appeal_window_days": 183,
    "max_listings_per_complaint": 300,
    "item_note_max_chars": 1000,
    # Points per upheld complaint (per supplier and complaint); counterfeit is also a strike.
    "points": {
        "counterfeit": 6,
        "trademark_misuse": 2,
        "image_copy": 2,
        "text_copy": 1,
        "design_patent": 2,
        "utility_patent": 2,
    },
    "strike_reasons": ["counterfeit"],
    # Alibaba good-faith programme over 3 months.
    "accuracy_window_days": 90,
    "good_faith_min_success": 0.90,
    "good_faith_max_counter": 0.05,
    "good_faith_min_outcomes": 10,
    "good_faith_block_days": 91,
    # EU DSA Art. 23: warn, then suspend for a reasonable period.
    "unfounded_window_days": 180,
    "unfounded_warn_after": 3,
    "unfounded_suspend_after_warning": 2,
    "suspension_days": 30,
    "warning_valid_days": 365,
    "good_faith_record_review_working_days": 1,
}


def setting(name: str) -> Any:
    overrides = getattr(settings, "TRADEGUARD_POLICY", {}).get("ip", {})
    return overrides.get(name, DEFAULTS[name])


def late_counter_due(notified_at: dt.datetime, country: str) -> dt.datetime:
    """Until when a supplier may counter-notify a removal no officer decided (automatic
    or voluntary): `late_counter_working_days` working days of its country from the
    notice."""
    from tradeguard.common.workdays import add_working_days

    return add_working_days(notified_at, int(setting("late_counter_working_days")), country)


def can_transition(old: str, new: str) -> bool:
    return ItemStatus(new) in TRANSITIONS[ItemStatus(old)]


def reason_fits(kind: str, reason: str) -> bool:
    return ComplaintReason(reason) in REASONS_FOR_KIND[RecordKind(kind)]


def reasons_for(kind: str) -> list[str]:
    return sorted(r.value for r in REASONS_FOR_KIND[RecordKind(kind)])


def needs_translation(language: str) -> bool:
    return (language or "").strip().lower()[:2] not in READABLE_LANGUAGES


def points_for(reason: str) -> int:
    return int(setting("points").get(reason, 0))


def is_strike(reason: str) -> bool:
    return reason in setting("strike_reasons")


@dataclass(frozen=True)
class Accuracy:
    """A reporter's record over the window: items with an outcome, how many held, how
    many fell to a counter-notice."""

    outcomes: int
    successes: int
    successful_counters: int

    @property
    def success_rate(self) -> float | None:
        return self.successes / self.outcomes if self.outcomes else None

    @property
    def counter_rate(self) -> float | None:
        return self.successful_counters / self.outcomes if self.outcomes else None

    @property
    def qualifies(self) -> bool:
        """Meets the good-faith bar (enough outcomes, success and counter rates)."""
        if self.outcomes < int(setting("good_faith_min_outcomes")):
            return False
        return (self.success_rate or 0) >= float(setting("good_faith_min_success")) and (
            self.counter_rate or 0
        ) <= float(setting("good_faith_max_counter"))

    @property
    def below_bar(self) -> bool:
        """Fails the bar on the data there is (used to take good faith away)."""
        if not self.outcomes:
            return False
        return (self.success_rate or 0) < float(setting("good_faith_min_success")) or (
            self.counter_rate or 0
        ) > float(setting("good_faith_max_counter"))


def accuracy_of(items: Iterable[tuple[str, bool]]) -> Accuracy:
    """`items` are (status, was_counter_noticed) of a reporter's items in the window."""
    outcomes = successes = counters = 0
    for status, countered in items:
        if status in SUCCESS_STATUSES:
            outcomes += 1
            successes += 1
        elif status in FAILURE_STATUSES or (status == S.WITHDRAWN and countered):
            outcomes += 1
            if countered:
                counters += 1
    return Accuracy(outcomes=outcomes, successes=successes, successful_counters=counters)


@dataclass(frozen=True)
class AbuseStep:
    action: str  # "none" | "warn" | "suspend"
    reason: str


def abuse_step(
    *, unfounded_in_window: int, warned: bool, unfounded_since_warning: int
) -> AbuseStep:
    """EU DSA Art. 23: warn a reporter with frequent manifestly unfounded notices, then
    suspend it if they go on after the warning."""
    if not warned:
        if unfounded_in_window >= int(setting("unfounded_warn_after")):
            return AbuseStep(
                "warn",
                _(
                    "%(n)s of your complaint items in the last %(days)s days were found "
                    "manifestly unfounded."
                )
                % {"n": unfounded_in_window, "days": setting("unfounded_window_days")},
            )
        return AbuseStep("none", "")
    if unfounded_since_warning >= int(setting("unfounded_suspend_after_warning")):
        return AbuseStep(
            "suspend",
            _(
                "After a warning, %(n)s more of your complaint items were found manifestly unfounded."
            )
            % {"n": unfounded_since_warning},
        )
    return AbuseStep("none", "")


def median_hours(durations: Iterable[dt.timedelta]) -> float | None:
    values = [d.total_seconds() / 3600 for d in durations]
    return round(statistics.median(values), 1) if values else None


def rate(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None
