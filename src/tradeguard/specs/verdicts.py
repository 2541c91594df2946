"""Inspection report content and verdicts (pure: no database). Verdicts are computed,
never typed.

Report content (JSON):
    {"lot_size": 1000, "sample_size": 80, "quantity_presented": 990,
     "defects": [{"severity": "major", "description": "Scratched lid", "units": 2,
                  "photos": [12], "clause_id": ""}],
     "measurements": [{"clause_id": "3.2", "values": [120.4, {"value": 4.75, "unit": "in"}]}],
     "tests": [{"name": "Drop test 1 m", "passed": true, "notes": ""}],
     "checks": [{"clause_id": "6.1", "passed": true, "notes": "CE mark on carton"}],
     "notes": ""}

Rules:
- Per defect class (critical / major / minor) the plan comes from the inspection's
  settings (level, AQL, normal/tightened/reduced); critical defects with no AQL use
  Ac 0 / Re 1 on the major sample. Defects found = workmanship defective units of the
  class + sampled units out of tolerance whose most serious failing clause has that
  severity (a unit counts once, under its most serious failing clause). d <= Ac passes,
  d >= Re fails; fewer units drawn than the plan needs is pending unless already
  rejected.
- Per measurable clause: units out of tolerance against the plan of the clause's
  severity ("7 of 80 sampled units out of tolerance; major, Ac 5 -> lot rejected").
- Sections: quantity (presented within +/- tolerance % of ordered), workmanship (AQL
  classes), measurements (clauses), on-site tests, packing and labeling (labeling /
  packaging clauses, checked or measured). Overall: any failed section fails the
  report; otherwise any pending section leaves it pending; otherwise pass.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _

from tradeguard.common.errors import ApplicationError
from tradeguard.specs import aql
from tradeguard.specs.clauses import check_value, describe_target
from tradeguard.specs.enums import ClauseKind, Severity, SpecsErrorCode, Verdict

SEVERITY_ORDER = (Severity.CRITICAL, Severity.MAJOR, Severity.MINOR)
PACKING_KINDS = (ClauseKind.LABELING, ClauseKind.PACKAGING)


def default_plan_settings(
    *,
    level: str = "II",
    aql_critical: str = "",
    aql_major: str = "2.5",
    aql_minor: str = "4.0",
    inspections: dict[str, str] | None = None,
) -> dict[str, Any]:
    inspections = inspections or {}
    return {
        "level": aql.parse_level(level),
        "classes": {
            "critical": {
                "aql": aql.aql_label(aql.parse_aql(aql_critical)) if aql_critical else "",
                "inspection": inspections.get("critical", "normal"),
            },
            "major": {
                "aql": aql.aql_label(aql.parse_aql(aql_major)),
                "inspection": inspections.get("major", "normal"),
            },
            "minor": {
                "aql": aql.aql_label(aql.parse_aql(aql_minor)),
                "inspection": inspections.get("minor", "normal"),
            },
        },
    }


def class_plans(settings: dict[str, Any], lot_size: int) -> dict[str, aql.SamplingPlan]:
    level = settings.get("level", "II")
    classes = settings["classes"]
    plans: dict[str, aql.SamplingPlan] = {}
    for severity in ("major", "minor"):
        c = classes[severity]
        plans[severity] = aql.sampling_plan(
            lot_size=lot_size, level=level, aql=c["aql"], inspection=c["inspection"]
        )
    crit = classes["critical"]
    if crit.get("aql"):
        plans["critical"] = aql.sampling_plan(
            lot_size=lot_size, level=level, aql=crit["aql"], inspection=crit["inspection"]
        )
    else:
        plans["critical"] = aql.critical_plan(plans["major"])
    return {s: plans[s] for s in SEVERITY_ORDER}


def _err(field_name: str, reason: str) -> ApplicationError:
    return ApplicationError(
        SpecsErrorCode.INVALID_CLAUSE, reason, fields={field_name: reason}, status=422
    )


def _int(value: object, field_name: str, minimum: int, what: str) -> int:
    if isinstance(value, bool):
        raise _err(field_name, f"Give the {what} as a whole number.")
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        raise _err(field_name, f"Give the {what} as a whole number.") from None
    if number < minimum:
        raise _err(field_name, f"The {what} must be at least {minimum}.")
    return number


def _bool(value: object, field_name: str) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in {"true", "yes", "pass", "1", "y", "on"}:
        return True
    if text in {"false", "no", "fail", "0", "n", "off"}:
        return False
    raise _err(field_name, "Give true (pass) or false (fail).")


def validate_content(
    raw: object,
    clauses: list[dict[str, Any]],
    *,
    photo_ids: Collection[int] = (),
) -> dict[str, Any]:
    """Normalise a report draft; every bad value is an error naming its field."""
    if not isinstance(raw, dict):
        raise _err("content", "The report must be a JSON object.")
    by_id = {c["clause_id"]: c for c in clauses}
    out: dict[str, Any] = {}
    if raw.get("lot_size") not in (None, ""):
        out["lot_size"] = _int(raw["lot_size"], "lot_size", 1, "lot size")
    if raw.get("sample_size") not in (None, ""):
        out["sample_size"] = _int(raw["sample_size"], "sample_size", 1, "number of units drawn")
        if out.get("lot_size") and out["sample_size"] > out["lot_size"]:
            raise ApplicationError(
                SpecsErrorCode.SAMPLE_MISMATCH,
                _("More units drawn than the lot holds."),
                fields={"sample_size": _("The sample cannot be larger than the lot size.")},
            )
    if raw.get("quantity_presented") not in (None, ""):
        out["quantity_presented"] = _int(
            raw["quantity_presented"], "quantity_presented", 0, "quantity presented"
        )
    defects = []
    for i, d in enumerate(raw.get("defects") or []):
        f = f"defects.{i}"
        if not isinstance(d, dict):
            raise _err(f, "Each defect must be an object.")
        severity = str(d.get("severity") or "").lower()
        if severity not in Severity.values:
            raise _err(f"{f}.severity", "Use critical, major or minor.")
        description = str(d.get("description") or "").strip()
        if not description:
            raise _err(f"{f}.description", "Describe the defect (e.g. 'scratch on the lid').")
        photos = []
        for j, p in enumerate(d.get("photos") or []):
            pid = _int(p, f"{f}.photos.{j}", 1, "photo id")
            if pid not in photo_ids:
                raise _err(f"{f}.photos.{j}", "Upload the photo to this inspection first.")
            photos.append(pid)
        clause_id = str(d.get("clause_id") or "").strip()
        if clause_id and clause_id not in by_id:
            raise ApplicationError(
                SpecsErrorCode.UNKNOWN_CLAUSE,
                _("Clause %(clause_id)s is not in the inspected spec version.")
                % {"clause_id": clause_id},
                fields={
                    f"{f}.clause_id": _("Use a clause id of the spec version, or leave it out.")
                },
            )
        defects.append(
            {
                "severity": severity,
                "description": description[:500],
                "units": _int(d.get("units", 1), f"{f}.units", 1, "number of defective units"),
                "photos": photos,
                "clause_id": clause_id,
            }
        )
    out["defects"] = defects
    measurements = []
    seen: set[str] = set()
    for i, m in enumerate(raw.get("measurements") or []):
        f = f"measurements.{i}"
        if not isinstance(m, dict):
            raise _err(f, "Each measurement must be an object with clause_id and values.")
        cid = str(m.get("clause_id") or "").strip()
        clause = by_id.get(cid)
        if clause is None:
            raise ApplicationError(
                SpecsErrorCode.UNKNOWN_CLAUSE,
                _("Clause %(cid)s is not in the inspected spec version.") % {"cid": repr(cid)},
                fields={f"{f}.clause_id": _("Use a clause id of the spec version.")},
            )
        if not clause.get("target"):
            raise _err(f"{f}.clause_id", f"Clause {cid} has no measurable target.")
        if cid in seen:
            raise _err(f"{f}.clause_id", f"Clause {cid} is measured twice; merge the values.")
        seen.add(cid)
        values = m.get("values") or []
        if not isinstance(values, list):
            raise _err(f"{f}.values", "Give one value per sampled unit, as a list.")
        for j, v in enumerate(values):
            check_value(clause["target"], v, field=f"{f}.values.{j}")
        measurements.append({"clause_id": cid, "values": values})
    out["measurements"] = measurements
    tests = []
    for i, t in enumerate(raw.get("tests") or []):
        f = f"tests.{i}"
        if not isinstance(t, dict) or not str(t.get("name") or "").strip():
            raise _err(f"{f}.name", "Name the test (e.g. 'Drop test 1 m').")
        tests.append(
            {
                "name": str(t["name"]).strip()[:200],
                "passed": _bool(t.get("passed"), f"{f}.passed"),
                "notes": str(t.get("notes") or "").strip()[:1000],
            }
        )
    out["tests"] = tests
    checks = []
    for i, c in enumerate(raw.get("checks") or []):
        f = f"checks.{i}"
        cid = str((c or {}).get("clause_id") or "").strip() if isinstance(c, dict) else ""
        if cid not in by_id:
            raise ApplicationError(
                SpecsErrorCode.UNKNOWN_CLAUSE,
                _("Clause %(cid)s is not in the inspected spec version.") % {"cid": repr(cid)},
                fields={f"{f}.clause_id": _("Use a labeling or packaging clause id of the spec.")},
            )
        checks.append(
            {
                "clause_id": cid,
                "passed": _bool(c.get("passed"), f"{f}.passed"),
                "notes": str(c.get("notes") or "").strip()[:1000],
            }
        )
    out["checks"] = checks
    out["notes"] = str(raw.get("notes") or "").strip()[:5000]
    return out


@dataclass(frozen=True, slots=True)
class ClassVerdict:
    severity: str
    aql: str
    code_letter: str
    required_sample: int
    accept: int
    reject: int
    found: int
    verdict: str
    explanation: str


@dataclass(frozen=True, slots=True)
class ClauseVerdict:
    clause_id: str
    text: str
    kind: str
    severity: str
    target: str
    measured: int
    out_of_tolerance: int
    accept: int | None
    reject: int | None
    required_sample: int | None
    verdict: str
    explanation: str
    values: list[str] = field(default_factory=list)
    source: str = "measurement"  # measurement | check | none


@dataclass(frozen=True, slots=True)
class SectionVerdict:
    key: str
    title: str
    verdict: str
    notes: list[str]


@dataclass(frozen=True, slots=True)
class ReportVerdict:
    overall: str
    sections: list[SectionVerdict]
    classes: list[ClassVerdict]
    clauses: list[ClauseVerdict]
    quantity_ordered: int | None
    quantity_presented: int | None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def clause(self, clause_id: str) -> ClauseVerdict | None:
        return next((c for c in self.clauses if c.clause_id == clause_id), None)

    def klass(self, severity: str) -> ClassVerdict | None:
        return next((c for c in self.classes if c.severity == severity), None)


def _combine(verdicts: list[str]) -> str:
    if Verdict.FAIL in verdicts:
        return Verdict.FAIL
    if Verdict.PENDING in verdicts:
        return Verdict.PENDING
    return Verdict.PASS


def clause_label(clause: dict[str, Any]) -> str:
    target = describe_target(clause.get("target"))
    text = clause["text"]
    return f"clause {clause['clause_id']} {text}" + (f" {target}" if target else "")


def compute_verdict(
    *,
    content: dict[str, Any],
    clauses: list[dict[str, Any]],
    settings: dict[str, Any],
    quantity_ordered: int | None,
    quantity_tolerance_percent: Decimal | int = 5,
) -> ReportVerdict:
    lot = content.get("lot_size")
    drawn = content.get("sample_size")
    plans = class_plans(settings, lot) if lot else None
    sections: list[SectionVerdict] = []

    # Quantity
    presented = content.get("quantity_presented")
    if presented is None or not quantity_ordered:
        qty = SectionVerdict(
            "quantity", "Quantity", Verdict.PENDING, ["Record the quantity presented."]
        )
    else:
        tol = Decimal(quantity_tolerance_percent)
        diff = Decimal(presented - quantity_ordered) * 100 / Decimal(quantity_ordered)
        ok = abs(diff) <= tol
        qty = SectionVerdict(
            "quantity",
            "Quantity",
            Verdict.PASS if ok else Verdict.FAIL,
            [
                f"{presented} presented of {quantity_ordered} ordered ({diff:+.1f}%; "
                f"allowed ±{tol}%)."
            ],
        )
    sections.append(qty)

    # Clauses measured per unit
    by_id = {c["clause_id"]: c for c in clauses}
    measured = {m["clause_id"]: m["values"] for m in content.get("measurements", [])}
    checks = {c["clause_id"]: c for c in content.get("checks", [])}
    rank: dict[str, int] = {str(s): i for i, s in enumerate(SEVERITY_ORDER)}
    worst_per_unit: dict[int, str] = {}
    clause_verdicts: list[ClauseVerdict] = []
    for clause in clauses:
        cid = clause["clause_id"]
        target = clause.get("target")
        label = clause_label(clause)
        plan = plans[clause["severity"]] if plans else None
        if cid in measured and target:
            results = [check_value(target, v) for v in measured[cid]]
            out = sum(1 for r in results if not r.ok)
            for index, r in enumerate(results):
                if not r.ok:
                    current = worst_per_unit.get(index)
                    if current is None or rank[clause["severity"]] < rank[current]:
                        worst_per_unit[index] = clause["severity"]
            n = len(results)
            if plan is None:
                verdict, tail = Verdict.PENDING, "lot size not recorded yet"
            elif out >= plan.reject:
                verdict, tail = (
                    Verdict.FAIL,
                    f"{clause['severity']}, Ac {plan.accept} → lot rejected",
                )
            elif n >= plan.sample_size:
                verdict, tail = Verdict.PASS, f"{clause['severity']}, Ac {plan.accept} → accepted"
            else:
                verdict, tail = (
                    Verdict.PENDING,
                    f"{clause['severity']}, Ac {plan.accept}; measure {plan.sample_size - n} "
                    f"more of the {plan.sample_size} units the plan needs",
                )
            unit_word = "unit" if n == 1 else "units"
            what = "out of tolerance" if target["type"] in ("measure", "colour") else "failing"
            explanation = f"{label}: {out} of {n} sampled {unit_word} {what}; {tail}"
            clause_verdicts.append(
                ClauseVerdict(
                    cid,
                    clause["text"],
                    clause["kind"],
                    clause["severity"],
                    describe_target(target),
                    n,
                    out,
                    plan.accept if plan else None,
                    plan.reject if plan else None,
                    plan.sample_size if plan else None,
                    verdict,
                    explanation,
                    [r.shown for r in results],
                )
            )
        elif cid in checks:
            passed = checks[cid]["passed"]
            note = checks[cid]["notes"]
            explanation = f"{label}: checked on site, {'passed' if passed else 'failed'}" + (
                f" ({note})" if note else ""
            )
            clause_verdicts.append(
                ClauseVerdict(
                    cid,
                    clause["text"],
                    clause["kind"],
                    clause["severity"],
                    describe_target(target),
                    0,
                    0 if passed else 1,
                    None,
                    None,
                    None,
                    Verdict.PASS if passed else Verdict.FAIL,
                    explanation,
                    source="check",
                )
            )
        else:
            needed = bool(target) or clause["kind"] in PACKING_KINDS
            clause_verdicts.append(
                ClauseVerdict(
                    cid,
                    clause["text"],
                    clause["kind"],
                    clause["severity"],
                    describe_target(target),
                    0,
                    0,
                    None,
                    None,
                    None,
                    Verdict.PENDING if needed else Verdict.PASS,
                    f"{label}: not checked in this report"
                    if needed
                    else f"{label}: not measurable, no finding recorded",
                    source="none",
                )
            )

    # Defect classes (AQL)
    class_verdicts: list[ClassVerdict] = []
    for severity in SEVERITY_ORDER:
        workmanship = sum(
            d["units"] for d in content.get("defects", []) if d["severity"] == severity
        )
        from_clauses = sum(1 for s in worst_per_unit.values() if s == severity)
        found = workmanship + from_clauses
        parts = f"{workmanship} workmanship + {from_clauses} out of tolerance"
        if plans is None or drawn is None:
            class_verdicts.append(
                ClassVerdict(
                    severity,
                    "",
                    "",
                    0,
                    0,
                    0,
                    found,
                    Verdict.PENDING,
                    f"{severity}: record the lot size and the units drawn",
                )
            )
            continue
        plan = plans[severity]
        aql_text = settings["classes"][severity]["aql"] or "0 allowed"
        head = (
            f"{severity} (AQL {aql_text}, {plan.inspection}, {plan.code_letter}, "
            f"n={plan.sample_size}, Ac {plan.accept}/Re {plan.reject}): {found} found ({parts})"
        )
        if found >= plan.reject:
            verdict, tail = Verdict.FAIL, "lot rejected"
        elif drawn < plan.sample_size:
            verdict, tail = (
                Verdict.PENDING,
                f"only {drawn} of the {plan.sample_size} units the plan needs were drawn",
            )
        else:
            verdict, tail = Verdict.PASS, "accepted"
        class_verdicts.append(
            ClassVerdict(
                severity,
                aql_text,
                plan.code_letter,
                plan.sample_size,
                plan.accept,
                plan.reject,
                found,
                verdict,
                f"{head} → {tail}",
            )
        )
    sections.append(
        SectionVerdict(
            "workmanship",
            "Workmanship (AQL)",
            _combine([c.verdict for c in class_verdicts]),
            [c.explanation for c in class_verdicts],
        )
    )
    spec_clauses = [c for c in clause_verdicts if by_id[c.clause_id]["kind"] not in PACKING_KINDS]
    sections.append(
        SectionVerdict(
            "measurements",
            "Specification and measurements",
            _combine([c.verdict for c in spec_clauses]),
            [c.explanation for c in spec_clauses if c.source != "none" or c.verdict != "pass"]
            or ["No measurable clauses."],
        )
    )
    tests = content.get("tests", [])
    sections.append(
        SectionVerdict(
            "tests",
            "On-site tests",
            Verdict.PASS if all(t["passed"] for t in tests) else Verdict.FAIL,
            [
                f"{t['name']}: {'pass' if t['passed'] else 'fail'}"
                + (f" ({t['notes']})" if t["notes"] else "")
                for t in tests
            ]
            or ["No on-site tests recorded."],
        )
    )
    packing = [c for c in clause_verdicts if by_id[c.clause_id]["kind"] in PACKING_KINDS]
    sections.append(
        SectionVerdict(
            "packing",
            "Packing and labeling",
            _combine([c.verdict for c in packing]),
            [c.explanation for c in packing] or ["No labeling or packaging clauses."],
        )
    )
    overall = _combine([s.verdict for s in sections])
    return ReportVerdict(
        overall,
        sections,
        class_verdicts,
        clause_verdicts,
        quantity_ordered,
        presented,
    )
