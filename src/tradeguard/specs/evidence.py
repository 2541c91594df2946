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

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from tradeguard.common.formatting import format_percent
from tradeguard.common.i18n.text import money_locale
from tradeguard.common.money import format_money, quantize
from tradeguard.specs.clauses import describe_target_text
from tradeguard.specs.enums import Severity
from tradeguard.specs.verdicts import ClauseVerdict, ReportVerdict


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
    Outcome.FULL_REFUND_OR_RETURN: gettext_lazy("Full refund, or return and refund"),
    Outcome.PARTIAL_REFUND: gettext_lazy("Partial refund"),
    Outcome.NO_REFUND: gettext_lazy("No refund"),
    Outcome.INSUFFICIENT_EVIDENCE: gettext_lazy("No recommendation: the evidence decides nothing"),
}


def _money(amount: Decimal, currency: str) -> str:
    return format_money(amount, currency, locale=money_locale())


def clause_label_text(clause: dict[str, Any]) -> str:
    """'clause 3.2 Speaker length 180 mm ± 2' in the reader's language."""
    target = describe_target_text(clause.get("target"))
    if target:
        return _("clause %(id)s %(text)s %(target)s") % {
            "id": clause["clause_id"],
            "text": clause["text"],
            "target": target,
        }
    return _("clause %(id)s %(text)s") % {"id": clause["clause_id"], "text": clause["text"]}


def _severity(code: str) -> str:
    return str(Severity(code).label).lower() if code in Severity.values else code


def clause_explanation(clause: dict[str, Any], cv: ClauseVerdict) -> str:
    """What a report's verdict says about one clause, in the reader's language, from the
    verdict's data. (The verdict's own `explanation` stays as signed: English.)"""
    label = clause_label_text(clause)
    if cv.source == "check":
        # The inspector's note, as written, is what the signed sentence has in brackets.
        head = cv.explanation.split(": checked on site, ", 1)[-1]
        note = head.partition(" (")[2][:-1] if " (" in head else ""
        if cv.verdict == "pass":
            text = _("%(clause)s: checked on site, passed") % {"clause": label}
        else:
            text = _("%(clause)s: checked on site, failed") % {"clause": label}
        return text + (_(" (%(note)s)") % {"note": note} if note else "")
    if cv.source == "none":
        if cv.verdict == "pending":
            return _("%(clause)s: not checked in this report") % {"clause": label}
        return _("%(clause)s: not measurable, no finding recorded") % {"clause": label}
    values = {
        "clause": label,
        "out": cv.out_of_tolerance,
        "n": cv.measured,
        "severity": _severity(cv.severity),
        "ac": cv.accept,
        "more": (cv.required_sample or 0) - cv.measured,
        "sample": cv.required_sample,
    }
    target_type = (clause.get("target") or {}).get("type")
    if target_type in ("measure", "colour"):
        found = _("%(clause)s: %(out)s of %(n)s sampled units out of tolerance") % values
    else:
        found = _("%(clause)s: %(out)s of %(n)s sampled units failing") % values
    if cv.accept is None:
        tail = _("lot size not recorded yet")
    elif cv.verdict == "fail":
        tail = _("%(severity)s, Ac %(ac)s → lot rejected") % values
    elif cv.verdict == "pass":
        tail = _("%(severity)s, Ac %(ac)s → accepted") % values
    else:
        tail = (
            _(
                "%(severity)s, Ac %(ac)s; measure %(more)s more of the %(sample)s units the plan needs"
            )
            % values
        )
    return _("%(found)s; %(tail)s") % {"found": found, "tail": tail}


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
        return _money(self.amount, self.currency)

    @property
    def outcome_label(self) -> str:
        return str(OUTCOME_LABELS.get(self.outcome, self.outcome))


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
                    _("Clause %(id)s is not in the specification accepted for this order.")
                    % {"id": cid},
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
                    _("%(clause)s: no signed inspection report checked this clause.")
                    % {"clause": clause_label_text(clause)},
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
                _("%(finding)s (%(report)s).")
                % {"finding": clause_explanation(clause, cv), "report": report.label},
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
    money = lambda amount: _money(amount, currency)  # noqa: E731 - local shorthand
    broken = [f for f in findings if f.status == FindingStatus.BROKEN]
    if broken:
        first = broken[0]
        lines: list[str] = [
            _("Clause %(id)s: %(out)s of %(n)s sampled units fail → the lot is rejected.")
            % {"id": f.clause_id, "out": f.out_of_tolerance, "n": f.measured}
            if f.measured
            else _("Clause %(id)s: failed the on-site check → the lot is rejected.")
            % {"id": f.clause_id}
            for f in broken
        ]
        lines.append(
            _(
                "Rejected lot → full refund of the order total %(total)s, or return of the "
                "goods and refund."
            )
            % {"total": money(order_total)}
        )
        return Recommendation(
            Outcome.FULL_REFUND_OR_RETURN,
            quantize(order_total, currency),
            currency,
            _(
                "The signed inspection evidence proves clause %(id)s broken and the lot "
                "rejected under ISO 2859-1: recommend a full refund, or return and refund."
            )
            % {"id": first.clause_id},
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
                _(
                    "Shortage: %(ordered)s ordered - %(presented)s presented = %(missing)s "
                    "missing units x %(price)s = %(amount)s."
                )
                % {
                    "ordered": f"{ordered:f}",
                    "presented": f"{presented:f}",
                    "missing": f"{missing:f}",
                    "price": money(unit_price),
                    "amount": money(shortage),
                }
            )
    partial = [f for f in findings if f.status == FindingStatus.DEFECTIVE_UNITS and f.measured]
    if partial and unit_price is not None and delivered:
        worst = max(partial, key=lambda f: Decimal(f.out_of_tolerance) / Decimal(f.measured))
        share = Decimal(worst.out_of_tolerance) / Decimal(worst.measured)
        units = _units(share * Decimal(delivered))
        part = quantize(units * unit_price, currency)
        amount += part
        lines.append(
            _(
                "Defective units (clause %(id)s): %(out)s of %(n)s sampled units (%(share)s) "
                "x %(delivered)s delivered units = %(units)s units x %(price)s = %(amount)s."
            )
            % {
                "id": worst.clause_id,
                "out": worst.out_of_tolerance,
                "n": worst.measured,
                "share": format_percent(share, 2),
                "delivered": f"{Decimal(delivered):f}",
                "units": f"{units:f}",
                "price": money(unit_price),
                "amount": money(part),
            }
        )
    amount = min(amount, order_total)
    if amount > 0:
        lines.append(_("Recommended refund: %(amount)s.") % {"amount": money(amount)})
        return Recommendation(
            Outcome.PARTIAL_REFUND,
            quantize(amount, currency),
            currency,
            _(
                "The evidence does not reject the lot, but shows a shortage or defective "
                "units: recommend refunding their share."
            ),
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
            _(
                "No signed inspection evidence decides the cited clauses; decide on the "
                "parties' evidence."
            ),
            lines,
            findings,
        )
    return Recommendation(
        Outcome.NO_REFUND,
        Decimal(0),
        currency,
        _(
            "The signed inspection evidence shows the cited clauses met: no refund is "
            "supported by it."
        ),
        lines,
        findings,
    )
