"""Specification clauses (pure): validation, normal form, canonical JSON, measurement
checks.

A clause is a dict:
    {"clause_id": "3.2", "text": "Handle length", "kind": "dimension",
     "severity": "major", "target": {...} | None}
Targets (`type`):
- "measure": {"value": "120", "unit": "mm", "tolerance": "2"}  (120 mm +/- 2) or
  {"unit": "mm", "min": "118", "max": "122"} (either bound may be left out).
  Units are pint units; dimension clauses need a length, weight clauses a mass.
  Measurements may be given in any compatible unit (inches against mm, lb against g).
- "colour": {"hex": "#C8102E"} or {"lab": [L, a, b]} (CIELab D65) and/or
  {"pantone": "186 C"}, with {"delta_e": "2.0"} (the CIEDE2000 tolerance). A Pantone
  reference without hex/Lab values is judged by eye: per-unit values are match/no match.
- "text": {"text": "CE"}: the required text or mark is present on each sampled unit.
- "check": {"expected": true}: a yes/no check.

Every error names its field (e.g. `clauses.2.target.unit`), the reason and what to do.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from tradeguard.common.errors import ApplicationError
from tradeguard.specs.enums import ClauseKind, Severity, SpecsErrorCode, TargetType

CLAUSE_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$")
HEX_RE = re.compile(r"^#?([0-9A-Fa-f]{6})$")
MAX_TEXT = 2000
LENGTH_KINDS = {ClauseKind.DIMENSION: "[length]", ClauseKind.WEIGHT: "[mass]"}


@cache
def ureg() -> Any:
    import pint

    return pint.UnitRegistry(non_int_type=Decimal)


def _err(
    code: SpecsErrorCode, field: str, reason: str, message: str | None = None
) -> ApplicationError:
    return ApplicationError(code, message or reason, fields={field: reason}, status=422)


def _decimal(value: object, field: str, what: str) -> Decimal:
    if isinstance(value, bool) or value is None or value == "":
        raise _err(
            SpecsErrorCode.INVALID_CLAUSE,
            field,
            _("Give the %(what)s as a number, e.g. 120.5.") % {"what": what},
        )
    try:
        number = Decimal(repr(value) if isinstance(value, float) else str(value).strip())
    except (InvalidOperation, ValueError):
        number = Decimal("NaN")
    if not number.is_finite():
        raise _err(
            SpecsErrorCode.INVALID_CLAUSE,
            field,
            _("“%(value)s” is not a number. Give the %(what)s as a number, e.g. 120.5.")
            % {"value": value, "what": what},
        )
    return number


def _text(number: Decimal) -> str:
    """Canonical decimal text: no exponent, no trailing zeros ("120", "0.5")."""
    normal = number.normalize()
    text = format(normal, "f")
    return "0" if text in {"-0", ""} else text


def parse_unit(unit: object, field: str, dimension: str | None = None) -> str:
    import pint

    text = str(unit or "").strip()
    if not text:
        raise _err(
            SpecsErrorCode.UNKNOWN_UNIT, field, _("Give a unit such as mm, in, g, kg or lb.")
        )
    try:
        parsed = ureg().Unit(text)
    except (
        pint.errors.UndefinedUnitError,
        pint.errors.DefinitionSyntaxError,
        ValueError,
        AttributeError,
        TypeError,
        AssertionError,
    ):
        raise _err(
            SpecsErrorCode.UNKNOWN_UNIT,
            field,
            _("Unknown unit “%(unit)s”. Use a unit such as mm, cm, in, g, kg, lb, ml or V.")
            % {"unit": text},
        ) from None
    if dimension and str(parsed.dimensionality) != dimension:
        reason = (
            _("“%(unit)s” is not a unit of length. Use mm, cm, m or in.")
            if dimension == "[length]"
            else _("“%(unit)s” is not a unit of weight. Use g, kg, lb or oz.")
        )
        raise _err(SpecsErrorCode.INCOMPATIBLE_UNIT, field, reason % {"unit": text})
    return text


def convert(value: Decimal, unit: str, to_unit: str, field: str = "unit") -> Decimal:
    import pint

    try:
        result = ureg().Quantity(value, unit).to(to_unit).magnitude
    except pint.errors.DimensionalityError:
        raise _err(
            SpecsErrorCode.INCOMPATIBLE_UNIT,
            field,
            _("“%(unit)s” cannot be converted to “%(to)s”. Measure in a unit of the same kind.")
            % {"unit": unit, "to": to_unit},
        ) from None
    return Decimal(result)


@dataclass(frozen=True, slots=True)
class Limits:
    """A measurable target in its own unit: low <= value <= high (None = open)."""

    unit: str
    low: Decimal | None
    high: Decimal | None

    def describe(self, target: dict[str, Any]) -> str:
        if "tolerance" in target:
            return f"{target['value']} {self.unit} ± {target['tolerance']}"
        if self.low is not None and self.high is not None:
            return f"{_text(self.low)}-{_text(self.high)} {self.unit}"
        if self.low is not None:
            return f"at least {_text(self.low)} {self.unit}"
        return f"at most {_text(self.high or Decimal(0))} {self.unit}"


def limits(target: dict[str, Any]) -> Limits:
    unit = target["unit"]
    if "tolerance" in target:
        value, tol = Decimal(target["value"]), Decimal(target["tolerance"])
        return Limits(unit, value - tol, value + tol)
    low = Decimal(target["min"]) if target.get("min") is not None else None
    high = Decimal(target["max"]) if target.get("max") is not None else None
    return Limits(unit, low, high)


def _validate_measure(raw: dict[str, Any], kind: str, f: str) -> dict[str, Any]:
    unit = parse_unit(
        raw.get("unit"),
        f"{f}.unit",
        LENGTH_KINDS.get(ClauseKind(kind)) if kind in ClauseKind.values else None,
    )
    has_tol = raw.get("tolerance") not in (None, "")
    has_minmax = raw.get("min") not in (None, "") or raw.get("max") not in (None, "")
    if has_tol and has_minmax:
        raise _err(
            SpecsErrorCode.INVALID_CLAUSE,
            f"{f}.tolerance",
            _("Give either value ± tolerance or min/max, not both."),
        )
    if has_tol:
        value = _decimal(raw.get("value"), f"{f}.value", _("target value"))
        tol = _decimal(raw.get("tolerance"), f"{f}.tolerance", _("tolerance"))
        if tol < 0:
            raise _err(
                SpecsErrorCode.NEGATIVE_TOLERANCE,
                f"{f}.tolerance",
                _(
                    "The tolerance %(tolerance)s is negative. Give it as a positive number: "
                    "120 ± 2 is value 120, tolerance 2."
                )
                % {"tolerance": _text(tol)},
            )
        return {"type": "measure", "value": _text(value), "unit": unit, "tolerance": _text(tol)}
    if not has_minmax:
        raise _err(
            SpecsErrorCode.INVALID_CLAUSE,
            f"{f}.tolerance",
            _("A measurable target needs a tolerance (value ± tolerance) or a min and/or max."),
        )
    out: dict[str, Any] = {"type": "measure", "unit": unit}
    low = (
        _decimal(raw["min"], f"{f}.min", _("minimum")) if raw.get("min") not in (None, "") else None
    )
    high = (
        _decimal(raw["max"], f"{f}.max", _("maximum")) if raw.get("max") not in (None, "") else None
    )
    if low is not None and high is not None and high < low:
        raise _err(
            SpecsErrorCode.MAX_BELOW_MIN,
            f"{f}.max",
            _("The maximum %(max)s is below the minimum %(min)s. Swap them or correct one.")
            % {"max": _text(high), "min": _text(low)},
        )
    if raw.get("value") not in (None, ""):
        out["value"] = _text(_decimal(raw["value"], f"{f}.value", _("target value")))
    if low is not None:
        out["min"] = _text(low)
    if high is not None:
        out["max"] = _text(high)
    return out


def parse_colour(value: object, field: str) -> list[float]:
    """A measured or target colour: "#RRGGBB" or [L, a, b] (CIELab D65) -> Lab list."""
    from coloraide import Color

    if isinstance(value, str):
        match = HEX_RE.match(value.strip())
        if not match:
            raise _err(
                SpecsErrorCode.INVALID_COLOUR,
                field,
                _(
                    "“%(value)s” is not a colour. Give a hex colour like #C8102E or Lab "
                    "values L, a, b."
                )
                % {"value": value},
            )
        lab = Color(f"#{match.group(1)}").convert("lab-d65")
        return [round(float(c), 4) for c in lab.coords()]
    if isinstance(value, list | tuple) and len(value) == 3:
        try:
            values = [float(Decimal(str(v))) for v in value]
        except (InvalidOperation, ValueError):
            values = []
        if len(values) == 3 and 0 <= values[0] <= 100:
            return values
    raise _err(
        SpecsErrorCode.INVALID_COLOUR,
        field,
        _("Give a hex colour like #C8102E or Lab values L, a, b with L between 0 and 100."),
    )


def delta_e_2000(lab1: list[float], lab2: list[float]) -> float:
    from coloraide import Color

    return float(Color("lab-d65", lab1).delta_e(Color("lab-d65", lab2), method="2000"))


def _validate_colour(raw: dict[str, Any], f: str) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "colour"}
    if raw.get("hex"):
        parse_colour(raw["hex"], f"{f}.hex")
        out["hex"] = "#" + str(raw["hex"]).strip().lstrip("#").upper()
    if raw.get("lab") not in (None, "", []):
        out["lab"] = parse_colour(raw["lab"], f"{f}.lab")
    if raw.get("pantone"):
        pantone = str(raw["pantone"]).strip()
        if len(pantone) > 40:
            raise _err(
                SpecsErrorCode.INVALID_COLOUR,
                f"{f}.pantone",
                _("Give a Pantone reference such as “186 C” (at most 40 characters)."),
            )
        out["pantone"] = pantone
    if not {"hex", "lab", "pantone"} & set(out):
        raise _err(
            SpecsErrorCode.INVALID_COLOUR,
            f"{f}.hex",
            _("A colour clause needs a hex colour (#C8102E), Lab values or a Pantone reference."),
        )
    delta_raw = raw.get("delta_e")
    delta = _decimal(
        "2" if delta_raw in (None, "") else delta_raw,
        f"{f}.delta_e",
        _("CIEDE2000 tolerance (ΔE00)"),
    )
    if delta < 0:
        raise _err(
            SpecsErrorCode.NEGATIVE_TOLERANCE,
            f"{f}.delta_e",
            _("The ΔE00 tolerance is negative. Give a positive number such as 2.0."),
        )
    out["delta_e"] = _text(delta)
    return out


def target_lab(target: dict[str, Any]) -> list[float] | None:
    if target.get("lab"):
        return [float(v) for v in target["lab"]]
    if target.get("hex"):
        return parse_colour(target["hex"], "target.hex")
    return None


def validate_target(raw: object, kind: str, f: str) -> dict[str, Any] | None:
    if raw in (None, {}, ""):
        return None
    if not isinstance(raw, dict):
        raise _err(
            SpecsErrorCode.INVALID_CLAUSE, f, _("The target must be an object with a “type”.")
        )
    kind_type = str(raw.get("type") or "").strip().lower()
    if kind_type in ("", TargetType.NONE):
        return None
    if kind_type == TargetType.MEASURE:
        return _validate_measure(raw, kind, f)
    if kind_type == TargetType.COLOUR:
        return _validate_colour(raw, f)
    if kind_type == TargetType.TEXT:
        text = str(raw.get("text") or "").strip()
        if not text:
            raise _err(
                SpecsErrorCode.INVALID_CLAUSE,
                f"{f}.text",
                _("Give the required text or mark, e.g. “CE”."),
            )
        return {"type": "text", "text": text[:500]}
    if kind_type == TargetType.CHECK:
        expected = raw.get("expected", True)
        if not isinstance(expected, bool):
            expected = str(expected).strip().lower() in {"true", "yes", "1", "y"}
        return {"type": "check", "expected": expected}
    raise _err(
        SpecsErrorCode.INVALID_CLAUSE,
        f"{f}.type",
        _("Unknown target type “%(type)s”. Use measure, colour, text or check (or leave it out).")
        % {"type": kind_type},
    )


class _Problems:
    """Every problem found in clauses, so a form can show each one at its field at once."""

    def __init__(self) -> None:
        self.code: str | None = None
        self.fields: dict[str, str] = {}

    def add(self, code: str, field: str, reason: str) -> None:
        self.code = self.code or code
        self.fields.setdefault(field, reason)

    def absorb(self, exc: ApplicationError) -> None:
        for field, reason in exc.fields.items():
            self.add(exc.code, field, reason)

    def raise_any(self) -> None:
        if self.code is None:
            return
        if len(self.fields) == 1:
            message = next(iter(self.fields.values()))
        else:
            count = len(self.fields)
            message = ngettext(
                "%(count)d problem in the clauses; each is shown at its field.",
                "%(count)d problems in the clauses; each is shown at its field.",
                count,
            ) % {"count": count}
        raise ApplicationError(self.code, message, fields=dict(self.fields), status=422)


def _clause_problems(raw: object, field: str, problems: _Problems) -> dict[str, Any] | None:
    """The clause in normal form, or None after adding what is wrong with it."""
    if not isinstance(raw, dict):
        problems.add(SpecsErrorCode.INVALID_CLAUSE, field, _("Each clause must be an object."))
        return None
    before = len(problems.fields)
    bad = SpecsErrorCode.INVALID_CLAUSE
    clause_id = str(raw.get("clause_id") or "").strip()
    if not CLAUSE_ID_RE.match(clause_id):
        problems.add(
            bad,
            f"{field}.clause_id",
            _("Give the clause a short id such as 3.2 (letters, digits, dots; at most 20)."),
        )
    text = str(raw.get("text") or "").strip()
    if not text or len(text) > MAX_TEXT:
        problems.add(
            bad,
            f"{field}.text",
            _("Say what the clause requires (1 to %(max)d characters).") % {"max": MAX_TEXT},
        )
    kind = str(raw.get("kind") or "").strip().lower()
    if not kind:
        problems.add(bad, f"{field}.kind", _("Choose what kind of requirement this is."))
    elif kind not in ClauseKind.values:
        problems.add(
            bad,
            f"{field}.kind",
            _("Use one of %(kinds)s.") % {"kinds": ", ".join(ClauseKind.values)},
        )
    severity = str(raw.get("severity") or "").strip().lower()
    if severity not in Severity.values:
        problems.add(
            bad,
            f"{field}.severity",
            _("Say how serious a breach is: critical, major or minor."),
        )
    try:
        target = validate_target(raw.get("target"), kind, f"{field}.target")
    except ApplicationError as exc:
        problems.absorb(exc)
        return None
    if len(problems.fields) > before:
        return None
    return {
        "clause_id": clause_id,
        "text": text,
        "kind": kind,
        "severity": severity,
        "target": target,
    }


def validate_clause(raw: object, *, field: str = "clause") -> dict[str, Any]:
    """One clause in normal form; an ApplicationError names every field that is wrong."""
    problems = _Problems()
    clause = _clause_problems(raw, field, problems)
    problems.raise_any()
    assert clause is not None
    return clause


def max_clauses() -> int:
    from tradeguard.specs.policy import setting

    return int(setting("max_clauses"))


def validate_clauses(raw: object, *, field: str = "clauses") -> list[dict[str, Any]]:
    """All clauses in normal form. Problems in any number of clauses are reported
    together, each under its own field (`clauses.2.target.unit`)."""
    if not isinstance(raw, list) or not raw:
        raise _err(
            SpecsErrorCode.NO_CLAUSES, field, _("A specification needs at least one clause.")
        )
    most = max_clauses()
    if len(raw) > most:
        raise _err(
            SpecsErrorCode.TOO_MANY_CLAUSES,
            field,
            _("A specification holds at most %(most)s clauses; this one has %(count)s.")
            % {"most": most, "count": len(raw)},
            _(
                "Too many clauses (%(count)s, at most %(most)s). Split the product into "
                "several specifications, or group minor requirements into one clause."
            )
            % {"most": most, "count": len(raw)},
        )
    problems = _Problems()
    out = [_clause_problems(item, f"{field}.{i}", problems) for i, item in enumerate(raw)]
    seen: set[str] = set()
    for i, item in enumerate(raw):
        clause_id = str(item.get("clause_id") or "").strip() if isinstance(item, dict) else ""
        if clause_id and clause_id in seen:
            problems.add(
                SpecsErrorCode.DUPLICATE_CLAUSE_ID,
                f"{field}.{i}.clause_id",
                _("Clause id %(id)s is used twice. Give each clause its own id.")
                % {"id": clause_id},
            )
        seen.add(clause_id)
    problems.raise_any()
    return [c for c in out if c is not None]


def canonical_json(document: dict[str, Any]) -> str:
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def sha256_of(document: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_json(document).encode("utf-8")).hexdigest()


def describe_target(target: dict[str, Any] | None) -> str:
    if not target:
        return ""
    kind = target["type"]
    if kind == "measure":
        return limits(target).describe(target)
    if kind == "colour":
        ref = " / ".join(str(target[k]) for k in ("pantone", "hex") if target.get(k))
        if target.get("lab") and not ref:
            ref = "Lab " + ", ".join(f"{v:g}" for v in target["lab"])
        return f"{ref} within ΔE00 {target['delta_e']}"
    if kind == "text":
        return f"shows “{target['text']}”"
    return "yes" if target.get("expected", True) else "no"


def describe_target_text(target: dict[str, Any] | None) -> str:
    """`describe_target` in the reader's language, for pages. (`describe_target` stays
    English: signed inspection reports store and hash its words.)"""
    from django.utils.translation import gettext

    if not target:
        return ""
    kind = target["type"]
    if kind == "colour":
        ref = " / ".join(str(target[k]) for k in ("pantone", "hex") if target.get(k))
        if target.get("lab") and not ref:
            ref = "Lab " + ", ".join(f"{v:g}" for v in target["lab"])
        return gettext("%(reference)s within ΔE00 %(delta_e)s") % {
            "reference": ref,
            "delta_e": target["delta_e"],
        }
    if kind == "text":
        return gettext("shows “%(text)s”") % {"text": target["text"]}
    if kind == "measure":
        lim = limits(target)
        if "tolerance" in target or (lim.low is not None and lim.high is not None):
            return describe_target(target)  # numbers and a unit only
        if lim.low is not None:
            return gettext("at least %(value)s %(unit)s") % {
                "value": _text(lim.low),
                "unit": lim.unit,
            }
        return gettext("at most %(value)s %(unit)s") % {
            "value": _text(lim.high or Decimal(0)),
            "unit": lim.unit,
        }
    return gettext("yes") if target.get("expected", True) else gettext("no")


def clause_display(clause: dict[str, Any]) -> dict[str, Any]:
    """A clause with what pages show for its codes: kind and severity labels and the
    target as the spec sheet prints it ("120 mm ± 2")."""
    kind, severity = clause.get("kind", ""), clause.get("severity", "")
    return {
        **clause,
        "kind_label": ClauseKind(kind).label if kind in ClauseKind.values else kind,
        "severity_label": Severity(severity).label if severity in Severity.values else severity,
        "target_text": describe_target_text(clause.get("target")),
    }


@dataclass(frozen=True, slots=True)
class UnitCheck:
    ok: bool
    shown: str  # the value as recorded, converted where it applies ("121.3 mm", "ΔE00 3.1")


def check_value(target: dict[str, Any], value: object, *, field: str = "value") -> UnitCheck:
    """Judge one sampled unit's recorded value against a clause target.

    measure: a number (in the target unit) or {"value": 4.75, "unit": "in"};
    colour: hex / Lab (ΔE00 against the target) or, for Pantone-only targets, true/false;
    text and check: true/false (present / check passed)."""
    kind = target["type"]
    if kind == "measure":
        unit = target["unit"]
        if isinstance(value, dict):
            number = _decimal(value.get("value"), field, "measured value")
            given_unit = parse_unit(value.get("unit") or unit, f"{field}.unit")
            number = convert(number, given_unit, unit, f"{field}.unit")
        else:
            number = _decimal(value, field, "measured value")
        lim = limits(target)
        ok = (lim.low is None or number >= lim.low) and (lim.high is None or number <= lim.high)
        return UnitCheck(ok, f"{_text(number.quantize(Decimal('0.001')))} {unit}")
    if kind == "colour":
        reference = target_lab(target)
        if reference is None or isinstance(value, bool):
            if not isinstance(value, bool):
                raise _err(
                    SpecsErrorCode.INVALID_COLOUR,
                    field,
                    "Record true (matches the standard) or false.",
                )
            return UnitCheck(value, "matches" if value else "does not match")
        measured = parse_colour(value, field)
        delta = delta_e_2000(reference, measured)
        return UnitCheck(delta <= float(target["delta_e"]), f"ΔE00 {delta:.2f}")
    if not isinstance(value, bool):
        raise _err(SpecsErrorCode.INVALID_CLAUSE, field, "Record true (present / passed) or false.")
    expected = True if kind == "text" else bool(target.get("expected", True))
    return UnitCheck(value == expected, "yes" if value else "no")


def natural_key(clause_id: str) -> tuple[Any, ...]:
    return tuple(int(p) if p.isdigit() else p for p in re.split(r"[.\-_]", clause_id))


def diff_clauses(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per clause id: added / removed / changed (with the changed fields) / unchanged."""
    before = {c["clause_id"]: c for c in old}
    after = {c["clause_id"]: c for c in new}
    rows: list[dict[str, Any]] = []
    for cid in sorted(set(before) | set(after), key=natural_key):
        a, b = before.get(cid), after.get(cid)
        if a is None:
            rows.append({"clause_id": cid, "change": "added", "old": None, "new": b, "fields": []})
        elif b is None:
            rows.append(
                {"clause_id": cid, "change": "removed", "old": a, "new": None, "fields": []}
            )
        else:
            fields = [k for k in ("text", "kind", "severity", "target") if a.get(k) != b.get(k)]
            rows.append(
                {
                    "clause_id": cid,
                    "change": "changed" if fields else "unchanged",
                    "old": a,
                    "new": b,
                    "fields": fields,
                }
            )
    return rows
