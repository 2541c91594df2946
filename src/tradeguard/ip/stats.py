"""The public transparency numbers of IP protection, computed in SQL.

Per period (ISO week, month or quarter of the complaint, UTC) and in total: complaints,
listing items, items not processable, outcomes by reason, the median hours from
notice to the first action, counter-notice rates. Three queries whatever the year
holds (grouped counts; distinct complaints and the median per period; the same in
total), cached for `aggregates.STATISTICS_SECONDS` per (since, until, period).
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import defaultdict
from typing import Any

from django.db import connection
from django.db.models import Aggregate, Count, F, FloatField, Func, Q, QuerySet
from django.db.models.functions import TruncMonth, TruncQuarter, TruncWeek

from tradeguard.common.aggregates import STATISTICS_SECONDS, cached_aggregate
from tradeguard.ip import policy
from tradeguard.ip.enums import ComplaintReason, ItemStatus
from tradeguard.ip.models import ComplaintItem

TRUNC = {"week": TruncWeek, "month": TruncMonth, "quarter": TruncQuarter}
PROCESSED = ~Q(status=ItemStatus.REJECTED)
ACTED = PROCESSED & Q(first_action_at__isnull=False, notified_at__isnull=False)


class _MedianSeconds(Aggregate):
    """PostgreSQL: the median of first_action_at - notified_at, in seconds."""

    function = "percentile_cont"
    template = "%(function)s(0.5) WITHIN GROUP (ORDER BY %(expressions)s)"
    output_field = FloatField()


def _action_seconds() -> Func:
    return Func(
        F("first_action_at"),
        F("notified_at"),
        template="EXTRACT(EPOCH FROM (%(expressions)s))",
        arg_joiner=" - ",
        output_field=FloatField(),
    )


def period_key(when: dt.datetime | dt.date, period: str) -> str:
    if period == "week":
        year, week, _ = when.isocalendar()
        return f"{year}-W{week:02d}"
    if period == "quarter":
        return f"{when.year}-Q{(when.month - 1) // 3 + 1}"
    return f"{when.year}-{when.month:02d}"


def ip_stats(*, since: dt.datetime, until: dt.datetime, period: str = "month") -> dict[str, Any]:
    """Public numbers per period and in total (see the module's docstring)."""
    key = f"ip.stats:{since.isoformat()}:{until.isoformat()}:{period}"
    return cached_aggregate(key, lambda: _compute(since, until, period), seconds=STATISTICS_SECONDS)


def _compute(since: dt.datetime, until: dt.datetime, period: str) -> dict[str, Any]:
    items: QuerySet[Any] = ComplaintItem.objects.filter(
        complaint__created_at__gte=since, complaint__created_at__lt=until
    ).annotate(bucket=TRUNC[period]("complaint__created_at", tzinfo=dt.UTC))
    counts: list[dict[str, Any]] = list(
        items.order_by()
        .values("bucket", "complaint__reason", "status")
        .annotate(n=Count("id"), countered=Count("id", filter=Q(counter_noticed_at__isnull=False)))
    )
    per_bucket, total = _complaints_and_medians(items, period)
    rows_by_key: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in counts:
        rows_by_key[period_key(row["bucket"], period)].append(row)
    periods = [
        _summary(key, rows, *per_bucket.get(key, (0, None)))
        for key, rows in sorted(rows_by_key.items())
    ]
    return {
        "since": since,
        "until": until,
        "period": period,
        "totals": _summary("total", counts, *total),
        "periods": periods,
    }


def _hours(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds / 3600, 1)


def _complaints_and_medians(
    items: QuerySet[Any], period: str
) -> tuple[dict[str, tuple[int, float | None]], tuple[int, float | None]]:
    """Distinct complaints and the median hours to action, per period and in total."""
    complaints = Count("complaint_id", distinct=True)
    if connection.vendor == "postgresql":
        median: Any = _MedianSeconds(_action_seconds(), filter=ACTED)
        grouped: QuerySet[Any] = items.order_by().values("bucket").annotate(c=complaints, m=median)
        per = {period_key(r["bucket"], period): (r["c"], _hours(r["m"])) for r in grouped}
        total = items.order_by().aggregate(c=complaints, m=median)
        return per, (total["c"], _hours(total["m"]))
    # Other databases (SQLite: one machine, small tables): the median in Python.
    grouped = items.order_by().values("bucket").annotate(c=complaints)
    durations: dict[str, list[float]] = defaultdict(list)
    for bucket, acted, notified in items.filter(ACTED).values_list(
        "bucket", "first_action_at", "notified_at"
    ):
        durations[period_key(bucket, period)].append((acted - notified).total_seconds())

    def middle(values: list[float]) -> float | None:
        return _hours(statistics.median(values)) if values else None

    per = {
        period_key(r["bucket"], period): (
            r["c"],
            middle(durations[period_key(r["bucket"], period)]),
        )
        for r in grouped
    }
    every = [v for values in durations.values() for v in values]
    return per, (items.order_by().aggregate(c=complaints)["c"], middle(every))


def _summary(
    key: str, rows: list[dict[str, Any]], complaints: int, median_hours: float | None
) -> dict[str, Any]:
    by_reason: dict[str, dict[str, int]] = {r: defaultdict(int) for r in ComplaintReason.values}
    items = rejected = countered = successful = 0
    for row in rows:
        n = row["n"]
        by_reason[row["complaint__reason"]][row["status"]] += n
        items += n
        if row["status"] == ItemStatus.REJECTED:
            rejected += n
            continue
        countered += row["countered"]
        if row["status"] in policy.FAILURE_STATUSES or row["status"] == ItemStatus.WITHDRAWN:
            successful += row["countered"]
    processed = items - rejected
    return {
        "period": key,
        "complaints": complaints,
        "items": items,
        "items_rejected": rejected,
        "outcomes_by_reason": {
            reason: dict(sorted(counts.items())) for reason, counts in by_reason.items() if counts
        },
        "median_hours_to_action": median_hours,
        "counter_notice_rate": policy.rate(countered, processed),
        "successful_counter_notice_rate": policy.rate(successful, countered),
    }
