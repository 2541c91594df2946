"""A report's verdict in the reader's language, for the inspection page.

`verdicts.compute_verdict` writes its sections and notes in English: a signed report
stores and hashes those words, and the API returns them. The page rebuilds each sentence
from the verdict's data in the language of whoever reads it (a Chinese supplier and an
English buyer read the same report). What people wrote (clause texts, test names, the
inspector's notes) is shown as written.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from tradeguard.common.i18n.text import label_of
from tradeguard.specs.clauses import describe_target_text
from tradeguard.specs.enums import InspectionSeverity, Severity
from tradeguard.specs.evidence import clause_explanation
from tradeguard.specs.verdicts import ClassVerdict, ReportVerdict, class_plans

SECTION_TITLES = {
    "quantity": gettext_lazy("Quantity"),
    "workmanship": gettext_lazy("Workmanship (AQL)"),
    "measurements": gettext_lazy("Specification and measurements"),
    "tests": gettext_lazy("On-site tests"),
    "packing": gettext_lazy("Packing and labeling"),
}


@dataclass(frozen=True, slots=True)
class SectionText:
    key: str
    title: str
    verdict: str
    notes: list[str]


@dataclass(frozen=True, slots=True)
class ClauseRow:
    """One clause of the verdict with its target in the reader's language."""

    verdict: Any  # the ClauseVerdict
    target: str


def _quantity(verdict: ReportVerdict, tolerance: Any) -> list[str]:
    presented, ordered = verdict.quantity_presented, verdict.quantity_ordered
    if presented is None or not ordered:
        return [_("Record the quantity presented.")]
    diff = (presented - ordered) * 100 / ordered
    return [
        _("%(presented)s presented of %(ordered)s ordered (%(diff)s%%; allowed ±%(tol)s%%).")
        % {"presented": presented, "ordered": ordered, "diff": f"{diff:+.1f}", "tol": tolerance}
    ]


def _class_note(c: ClassVerdict, content: dict[str, Any], plan: Any) -> str:
    severity = str(label_of(Severity, c.severity))
    workmanship = sum(
        d.get("units", 0) for d in content.get("defects", []) if d.get("severity") == c.severity
    )
    values = {
        "severity": severity,
        "aql": c.aql if c.aql and c.aql != "0 allowed" else _("0 allowed"),
        "inspection": str(label_of(InspectionSeverity, plan.inspection)).lower() if plan else "",
        "letter": c.code_letter,
        "n": c.required_sample,
        "ac": c.accept,
        "re": c.reject,
        "found": c.found,
        "workmanship": workmanship,
        "clauses": c.found - workmanship,
        "drawn": content.get("sample_size"),
    }
    if plan is None or content.get("sample_size") is None:
        return _("%(severity)s: record the lot size and the units drawn") % values
    head = (
        _(
            "%(severity)s (AQL %(aql)s, %(inspection)s, %(letter)s, n=%(n)s, Ac %(ac)s/Re "
            "%(re)s): %(found)s found (%(workmanship)s workmanship + %(clauses)s out of "
            "tolerance)"
        )
        % values
    )
    if c.verdict == "fail":
        tail = _("lot rejected")
    elif c.verdict == "pending":
        tail = _("only %(drawn)s of the %(n)s units the plan needs were drawn") % values
    else:
        tail = _("accepted")
    return f"{head} → {tail}"


def verdict_for_reader(
    verdict: ReportVerdict,
    *,
    content: dict[str, Any],
    clauses: list[dict[str, Any]],
    plan_settings: dict[str, Any],
    quantity_tolerance: Any,
) -> tuple[list[SectionText], list[ClauseRow]]:
    """The verdict's sections and clause rows in the active language."""
    by_id = {c["clause_id"]: c for c in clauses}
    lot = content.get("lot_size")
    plans = class_plans(plan_settings, lot) if lot else {}
    clause_notes: dict[str, str] = {}
    for cv in verdict.clauses:
        clause = by_id.get(cv.clause_id)
        clause_notes[cv.clause_id] = clause_explanation(clause, cv) if clause else cv.explanation
    notes: dict[str, list[str]] = {
        "quantity": _quantity(verdict, quantity_tolerance),
        "workmanship": [_class_note(c, content, plans.get(c.severity)) for c in verdict.classes],
        "tests": [
            (_("%(test)s: pass") if t.get("passed") else _("%(test)s: fail"))
            % {"test": t.get("name", "")}
            + (f" ({t['notes']})" if t.get("notes") else "")
            for t in content.get("tests", [])
        ]
        or [_("No on-site tests recorded.")],
    }
    empty = {
        "measurements": _("No measurable clauses."),
        "packing": _("No labeling or packaging clauses."),
    }
    sections = []
    for s in verdict.sections:
        if s.key in ("measurements", "packing"):
            # The same clauses the English notes list, in the same order.
            shown = [
                clause_notes[cv.clause_id]
                for cv in verdict.clauses
                if cv.explanation in s.notes and cv.clause_id in clause_notes
            ]
            texts = shown or [empty[s.key]]
        else:
            texts = notes.get(s.key, s.notes)
        sections.append(
            SectionText(s.key, str(SECTION_TITLES.get(s.key, s.title)), s.verdict, texts)
        )
    rows = [
        ClauseRow(cv, describe_target_text((by_id.get(cv.clause_id) or {}).get("target")) or "")
        for cv in verdict.clauses
    ]
    return sections, rows
