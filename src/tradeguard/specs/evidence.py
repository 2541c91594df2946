"""Evidence-backed findings and recommendations for disputes (pure: no database).

Given the clauses a dispute cites and the order's signed inspection reports, say per
clause whether the evidence proves it broken, and recommend an outcome with its
arithmetic:
- a cited clause broken at lot level (units out of tolerance >= Re) -> the lot is
  rejected -> full refund, or return of the goods and refund;
- a shortage (quantity presented below the quantity ordered) -> missing units x unit
  price;
- defective units found without a lot rejection -> their share: the largest share
  found in the sample for a cited clause x the units delivered x unit price.
The recommendation is always explained and is never applied without the officer.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from tradeguard.common.formatting import format_percent
from tradeguard.common.money import format_money, quantize
from tradeguard.specs.verdicts import ReportVerdict, clause_label


class FindingStatus:
    BROKEN = "broken"  # the evidence proves the clause broken and the lot rejected
    DEFECTIVE_UNITS = "defective_units"  # some units fail, not enough to reject the lot
    NOT_BROKEN = "not_broken"
    INCONCLUSIVE = "inconclusive"  # checked, but the sample is incomplete
    NO_EVIDENCE = "no_evidence"
    UNKNOWN_CLAUSE = "unknown_clause"


class Outcome:
    FULL_REFUND_OR_RETURN = "full_refund_or_return"
    PARTIAL_REFUND = "partial_refund"
    NO_REFUND = "no_refund"
    INSUFFICIENT_EVIDENCE = "insufficient_evidence"


OUTCOME_LABELS = {
    Outcome.FULL_REFUND_OR_RETURN: "Full refund, or return and refund",
    Outcome.PARTIAL_REFUND: "Partial refund",
    Outcome.NO_REFUND: "No refund",
    Outcome.INSUFFICIENT_EVIDENCE: "No recommendation: the evidence decides nothing",
}


@dataclass(frozen=True, slots=True)
class ReportEvidence:
    report_id: int
    inspection_id: int
    label: str  # "Pre-shipment inspection #4, report v1, signed 2026-05-02 by QualiSpect"
    verdict: ReportVerdict
    url: str = ""


@dataclass(frozen=True, slots=True)
class ClauseFinding:
    clause_id: str
    clause_text: str
    severity: str
    status: str
    proven_broken: bool
    lot_rejected: bool
    explanation: str
    measured: int = 0
    out_of_tolerance: int = 0
    report_id: int | None = None
    report_label: str = ""
    report_url: str = ""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Recommendation:
    outcome: str
    amount: Decimal
    currency: str
    explanation: str
    arithmetic: list[str] = field(default_factory=list)
    findings: list[ClauseFinding] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["amount"] = str(self.amount)
        return data

    @property
    def amount_text(self) -> str:
        return format_money(self.amount, self.currency)

    @property
    def outcome_label(self) -> str:
        return OUTCOME_LABELS.get(self.outcome, self.outcome)


def clause_findings(
    cited_clause_ids: list[str],
    clauses: list[dict[str, Any]],
    reports: list[ReportEvidence],
) -> list[ClauseFinding]:
    """One finding per cited clause, from the latest signed report (reports are given
    oldest first) that checked it."""
    by_id = {c["clause_id"]: c for c in clauses}
    findings = []
    for cid in dict.fromkeys(c.strip() for c in cited_clause_ids if c and c.strip()):
        clause = by_id.get(cid)
        if clause is None:
            findings.append(
                ClauseFinding(
                    cid,
                    "",
                    "",
                    FindingStatus.UNKNOWN_CLAUSE,
                    False,
                    False,
                    f"Clause {cid} is not in the specification accepted for this order.",
                )
            )
            continue
        chosen = None
        for report in reversed(reports):
            cv = report.verdict.clause(cid)
            if cv is not None and cv.source != "none":
                chosen = (report, cv)
                break
        if chosen is None:
            findings.append(
                ClauseFinding(
                    cid,
                    clause["text"],
                    clause["severity"],
                    FindingStatus.NO_EVIDENCE,
                    False,
                    False,
                    f"{clause_label(clause)}: no signed inspection report checked this clause.",
                )
            )
            continue
        report, cv = chosen
        if cv.verdict == "fail":
            status = FindingStatus.BROKEN
        elif cv.out_of_tolerance > 0:
            status = FindingStatus.DEFECTIVE_UNITS
        elif cv.verdict == "pending":
            status = FindingStatus.INCONCLUSIVE
        else:
            status = FindingStatus.NOT_BROKEN
        findings.append(
            ClauseFinding(
                cid,
                clause["text"],
                clause["severity"],
                status,
                status == FindingStatus.BROKEN,
                status == FindingStatus.BROKEN,
                f"{cv.explanation} ({report.label}).",
                cv.measured,
                cv.out_of_tolerance,
                report.report_id,
                report.label,
                report.url,
            )
        )
    return findings


def _units(value: Decimal) -> Decimal:
    return value.quantize(Decimal(1), rounding=ROUND_HALF_UP)


def recommend(
    *,
    findings: list[ClauseFinding],
    reports: list[ReportEvidence],
    order_total: Decimal,
    currency: str,
    quantity_ordered: Decimal | None,
    unit_price: Decimal | None,
    unit_price_note: str = "",
) -> Recommendation:
    money = lambda amount: format_money(amount, currency)  # noqa: E731 - local shorthand
    broken = [f for f in findings if f.status == FindingStatus.BROKEN]
    if broken:
        first = broken[0]
        lines: list[str] = [
            f"Clause {f.clause_id}: {f.out_of_tolerance} of {f.measured} sampled units fail "
            f"→ the lot is rejected."
            if f.measured
            else f"Clause {f.clause_id}: failed the on-site check → the lot is rejected."
            for f in broken
        ]
        lines.append(
            f"Rejected lot → full refund of the order total {money(order_total)}, or return of the goods and refund."
        )
        return Recommendation(
            Outcome.FULL_REFUND_OR_RETURN,
            quantize(order_total, currency),
            currency,
            f"The signed inspection evidence proves clause {first.clause_id} broken and the lot "
            "rejected under ISO 2859-1: recommend a full refund, or return and refund.",
            lines,
            findings,
        )
    lines = []
    amount = Decimal(0)
    latest = reports[-1].verdict if reports else None
    delivered = quantity_ordered
    if unit_price is not None and unit_price_note:
        lines.append(unit_price_note)
    if latest is not None and latest.quantity_ordered and latest.quantity_presented is not None:
        ordered = Decimal(latest.quantity_ordered)
        presented = Decimal(latest.quantity_presented)
        delivered = min(presented, ordered)
        if presented < ordered and unit_price is not None:
            missing = ordered - presented
            shortage = quantize(missing * unit_price, currency)
            amount += shortage
            lines.append(
                f"Shortage: {ordered:f} ordered - {presented:f} presented = {missing:f} missing "
                f"units x {money(unit_price)} = {money(shortage)}."
            )
    partial = [f for f in findings if f.status == FindingStatus.DEFECTIVE_UNITS and f.measured]
    if partial and unit_price is not None and delivered:
        worst = max(partial, key=lambda f: Decimal(f.out_of_tolerance) / Decimal(f.measured))
        share = Decimal(worst.out_of_tolerance) / Decimal(worst.measured)
        units = _units(share * Decimal(delivered))
        part = quantize(units * unit_price, currency)
        amount += part
        lines.append(
            f"Defective units (clause {worst.clause_id}): {worst.out_of_tolerance} of "
            f"{worst.measured} sampled units ({format_percent(share, 2)}) x {Decimal(delivered):f} "
            f"delivered units = {units:f} units x {money(unit_price)} = {money(part)}."
        )
    amount = min(amount, order_total)
    if amount > 0:
        lines.append(f"Recommended refund: {money(amount)}.")
        return Recommendation(
            Outcome.PARTIAL_REFUND,
            quantize(amount, currency),
            currency,
            "The evidence does not reject the lot, but shows a shortage or defective units: "
            "recommend refunding their share.",
            lines,
            findings,
        )
    if not findings or all(
        f.status
        in (FindingStatus.NO_EVIDENCE, FindingStatus.UNKNOWN_CLAUSE, FindingStatus.INCONCLUSIVE)
        for f in findings
    ):
        return Recommendation(
            Outcome.INSUFFICIENT_EVIDENCE,
            Decimal(0),
            currency,
            "No signed inspection evidence decides the cited clauses; decide on the parties' "
            "evidence.",
            lines,
            findings,
        )
    return Recommendation(
        Outcome.NO_REFUND,
        Decimal(0),
        currency,
        "The signed inspection evidence shows the cited clauses met: no refund is supported by it.",
        lines,
        findings,
    )
