"""Dispute rules as data and pure functions: filing windows, coverage, the evidence
checklist, the status table and the deadlines. No database; the caller passes facts.

Every number is a default a marketplace overrides in settings, e.g.
`TRADEGUARD_POLICY = {"disputes": {"quality_window_days": 45}}` (docs/disputes-policy.md).
Sources: docs/policy-sources.md (Alibaba Trade Assurance, eBay, Amazon, PayPal).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.utils.translation import gettext, gettext_lazy, pgettext_lazy

from tradeguard.common.formatting import format_date, format_instant
from tradeguard.disputes.enums import (
    DecisionOutcome,
    DisputeReason,
    DisputesErrorCode,
    DisputeStatus,
    EvidenceType,
    RequestedOutcome,
)
from tradeguard.evidence.enums import FileCategory
from tradeguard.specs.evidence import Outcome as SpecOutcome

R = DisputeReason
S = DisputeStatus
E = EvidenceType

DEFAULTS: dict[str, Any] = {
    # Filing windows (days). Quality reasons: after receipt is confirmed (or after the
    # estimated delivery date when receipt was never confirmed).
    "quality_window_days": 30,
    # not_received: from the estimated delivery date until this many days after it.
    "not_received_window_days": 30,
    # late_shipment: from the day after the ship-by date until this many days after it.
    "late_shipment_window_days": 30,
    # cancellation_refund: after the order was cancelled.
    "cancellation_window_days": 90,
    # Any reason when the order carries no date to count from (offline orders often
    # don't): this many days after payment.
    "undated_window_days": 90,
    # The supplier's time to respond; the buyer may escalate after it.
    "response_days": 3,
    # Unsettled cases escalate by themselves this many days after filing.
    "auto_escalate_days": 7,
    # Evidence window after escalation, with reminders before it ends.
    "evidence_window_days": 5,
    "evidence_reminder_hours": [48, 24],
    # Officers' decision target in working days after the evidence window, in the
    # calendar of this country (public holidays via `holidays`).
    "decision_working_days": 2,
    "working_days_country": "CN",
    # Carrying out an award or agreement.
    "award_days": 7,  # supplier to reimburse / pay / ship a replacement
    "award_reminder_hours": [48, 24],
    "return_ship_days": 7,  # buyer to ship goods back for a return-and-refund
    "buyer_confirm_days": 7,  # offline: buyer to confirm it received the payment
    # Appeals: once per party, within this many days of the decision.
    "appeal_days": 30,
    # Evidence size limits.
    "evidence_max_file_bytes": 100 * 1024 * 1024,
    "evidence_max_case_bytes": 1024 * 1024 * 1024,
}


def setting(name: str) -> Any:
    overrides = getattr(settings, "TRADEGUARD_POLICY", {}).get("disputes", {})
    return overrides.get(name, DEFAULTS[name])


def days(name: str) -> dt.timedelta:
    return dt.timedelta(days=int(setting(name)))


# --- Reasons -------------------------------------------------------------------------

QUALITY_REASONS = frozenset(
    {R.NOT_AS_DESCRIBED, R.DEFECTIVE_OR_DAMAGED, R.QUANTITY_SHORTAGE, R.COMPLIANCE}
)
# Reasons that cannot be decided without a written requirement to compare against.
REQUIREMENT_REASONS = frozenset({R.NOT_AS_DESCRIBED, R.COMPLIANCE})

NOT_COVERED = (
    gettext_lazy("Freight increases and destination costs (customs duties, port fees)."),
    gettext_lazy("After-sales service (installation, training, spare parts after delivery)."),
    gettext_lazy("Defects the listing disclosed before you ordered."),
    gettext_lazy("Quality standards the contract, specification or listing did not state."),
    gettext_lazy("Changes you agreed to in writing with the supplier."),
)

REQUIREMENT_GUIDANCE = gettext_lazy(
    "A complaint about quality can only be decided against something written: "
    "perceived quality alone cannot be judged. Cite at least one written requirement "
    "the goods fail, with its text: a clause of the specification or sales contract, "
    "a dimension on the design drawing, or an attribute the listing states "
    "(e.g. 'Material: 304 stainless steel'). If no document asked for it (for example "
    "labels for your market that nobody specified), the supplier was not bound to it; "
    "next time, put it in the contract or specification."
)

OFFLINE_NOTE = gettext_lazy(
    "This order was paid outside the platform, so the platform holds no money to "
    "refund. The outcome is a written finding, sanctions on the supplier, a public "
    "record on its profile and a case file you can take to court. A sales contract and "
    "proof of payment are always required."
)


# --- Facts about the order -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PaymentFact:
    amount: Decimal
    to_designated_account: bool


@dataclass(frozen=True, slots=True)
class OrderFacts:
    kind: str
    status: str
    currency: str
    total: Decimal
    payments: Sequence[PaymentFact] = ()
    paid_at: dt.datetime | None = None
    ship_by: dt.date | None = None
    shipped_at: dt.datetime | None = None
    estimated_delivery: dt.date | None = None
    delivered_at: dt.datetime | None = None
    receipt_confirmed_at: dt.datetime | None = None
    cancelled_at: dt.datetime | None = None
    closed_at: dt.datetime | None = None
    refunded_on_cancel: bool = False
    disclosed_defects: str = ""

    @property
    def offline(self) -> bool:
        return self.kind == "offline"

    @property
    def paid_total(self) -> Decimal:
        return sum((p.amount for p in self.payments), Decimal(0))

    @property
    def covered_paid(self) -> Decimal:
        return sum((p.amount for p in self.payments if p.to_designated_account), Decimal(0))

    @property
    def is_paid(self) -> bool:
        return bool(self.payments) or self.paid_at is not None


def start_of(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(0, 0), tzinfo=dt.UTC)


def end_of(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(23, 59, 59), tzinfo=dt.UTC)


def _d(value: dt.datetime | dt.date) -> str:
    """A day as the reader's pages show it: an instant's calendar day in the active zone
    (the viewer's), so "receipt was confirmed on" names the same day as the order page,
    not the UTC day (the 29th for a receipt late on the 28th in New York)."""
    return format_date(value)


# --- Eligibility -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Window:
    opens_at: dt.datetime
    closes_at: dt.datetime
    basis: str  # why it runs from there, in words


@dataclass(frozen=True, slots=True)
class Eligibility:
    """The answer to "may I file this, and what would it cover?" before writing."""

    reason: str
    eligible: bool
    code: str = ""  # the error code when not eligible
    message: str = ""
    fields: dict[str, str] = field(default_factory=dict)
    window: Window | None = None
    covered_amount: Decimal = Decimal(0)
    currency: str = ""
    offline: bool = False
    requires_requirement: bool = False
    notes: list[str] = field(default_factory=list)
    not_covered: tuple[Any, ...] = NOT_COVERED

    def as_error_args(self) -> tuple[str, str, dict[str, str]]:
        return self.code, self.message, self.fields


def _refuse(
    reason: str, code: str, message: str, field_name: str = "reason", hint: str = "", **kw: Any
) -> Eligibility:
    return Eligibility(
        reason=reason,
        eligible=False,
        code=code,
        message=message,
        fields={field_name: hint or message},
        **kw,
    )


def filing_window(facts: OrderFacts, reason: str) -> Window | Eligibility:
    """The window in which `reason` may be filed, or a refusal explaining why the
    reason does not apply to this order (yet)."""
    r = DisputeReason(reason)
    if r in QUALITY_REASONS:
        if facts.receipt_confirmed_at is not None:
            basis_at = facts.receipt_confirmed_at
            why = f"receipt was confirmed on {_d(basis_at)}"
        elif facts.estimated_delivery is not None:
            basis_at = start_of(facts.estimated_delivery)
            why = f"the estimated delivery date {_d(facts.estimated_delivery)} (receipt was never confirmed)"
        elif facts.delivered_at is not None:
            basis_at = facts.delivered_at
            why = f"delivery on {_d(facts.delivered_at)}"
        else:
            return _refuse(
                reason,
                DisputesErrorCode.FILING_WINDOW_NOT_OPEN,
                "The goods have not arrived yet, so their quality cannot be disputed. "
                f"If they are late, file “{R.NOT_RECEIVED.label}” from the estimated "
                f"delivery date, or “{R.LATE_SHIPMENT.label}” if the ship-by date has passed.",
            )
        opens = min(
            x
            for x in (
                facts.receipt_confirmed_at,
                facts.delivered_at,
                start_of(facts.estimated_delivery) if facts.estimated_delivery else None,
            )
            if x is not None
        )
        closes = end_of((basis_at + days("quality_window_days")).date())
        return Window(opens, closes, f"{setting('quality_window_days')} days after {why}")
    if r == R.NOT_RECEIVED:
        if facts.receipt_confirmed_at is not None:
            return _refuse(
                reason,
                DisputesErrorCode.REASON_NOT_APPLICABLE,
                f"You confirmed receipt on {_d(facts.receipt_confirmed_at)}. If goods are "
                f"missing or wrong, file “{R.QUANTITY_SHORTAGE.label}” or "
                f"“{R.NOT_AS_DESCRIBED.label}”.",
            )
        if facts.estimated_delivery is not None:
            opens = start_of(facts.estimated_delivery)
            closes = end_of(facts.estimated_delivery + days("not_received_window_days"))
            basis = (
                f"from the estimated delivery date {_d(facts.estimated_delivery)} until "
                f"{setting('not_received_window_days')} days after it"
            )
            return Window(opens, closes, basis)
        if facts.ship_by is not None:
            opens = start_of(facts.ship_by + dt.timedelta(days=1))
            closes = end_of(facts.ship_by + days("not_received_window_days"))
            basis = (
                f"no estimated delivery date was given: from the day after the ship-by date "
                f"{_d(facts.ship_by)} until {setting('not_received_window_days')} days after it"
            )
            return Window(opens, closes, basis)
        return _undated(facts, reason)
    if r == R.LATE_SHIPMENT:
        if facts.ship_by is None:
            return _refuse(
                reason,
                DisputesErrorCode.REASON_NOT_APPLICABLE,
                "The order has no ship-by date, so it cannot have shipped late. If nothing "
                f"arrived, file “{R.NOT_RECEIVED.label}”.",
            )
        if facts.shipped_at is not None and facts.shipped_at <= end_of(facts.ship_by):
            return _refuse(
                reason,
                DisputesErrorCode.REASON_NOT_APPLICABLE,
                f"The order shipped on {_d(facts.shipped_at)}, by its ship-by date "
                f"{_d(facts.ship_by)}.",
            )
        opens = start_of(facts.ship_by + dt.timedelta(days=1))
        closes = end_of(facts.ship_by + days("late_shipment_window_days"))
        basis = (
            f"from the day after the ship-by date {_d(facts.ship_by)} until "
            f"{setting('late_shipment_window_days')} days after it"
        )
        return Window(opens, closes, basis)
    if r == R.CANCELLATION_REFUND:
        if facts.cancelled_at is None:
            return _refuse(
                reason,
                DisputesErrorCode.REASON_NOT_APPLICABLE,
                f"The order was not cancelled. “{R.CANCELLATION_REFUND.label}” is for a "
                "cancelled order whose money was not returned.",
            )
        if facts.refunded_on_cancel:
            return _refuse(
                reason,
                DisputesErrorCode.REASON_NOT_APPLICABLE,
                "The order was cancelled and the money is recorded as returned. If you did "
                "not receive it, contact support with your bank statement.",
            )
        closes = end_of((facts.cancelled_at + days("cancellation_window_days")).date())
        basis = f"{setting('cancellation_window_days')} days after the cancellation on {_d(facts.cancelled_at)}"
        return Window(facts.cancelled_at, closes, basis)
    # other
    for value, label in (
        (facts.receipt_confirmed_at, "receipt was confirmed"),
        (facts.delivered_at, "delivery"),
        (
            start_of(facts.estimated_delivery) if facts.estimated_delivery else None,
            "the estimated delivery date",
        ),
    ):
        if value is not None:
            closes = end_of((value + days("quality_window_days")).date())
            return Window(
                facts.paid_at or value,
                closes,
                f"{setting('quality_window_days')} days after {label} ({_d(value)})",
            )
    return _undated(facts, reason)


def _undated(facts: OrderFacts, reason: str) -> Window | Eligibility:
    if facts.paid_at is None:
        return _refuse(
            reason,
            DisputesErrorCode.ORDER_NOT_PAID,
            "The order has no payment recorded; a dispute can only be filed after payment.",
        )
    closes = end_of((facts.paid_at + days("undated_window_days")).date())
    return Window(
        facts.paid_at,
        closes,
        f"the order has no delivery dates: {setting('undated_window_days')} days after payment on {_d(facts.paid_at)}",
    )


def eligibility(facts: OrderFacts, reason: str, at: dt.datetime) -> Eligibility:
    """Whether `reason` may be filed on this order at `at`, what is covered and why not."""
    if reason not in DisputeReason.values:
        return _refuse(
            reason,
            DisputesErrorCode.REASON_NOT_APPLICABLE,
            f"{reason!r} is not a dispute reason.",
            hint=f"Choose one of: {', '.join(DisputeReason.values)}.",
        )
    notes: list[str] = []
    if facts.disclosed_defects:
        notes.append(f"Not covered, disclosed in the listing: {facts.disclosed_defects}")
    common: dict[str, Any] = {
        "currency": facts.currency,
        "offline": facts.offline,
        "requires_requirement": reason in REQUIREMENT_REASONS,
    }
    if not facts.is_paid:
        return _refuse(
            reason,
            DisputesErrorCode.ORDER_NOT_PAID,
            "The order has no payment recorded; a dispute can only be filed after payment.",
            field_name="order_id",
            **common,
        )
    if facts.offline:
        notes.insert(0, str(OFFLINE_NOTE))
        covered = Decimal(0)
    else:
        covered = min(facts.covered_paid, facts.total)
        if covered <= 0:
            return _refuse(
                reason,
                DisputesErrorCode.PAYMENT_NOT_COVERED,
                "Trade assurance covers only payments into the platform's designated "
                "account, and none of this order's payments went there (for example, a "
                "transfer to the factory's own bank account). The platform cannot refund "
                "money it never held. You can still file this as an offline-order "
                "dispute: the outcome is a finding, sanctions and a public record on the "
                "supplier's profile.",
                field_name="order_id",
                hint="Declare the order as an offline order and file the dispute on it.",
                **common,
            )
        uncovered = facts.paid_total - facts.covered_paid
        if uncovered > 0:
            notes.append(
                f"{uncovered} {facts.currency} was paid outside the platform's designated "
                "account and is not covered."
            )
    window = filing_window(facts, reason)
    if isinstance(window, Eligibility):
        return Eligibility(
            reason=reason,
            eligible=False,
            code=window.code,
            message=window.message,
            fields=window.fields,
            covered_amount=covered,
            notes=notes,
            **common,
        )
    if at > window.closes_at:
        message = (
            f"The filing window for “{DisputeReason(reason).label}” closed on {format_instant(window.closes_at)}: "
            f"disputes of this kind may be filed {window.basis}."
        )
        return Eligibility(
            reason=reason,
            eligible=False,
            code=DisputesErrorCode.FILING_WINDOW_CLOSED,
            message=message,
            fields={"reason": f"Closed on {window.closes_at:%Y-%m-%d}."},
            window=window,
            covered_amount=covered,
            notes=notes,
            **common,
        )
    if at < window.opens_at:
        message = f"“{DisputeReason(reason).label}” can be filed from {format_instant(window.opens_at)}: {window.basis}."
        return Eligibility(
            reason=reason,
            eligible=False,
            code=DisputesErrorCode.FILING_WINDOW_NOT_OPEN,
            message=message,
            fields={"reason": f"Opens on {window.opens_at:%Y-%m-%d}."},
            window=window,
            covered_amount=covered,
            notes=notes,
            **common,
        )
    message = f"You may file until {format_instant(window.closes_at)} ({window.basis})."
    if facts.offline:
        message += " " + str(OFFLINE_NOTE)
    else:
        message += f" Covered amount: {covered} {facts.currency}."
    return Eligibility(
        reason=reason,
        eligible=True,
        message=message,
        window=window,
        covered_amount=covered,
        notes=notes,
        **common,
    )


# --- Evidence --------------------------------------------------------------------------

EVIDENCE_FORMATS: dict[str, tuple[FileCategory, ...]] = {
    E.PRODUCT_PHOTO: (FileCategory.IMAGE,),
    E.PRODUCT_VIDEO: (FileCategory.VIDEO,),
    E.COMMUNICATION_LOG: (
        FileCategory.PDF,
        FileCategory.IMAGE,
        FileCategory.TEXT,
        FileCategory.OFFICE,
    ),
    E.OTHER: (
        FileCategory.PDF,
        FileCategory.IMAGE,
        FileCategory.VIDEO,
        FileCategory.OFFICE,
        FileCategory.TEXT,
    ),
}
DOCUMENT_FORMATS = (FileCategory.PDF, FileCategory.IMAGE, FileCategory.OFFICE)


def evidence_formats(evidence_type: str) -> tuple[FileCategory, ...]:
    return EVIDENCE_FORMATS.get(evidence_type, DOCUMENT_FORMATS)


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    key: str
    label: Any  # a lazy translation: read in the reader's language
    types: tuple[str, ...]  # any of these evidence types satisfies it
    required: bool
    # A cited requirement of one of these sources also satisfies it.
    requirement_sources: tuple[str, ...] = ()


# A cited clause of the order's binding TradeGuard specification: the platform holds
# that requirement in writing (both sides accepted its SHA-256), like a listing's
# attributes, so no spec sheet needs uploading for it.
BINDING_SPECIFICATION = "binding_specification"

REQUIREMENT_SOURCE = ChecklistItem(
    "requirement_source",
    gettext_lazy("The written requirement: specification, contract, drawing or listing"),
    (E.SPEC_SHEET, E.SALES_CONTRACT, E.DESIGN_DRAWING),
    True,
    ("listing_attribute", BINDING_SPECIFICATION),
)
NONCONFORMITY = ChecklistItem(
    "nonconformity",
    gettext_lazy("Proof of the nonconformity: photos, video, inspection or lab report"),
    (E.PRODUCT_PHOTO, E.PRODUCT_VIDEO, E.INSPECTION_REPORT, E.LAB_REPORT),
    True,
)
THIRD_PARTY = ChecklistItem(
    "third_party",
    gettext_lazy("An independent inspection or lab report"),
    (E.INSPECTION_REPORT, E.LAB_REPORT),
    False,
)
CHAT = ChecklistItem(
    "communication", gettext_lazy("Your messages with the supplier"), (E.COMMUNICATION_LOG,), False
)
SHIPPING = ChecklistItem(
    "shipping",
    gettext_lazy("Shipping or tracking documents"),
    (E.SHIPPING_DOCUMENT, E.CUSTOMS_DOCUMENT),
    False,
)
CONTRACT = ChecklistItem("contract", gettext_lazy("The sales contract"), (E.SALES_CONTRACT,), True)
PAYMENT = ChecklistItem(
    "payment", gettext_lazy("Proof of payment (transaction record)"), (E.TRANSACTION_RECORD,), True
)

REASON_CHECKLIST: dict[str, tuple[ChecklistItem, ...]] = {
    R.NOT_AS_DESCRIBED: (REQUIREMENT_SOURCE, NONCONFORMITY, THIRD_PARTY, CHAT),
    R.COMPLIANCE: (
        REQUIREMENT_SOURCE,
        ChecklistItem(
            "missing_documents",
            gettext_lazy("Proof of what is missing: photos of labels, customs or lab documents"),
            (E.PRODUCT_PHOTO, E.CUSTOMS_DOCUMENT, E.LAB_REPORT, E.INSPECTION_REPORT),
            True,
        ),
        CHAT,
    ),
    R.DEFECTIVE_OR_DAMAGED: (
        ChecklistItem(
            "damage",
            gettext_lazy("Photos or video of the defect or damage"),
            (E.PRODUCT_PHOTO, E.PRODUCT_VIDEO),
            True,
        ),
        THIRD_PARTY,
        SHIPPING,
        CHAT,
    ),
    R.QUANTITY_SHORTAGE: (
        ChecklistItem(
            "count",
            gettext_lazy(
                "What arrived: photos of the goods and packing list, or an inspection report"
            ),
            (E.PRODUCT_PHOTO, E.PRODUCT_VIDEO, E.INSPECTION_REPORT, E.SHIPPING_DOCUMENT),
            True,
        ),
        ChecklistItem(
            "ordered",
            gettext_lazy("What was ordered: contract or spec sheet"),
            (E.SALES_CONTRACT, E.SPEC_SHEET),
            False,
        ),
        CHAT,
    ),
    R.NOT_RECEIVED: (SHIPPING, CHAT),
    R.LATE_SHIPMENT: (
        ChecklistItem(
            "agreed_date",
            gettext_lazy("The agreed ship-by date (contract)"),
            (E.SALES_CONTRACT,),
            False,
        ),
        SHIPPING,
        CHAT,
    ),
    R.CANCELLATION_REFUND: (
        ChecklistItem(
            "cancellation",
            gettext_lazy("The cancellation and the supplier's promise to refund (messages)"),
            (E.COMMUNICATION_LOG,),
            False,
        ),
    ),
    R.OTHER: (CHAT,),
}


def checklist(order_kind: str, reason: str) -> tuple[ChecklistItem, ...]:
    """Which evidence a case of this (order kind, reason) needs and which helps."""
    items = REASON_CHECKLIST.get(reason, (CHAT,))
    if order_kind == "offline":
        # The platform has no record of an offline deal: the contract and the payment
        # must be proven, always.
        items = (CONTRACT, PAYMENT, *[i for i in items if i.key != "contract"])
    else:
        items = (*items,)
    return items


@dataclass(frozen=True, slots=True)
class ChecklistLine:
    item: ChecklistItem
    done: bool
    drafted: bool  # only drafts cover it so far

    @property
    def note(self) -> str:
        """'(required)', '(recommended; only in a draft, submit it)' ..."""
        return str(_CHECKLIST_NOTES[(self.item.required, self.drafted)])


_CHECKLIST_NOTES = {
    (True, False): gettext_lazy("(required)"),
    (False, False): gettext_lazy("(recommended)"),
    (True, True): gettext_lazy("(required; only in a draft, submit it)"),
    (False, True): gettext_lazy("(recommended; only in a draft, submit it)"),
}


@dataclass(frozen=True, slots=True)
class CaseStrength:
    lines: list[ChecklistLine]
    score: int  # 0..100
    label: str  # strong / fair / weak
    missing_required: list[Any]  # lazy labels of the required items not yet covered

    @property
    def complete(self) -> bool:
        return not self.missing_required

    @property
    def label_text(self) -> str:
        return str(STRENGTH_LABELS.get(self.label, self.label))


STRENGTH_LABELS = {
    "strong": pgettext_lazy("case strength", "strong"),
    "fair": pgettext_lazy("case strength", "fair"),
    "weak": pgettext_lazy("case strength", "weak"),
}


def case_strength(
    order_kind: str,
    reason: str,
    submitted_types: Collection[str],
    draft_types: Collection[str] = (),
    requirement_sources: Collection[str] = (),
) -> CaseStrength:
    lines = []
    earned = possible = 0
    for item in checklist(order_kind, reason):
        weight = 2 if item.required else 1
        done = bool(set(item.types) & set(submitted_types)) or bool(
            set(item.requirement_sources) & set(requirement_sources)
        )
        drafted = not done and bool(set(item.types) & set(draft_types))
        lines.append(ChecklistLine(item, done, drafted))
        possible += weight
        earned += weight if done else 0
    score = round(100 * earned / possible) if possible else 100
    missing = [line.item.label for line in lines if line.item.required and not line.done]
    label = (
        "strong"
        if score >= 80 and not missing
        else "fair"
        if not missing or score >= 50
        else "weak"
    )
    return CaseStrength(lines, score, label, missing)


# --- Lifecycle ---------------------------------------------------------------------------

OPEN_STATUSES = frozenset({S.AWAITING_RESPONSE, S.NEGOTIATING, S.ESCALATED, S.UNDER_REVIEW})
# Statuses in which the case is not over (one open dispute per order and reason).
ACTIVE_STATUSES = OPEN_STATUSES | {S.DECIDED, S.APPEALED}
FINAL_STATUSES = frozenset({S.SETTLED, S.WITHDRAWN, S.CLOSED})

# The only moves a dispute can make.
TRANSITIONS: dict[DisputeStatus, frozenset[DisputeStatus]] = {
    S.AWAITING_RESPONSE: frozenset({S.NEGOTIATING, S.ESCALATED, S.SETTLED, S.WITHDRAWN}),
    S.NEGOTIATING: frozenset({S.ESCALATED, S.SETTLED, S.WITHDRAWN}),
    S.ESCALATED: frozenset({S.UNDER_REVIEW, S.SETTLED, S.WITHDRAWN}),
    S.UNDER_REVIEW: frozenset({S.DECIDED, S.SETTLED, S.WITHDRAWN}),
    S.DECIDED: frozenset({S.APPEALED, S.CLOSED}),
    S.APPEALED: frozenset({S.DECIDED}),
    S.SETTLED: frozenset(),
    S.WITHDRAWN: frozenset(),
    S.CLOSED: frozenset(),
}

# The column each status stamps when the case enters it.
STATUS_STAMP: dict[DisputeStatus, str] = {
    S.NEGOTIATING: "negotiating_at",
    S.ESCALATED: "escalated_at",
    S.UNDER_REVIEW: "under_review_at",
    S.DECIDED: "decided_at",
    S.APPEALED: "appealed_at",
    S.SETTLED: "settled_at",
    S.WITHDRAWN: "withdrawn_at",
    S.CLOSED: "closed_at",
}

# Evidence may be added until the case is over (after a decision: for an appeal).
EVIDENCE_OPEN_STATUSES = OPEN_STATUSES | {S.DECIDED, S.APPEALED}
# Proposals and their acceptance: any time before a decision.
PROPOSAL_STATUSES = OPEN_STATUSES


def can_move(frm: str, to: str) -> bool:
    return DisputeStatus(to) in TRANSITIONS[DisputeStatus(frm)]


def response_due(opened_at: dt.datetime) -> dt.datetime:
    return opened_at + days("response_days")


def auto_escalate_due(opened_at: dt.datetime) -> dt.datetime:
    return opened_at + days("auto_escalate_days")


def evidence_due(escalated_at: dt.datetime) -> dt.datetime:
    return escalated_at + days("evidence_window_days")


def decision_due(review_from: dt.datetime) -> dt.datetime:
    from tradeguard.common.workdays import add_working_days

    return add_working_days(
        review_from, int(setting("decision_working_days")), str(setting("working_days_country"))
    )


def reminders(due_at: dt.datetime, hours: Iterable[int], now: dt.datetime) -> list[dt.datetime]:
    """Reminder instants before `due_at` that are still in the future."""
    from tradeguard.common.clock import reminder_instants

    return reminder_instants(due_at, hours, now)


@dataclass(frozen=True, slots=True)
class NextAction:
    party: str  # buyer / supplier / platform / both / "" (nobody)
    text: str
    due_at: dt.datetime | None = None


# --- Specification evidence (the specs app's findings) -------------------------------------

_CLAUSE_PREFIX = re.compile(r"^\s*(?:clause|cl\.?|section|sec\.?|§|art\.?|item|no\.?|#)\s*", re.I)
_CLAUSE_SPLIT = re.compile(r"[\s,;:()\[\]]+")


def clause_id_for(reference: str, known_ids: Collection[str]) -> str:
    """The spec clause id a buyer's reference names: "Clause 3.2", "§3.2 Bottle height",
    "3.2" -> "3.2" when the order's spec has it (case-insensitive). A reference naming no
    known clause gives its first numbered word, else the reference itself (the specs app
    then reports it as not in the spec); "" when there is nothing to name."""
    canonical = {cid.lower(): cid for cid in known_ids}
    text = (reference or "").strip()
    if text.lower() in canonical:
        return canonical[text.lower()]
    rest = _CLAUSE_PREFIX.sub("", text, count=1)
    words = [w.rstrip(".") for w in _CLAUSE_SPLIT.split(rest) if w.strip(".")]
    for word in words:
        if word.lower() in canonical:
            return canonical[word.lower()]
    for word in _CLAUSE_SPLIT.split(text):
        if word.rstrip(".").lower() in canonical:
            return canonical[word.rstrip(".").lower()]
    numbered = [w for w in words if any(ch.isdigit() for ch in w)]
    return numbered[0] if numbered else rest[:40].strip()


@dataclass(frozen=True, slots=True)
class SuggestedDecision:
    """What the decision form is pre-filled with from the specs app's recommendation;
    the officer changes it or not, and nothing happens until the officer submits."""

    outcome: str | None  # a DecisionOutcome, or None when the evidence decides nothing
    refund_amount: Decimal | None
    note: str = ""


def suggested_decision(
    *, recommended: str, amount: Decimal, requested_outcome: str, cap: Decimal
) -> SuggestedDecision:
    """Map a recommendation onto the decision form: a rejected lot -> full refund (or
    return and refund, when that is what the buyer asked for); a share -> partial refund;
    cited clauses met -> for the supplier. Amounts never exceed `cap` (the covered amount;
    an offline order's total)."""
    capped = min(amount, cap)
    note = (
        gettext(
            "The recommended %(amount)s is more than can be awarded here (%(cap)s); capped at %(capped)s."
        )
        % {"amount": f"{amount:f}", "cap": f"{cap:f}", "capped": f"{capped:f}"}
        if amount > cap
        else ""
    )
    if recommended == SpecOutcome.FULL_REFUND_OR_RETURN:
        outcome = (
            DecisionOutcome.RETURN_AND_REFUND
            if requested_outcome == RequestedOutcome.RETURN_AND_REFUND
            else DecisionOutcome.BUYER_FULL
        )
        return SuggestedDecision(outcome, capped, note)
    if recommended == SpecOutcome.PARTIAL_REFUND and capped > 0:
        return SuggestedDecision(DecisionOutcome.BUYER_PARTIAL, capped, note)
    if recommended == SpecOutcome.NO_REFUND:
        return SuggestedDecision(DecisionOutcome.SUPPLIER, Decimal(0))
    return SuggestedDecision(None, None)
