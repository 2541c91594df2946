from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tradeguard.signals import policy
from tradeguard.signals.models import ScamSignal


def signal_read(signal: ScamSignal) -> dict[str, Any]:
    return {
        "id": signal.pk,
        "kind": signal.kind,
        "status": signal.status,
        "message_id": signal.message_id,
        "evidence": signal.evidence,
        "evidence_start": signal.evidence_start,
        "evidence_end": signal.evidence_end,
        "order_paid": signal.order_paid,
        "rule": signal.rule,
        "rules_version": signal.rules_version,
        "detected_at": signal.detected_at,
        "reviewed_at": signal.reviewed_at,
        "review_note": signal.review_note,
    }


def dispute_signals_read(dispute_id: int, signals: Sequence[ScamSignal]) -> dict[str, Any]:
    return {
        "dispute_id": dispute_id,
        "signals": [signal_read(s) for s in signals],
        "warning": str(policy.BUYER_WARNING) if signals else None,
        "steps": [str(step) for step in policy.BUYER_STEPS] if signals else [],
    }


def page_context(signals: Sequence[ScamSignal]) -> dict[str, Any]:
    """What `signals/_signals.html` reads."""
    return {
        "signals": signals,
        "signal_warning": policy.BUYER_WARNING,
        "signal_steps": policy.BUYER_STEPS,
        "signal_points": policy.confirmed_signal_points(),
    }
