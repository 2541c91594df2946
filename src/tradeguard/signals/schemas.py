from __future__ import annotations

import datetime as dt

from ninja import Field, Schema

from tradeguard.signals.enums import ReviewDecision, SignalKind, SignalStatus


class ScamSignalRead(Schema):
    id: int
    kind: SignalKind
    status: SignalStatus
    message_id: int | None = Field(
        description="The case message the evidence is from (null for an event signal)"
    )
    event_id: int | None = Field(
        description="The order event the evidence is (e.g. a payment recorded outside the "
        "designated account); null for a message signal"
    )
    evidence: str = Field(
        description="A message signal: the words that matched, as written. An event "
        "signal: what happened, in the request's language"
    )
    evidence_start: int = Field(description="Where `evidence` starts in the message body")
    evidence_end: int = Field(description="Where `evidence` ends in the message body")
    reported_by_buyer: bool = Field(
        description="The evidence is the buyer's report of what the supplier asked (a buyer's "
        "message relaying the supplier's words), not the supplier's own message"
    )
    order_paid: bool = Field(
        description="Had the buyer paid when the message was written (or the event happened)?"
    )
    rule: str = Field(
        description="The rule that matched (rules are data, versioned), or `model` when the "
        "learned model found the signal alone (the evidence is then its likeliest sentence)"
    )
    rules_version: str
    detected_at: dt.datetime
    reviewed_at: dt.datetime | None
    review_note: str


class SignalReview(Schema):
    decision: ReviewDecision = Field(
        description="confirm: the supplier gets the serious-violation sanction points "
        "(once per case); dismiss: the buyer's warning drops the signal"
    )
    note: str = Field("", max_length=2000)


class DisputeSignalsRead(Schema):
    dispute_id: int
    signals: list[ScamSignalRead]
    warning: str | None = Field(
        description="What the buyer is told, in the request's language (null: no signals)"
    )
    steps: list[str] = Field(description="What to do, in the request's language")
