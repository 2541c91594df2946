"""Rules of image monitoring as data and pure functions (no database).

A marketplace overrides any default in settings:
``TRADEGUARD_POLICY = {"monitoring": {"match_threshold": 0.6}}``.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.utils import formats

from tradeguard.monitoring.engine import (
    COMPLAINT_THRESHOLD,
    COMPLAINT_THRESHOLD_GRAPHICS,
    DEFAULT_THRESHOLD,
    SCORE_MODEL,
)
from tradeguard.monitoring.enums import MatchStatus

if TYPE_CHECKING:
    from tradeguard.monitoring.models import Match

DEFAULTS: dict[str, Any] = {
    # Minimum engine score for a match to reach the review queue (the engine's own
    # default, set on its benchmark at >= 99% precision).
    "match_threshold": DEFAULT_THRESHOLD,
    # Minimum score for a match to pre-fill an IP complaint: the engine's thresholds for
    # precision >= 0.995 on its benchmark with hard negatives (docs/benchmarks.md), for
    # photographs and other images, and for flat graphics (icons, logos, line art). A
    # marketplace may raise them, never lower them (complaint_threshold()).
    "complaint_threshold": COMPLAINT_THRESHOLD,
    "complaint_threshold_graphics": COMPLAINT_THRESHOLD_GRAPHICS,
    # Listing images per scan batch; progress is saved after every batch.
    "scan_batch_size": 200,
    # A scan task works this many seconds, then re-enqueues itself for the rest, so
    # that one large scan does not hold a worker for hours.
    "scan_task_seconds": 30.0,
    # Reference fingerprints loaded from the database per query while (re)building a
    # worker's in-memory index.
    "index_load_batch": 2000,
    # A cold load of a worker's index works this many seconds per matching task, then
    # answers "not ready" (the task retries its image) and goes on at the next task,
    # so that a large shard's load does not hold the worker's other tasks.
    "index_load_seconds": 20.0,
    # Matcher workers, each holding a range of shard keys (docs/monitoring.md). With
    # more than one, the tasks go to queues "imagematch-0" .. "imagematch-<n-1>",
    # which the task backend's QUEUES must list.
    "matcher_shards": 1,
    # Matches on removed listings are not raised.
    "skip_removed_listings": True,
    # The daily digest of new matches goes out at this UTC time.
    "digest_at": "07:00",
    # Largest monitored image upload.
    "image_max_bytes": 20 * 1024 * 1024,
    # Matches per complaint draft (the IP app caps listings per complaint too).
    "max_confirm": 200,
}


def setting(name: str) -> Any:
    overrides = getattr(settings, "TRADEGUARD_POLICY", {}).get("monitoring", {})
    return overrides.get(name, DEFAULTS[name])


S = MatchStatus

# Allowed moves of a match. Confirming, dismissing and authorizing are the rights
# holder's review; a dismissal can be undone, and revoking a supplier's authorization
# reopens its matches.
TRANSITIONS: dict[MatchStatus, set[MatchStatus]] = {
    S.NEW: {S.CONFIRMED, S.DISMISSED, S.AUTHORIZED},
    S.DISMISSED: {S.NEW},
    S.AUTHORIZED: {S.NEW},
    S.CONFIRMED: set(),
}

# Statuses that count as decided (stamp decided_at / decided_by).
DECIDED = frozenset({S.CONFIRMED, S.DISMISSED, S.AUTHORIZED})


def can_move(old: str, new: str) -> bool:
    return MatchStatus(new) in TRANSITIONS[MatchStatus(old)]


def is_match(score: float, threshold: float | None = None) -> bool:
    limit = setting("match_threshold") if threshold is None else threshold
    return score >= float(limit)


# The complaint thresholds (photographs and others, flat graphics) that earlier score
# models were set for, by the name their matches record (engine.SCORE_MODEL; "" for
# matches found before models were named: the sixth round's; "score-7" and "score-8":
# the seventh and eighth rounds', docs/benchmarks.md). A score means what its own
# model's threshold says: a match keeps that threshold when it is higher than today's,
# so lowering a threshold for a better model never makes an old match certain enough
# for a complaint. "score-9" named two models: the ninth round's (0.7317, 0.8486) and,
# refitted without a new name, the twelfth's (0.7261, 0.8637); its matches keep the
# higher of the two for each kind.
EARLIER_THRESHOLDS: dict[str, tuple[float, float]] = {
    "": (0.8792, 0.9613),
    "score-7": (0.8300, 0.9438),
    "score-8": (0.7290, 0.9200),
    "score-9": (0.7317, 0.8637),
}


def complaint_threshold(*, graphics: bool, score_model: str = SCORE_MODEL) -> float:
    """The score a match needs before it may pre-fill a complaint, on a protected image
    that is flat graphics or not, scored by ``score_model`` (never below the engine's
    0.995-precision threshold for that kind and model, whatever the settings say)."""
    if graphics:
        threshold = max(
            float(setting("complaint_threshold_graphics")), COMPLAINT_THRESHOLD_GRAPHICS
        )
    else:
        threshold = max(float(setting("complaint_threshold")), COMPLAINT_THRESHOLD)
    earlier = EARLIER_THRESHOLDS.get(score_model)
    if earlier is not None:
        threshold = max(threshold, earlier[1] if graphics else earlier[0])
    return threshold


def match_complaint_threshold(match: Match) -> float:
    """The complaint threshold of ``match``: its kind's, for the model that scored it."""
    return complaint_threshold(graphics=match.graphics, score_model=match.score_model)


def complaint_ready(match: Match) -> bool:
    """Whether ``match`` is certain enough to pre-fill a complaint."""
    return match.score >= match_complaint_threshold(match)


def score_text(match: Match) -> str:
    """``match``'s score as the review shows it: two decimals, as the page shows the
    complaint thresholds, or as many more (up to four) as it takes for a match under
    its threshold not to read as reaching it: 0.9870 against 0.9876 shows as 0.987,
    not as the 0.99 the page says is enough."""
    threshold = match_complaint_threshold(match)
    shown = _decimals(threshold, 2)
    places = 2
    if match.score < threshold:  # not complaint_ready(), which would look it up again
        while places < 4 and _decimals(match.score, places) >= shown:
            places += 1
    return formats.number_format(_decimals(match.score, places), decimal_pos=places)


def _decimals(value: float, places: int) -> Decimal:
    """``value`` rounded half up to ``places`` decimals, as the floatformat filter does."""
    return Decimal(repr(value)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def next_digest(now: dt.datetime) -> dt.datetime:
    """The next digest time strictly after ``now`` (UTC)."""
    from tradeguard.common.clock import next_daily

    hour, minute = (int(part) for part in str(setting("digest_at")).split(":"))
    return next_daily(now, dt.time(hour, minute))


def shard_queue(shard: int) -> str:
    return f"imagematch-{shard}"
