from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from tradeguard.common.formatting import format_instant
from tradeguard.common.money import format_money
from tradeguard.signals import policy
from tradeguard.signals.detector import SENTENCE_END
from tradeguard.signals.models import ScamSignal

# Where a sentence ends: the detector's rule, so the quote is the sentence that matched.
_END = SENTENCE_END
# At most this many characters of a long sentence either side of the matched words.
WINDOW = 240


def sentence_around(text: str, start: int, end: int) -> tuple[str, str, str, bool, bool]:
    """(before, matched, after, cut_before, cut_after): the sentence (or sentences) of
    `text` holding `text[start:end]`, from the previous sentence end to the next one
    (its punctuation kept), cut to `WINDOW` characters either side."""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    begin = 0
    for match in _END.finditer(text, 0, start):
        begin = match.end()
    follow = _END.search(text, end)
    stop = follow.end() if follow else len(text)
    cut_before = start - begin > WINDOW
    cut_after = stop - end > WINDOW
    if cut_before:
        begin = start - WINDOW
    if cut_after:
        stop = end + WINDOW
    return (
        text[begin:start].lstrip(),
        text[start:end],
        text[end:stop].rstrip(),
        cut_before,
        cut_after,
    )


def evidence_html(signal: ScamSignal) -> SafeString:
    """The evidence as the buyer and officer read it: for a message, the whole sentence
    with the matched words in <mark> (everything escaped); for an event, what happened."""
    if signal.event_id is not None:
        return escape(event_description(signal))
    body = signal.message.body if signal.message_id and signal.message else signal.evidence
    if not signal.message_id:
        start, end = 0, len(body)
    else:
        start, end = signal.evidence_start, signal.evidence_end
    before, matched, after, cut_before, cut_after = sentence_around(body, start, end)
    return mark_safe(  # noqa: S308 - every part is escaped here
        ("… " if cut_before else "")
        + str(escape(before))
        + "<mark>"
        + str(escape(matched))
        + "</mark>"
        + str(escape(after))
        + (" …" if cut_after else "")
    )


def event_description(signal: ScamSignal) -> str:
    """An event signal's evidence in words: the payment recorded, with its amount and
    time, or the shipment returned or recalled, with its time; in the reader's language
    and zone."""
    event = signal.event
    new = event.new if event is not None else {}
    if signal.rule.startswith("event.shipment."):
        return _shipment_description(signal, new)
    currency = str(new.get("currency") or signal.order.currency)
    try:
        amount = format_money(Decimal(str(new.get("amount"))), currency)
    except (InvalidOperation, ValueError):
        amount = currency
    when = _instant(signal, new, "paid_at")
    if signal.rule.endswith("account_changed"):
        return _(
            "A payment of %(amount)s on %(when)s was recorded into another account, after an "
            "earlier payment on this order went into the platform's designated account."
        ) % {"amount": amount, "when": when}
    return _(
        "A payment of %(amount)s on %(when)s was recorded outside the platform's designated "
        "account."
    ) % {"amount": amount, "when": when}


def _instant(signal: ScamSignal, new: dict[str, Any], key: str) -> str:
    """The event's instant `key`, formatted for the reader (the detection time if the
    event does not carry it)."""
    try:
        return format_instant(dt.datetime.fromisoformat(str(new.get(key))))
    except ValueError:
        return format_instant(signal.detected_at)


def _shipment_description(signal: ScamSignal, new: dict[str, Any]) -> str:
    when = _instant(signal, new, "occurred_at")
    if signal.rule.endswith("recalled"):
        return _(
            "The shipment was recorded as recalled by the shipper on %(when)s, after the "
            "order was paid."
        ) % {"when": when}
    return _(
        "The shipment was recorded as returned to the shipper on %(when)s, after the order "
        "was paid."
    ) % {"when": when}


def signal_read(signal: ScamSignal) -> dict[str, Any]:
    return {
        "id": signal.pk,
        "kind": signal.kind,
        "status": signal.status,
        "message_id": signal.message_id,
        "evidence": signal.evidence if signal.event_id is None else event_description(signal),
        "event_id": signal.event_id,
        "evidence_start": signal.evidence_start,
        "evidence_end": signal.evidence_end,
        "reported_by_buyer": reported_by_buyer(signal),
        "order_paid": signal.order_paid,
        "rule": signal.rule,
        "rules_version": signal.rules_version,
        "detected_at": signal.detected_at,
        "reviewed_at": signal.reviewed_at,
        "review_note": signal.review_note,
    }


def reported_by_buyer(signal: ScamSignal) -> bool:
    """Is the evidence a buyer's message relaying what the supplier asked?"""
    from tradeguard.disputes.enums import Party

    return signal.message is not None and signal.message.party == Party.BUYER


def warning_for(signals: Sequence[ScamSignal]) -> Any:
    """The warning's first line: about messages, or also about the order's events, or
    about what the buyer reported the supplier asked."""
    if any(signal.event_id is not None for signal in signals):
        return policy.BUYER_WARNING_EVENTS
    if all(reported_by_buyer(signal) for signal in signals):
        return policy.BUYER_WARNING_REPORTED
    return policy.BUYER_WARNING


def dispute_signals_read(dispute_id: int, signals: Sequence[ScamSignal]) -> dict[str, Any]:
    return {
        "dispute_id": dispute_id,
        "signals": [signal_read(s) for s in signals],
        "warning": str(warning_for(signals)) if signals else None,
        "steps": [str(step) for step in policy.BUYER_STEPS] if signals else [],
    }


def page_context(signals: Sequence[ScamSignal]) -> dict[str, Any]:
    """What `signals/_signals.html` reads: each signal carries `evidence_html`."""
    for signal in signals:
        signal.evidence_html = evidence_html(signal)  # type: ignore[attr-defined]
        signal.reported = reported_by_buyer(signal)  # type: ignore[attr-defined]
    return {
        "signals": signals,
        "signal_warning": warning_for(signals),
        "signal_steps": policy.BUYER_STEPS,
        "signal_points": policy.confirmed_signal_points(),
    }
