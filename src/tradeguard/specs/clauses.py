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
            SpecsErrorCode.INVALID_CLAUSE, field, f"Give the {what} as a number, e.g. 120.5."
        )
    try:
        number = Decimal(repr(value) if isinstance(value, float) else str(value).strip())
    except (InvalidOperation, ValueError):
        number = Decimal("NaN")
    if not number.is_finite():
        raise _err(
            SpecsErrorCode.INVALID_CLAUSE,
            field,
            f"{value!r} is not a number. Give the {what} as a number, e.g. 120.5.",
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
        raise _err(SpecsErrorCode.UNKNOWN_UNIT, field, "Give a unit such as mm, in, g, kg or lb.")
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
            f"Unknown unit {text!r}. Use a unit such as mm, cm, in, g, kg, lb, ml or V.",
        ) from None
    if dimension and str(parsed.dimensionality) != dimension:
        wanted = "length (mm, cm, in)" if dimension == "[length]" else "mass (g, kg, lb, oz)"
        raise _err(
            SpecsErrorCode.INCOMPATIBLE_UNIT,
            field,
            f"{text!r} is not a unit of {wanted.split(' ')[0]}. Use a unit of {wanted}.",
        )
    return text


def convert(value: Decimal, unit: str, to_unit: str, field: str = "unit") -> Decimal:
    import pint

    try:
        result = ureg().Quantity(value, unit).to(to_unit).magnitude
    except pint.errors.DimensionalityError:
        raise _err(
            SpecsErrorCode.INCOMPATIBLE_UNIT,
            field,
            f"{unit!r} cannot be converted to {to_unit!r}. Measure in a unit of the same kind.",
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
    unit = parse_unit(raw.get("unit"), f"{f}.unit", LENGTH_KINDS.get(ClauseKind(kind)))
    has_tol = raw.get("tolerance") not in (None, "")
    has_minmax = raw.get("min") not in (None, "") or raw.get("max") not in (None, "")
    if has_tol and has_minmax:
        raise _err(
            SpecsErrorCode.INVALID_CLAUSE,
            f"{f}.tolerance",
            "Give either value ± tolerance or min/max, not both.",
        )
    if has_tol:
        value = _decimal(raw.get("value"), f"{f}.value", "target value")
        tol = _decimal(raw.get("tolerance"), f"{f}.tolerance", "tolerance")
        if tol < 0:
            raise _err(
                SpecsErrorCode.NEGATIVE_TOLERANCE,
                f"{f}.tolerance",
                f"The tolerance {_text(tol)} is negative. Give it as a positive number: 120 ± 2 is value 120, tolerance 2.",
            )
        return {"type": "measure", "value": _text(value), "unit": unit, "tolerance": _text(tol)}
    if not has_minmax:
        raise _err(
            SpecsErrorCode.INVALID_CLAUSE,
            f"{f}.tolerance",
            "A measurable target needs a tolerance (value ± tolerance) or a min and/or max.",
        )
    out: dict[str, Any] = {"type": "measure", "unit": unit}
    low = _decimal(raw["min"], f"{f}.min", "minimum") if raw.get("min") not in (None, "") else None
    high = _decimal(raw["max"], f"{f}.max", "maximum") if raw.get("max") not in (None, "") else None
    if low is not None and high is not None and high < low:
        raise _err(
            SpecsErrorCode.MAX_BELOW_MIN,
            f"{f}.max",
            f"The maximum {_text(high)} is below the minimum {_text(low)}. Swap them or correct one.",
        )
    if raw.get("value") not in (None, ""):
        out["value"] = _text(_decimal(raw["value"], f"{f}.value", "target value"))
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
                f"{value!r} is not a colour. Give a hex colour like #C8102E or Lab values [L, a, b].",
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
        "Give a hex colour like #C8102E or Lab values [L, a, b] with L between 0 and 100.",
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
                "Give a Pantone reference such as '186 C'.",
            )
        out["pantone"] = pantone
    if not {"hex", "lab", "pantone"} & set(out):
        raise _err(
            SpecsErrorCode.INVALID_COLOUR,
            f"{f}.hex",
            "A colour clause needs a hex colour (#C8102E), Lab values or a Pantone reference.",
        )
    delta = _decimal(raw.get("delta_e", "2"), f"{f}.delta_e", "CIEDE2000 tolerance (ΔE00)")
    if delta < 0:
        raise _err(
            SpecsErrorCode.NEGATIVE_TOLERANCE,
            f"{f}.delta_e",
            "The ΔE00 tolerance is negative. Give a positive number such as 2.0.",
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
        raise _err(SpecsErrorCode.INVALID_CLAUSE, f, "The target must be an object with a 'type'.")
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
                "Give the required text or mark, e.g. 'CE'.",
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
        f"Unknown target type {kind_type!r}. Use measure, colour, text or check (or leave it out).",
    )


def validate_clause(raw: object, *, field: str = "clause") -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise _err(SpecsErrorCode.INVALID_CLAUSE, field, "Each clause must be an object.")
    clause_id = str(raw.get("clause_id") or "").strip()
    if not CLAUSE_ID_RE.match(clause_id):
        raise _err(
            SpecsErrorCode.INVALID_CLAUSE,
            f"{field}.clause_id",
            "Give the clause a short id such as 3.2 (letters, digits, dots; at most 20).",
        )
    text = str(raw.get("text") or "").strip()
    if not text or len(text) > MAX_TEXT:
        raise _err(
            SpecsErrorCode.INVALID_CLAUSE,
            f"{field}.text",
            f"Say what the clause requires (1 to {MAX_TEXT} characters).",
        )
    kind = str(raw.get("kind") or "").strip().lower()
    if kind not in ClauseKind.values:
        raise _err(
            SpecsErrorCode.INVALID_CLAUSE,
            f"{field}.kind",
            f"Use one of {', '.join(ClauseKind.values)}.",
        )
    severity = str(raw.get("severity") or "").strip().lower()
    if severity not in Severity.values:
        raise _err(
            SpecsErrorCode.INVALID_CLAUSE,
            f"{field}.severity",
            "Say how serious a breach is: critical, major or minor.",
        )
    target = validate_target(raw.get("target"), kind, f"{field}.target")
    return {
        "clause_id": clause_id,
        "text": text,
        "kind": kind,
        "severity": severity,
        "target": target,
    }


def validate_clauses(raw: object, *, field: str = "clauses") -> list[dict[str, Any]]:
    if not isinstance(raw, list) or not raw:
        raise _err(SpecsErrorCode.NO_CLAUSES, field, "A specification needs at least one clause.")
    out = [validate_clause(item, field=f"{field}.{i}") for i, item in enumerate(raw)]
    seen: set[str] = set()
    for i, clause in enumerate(out):
        if clause["clause_id"] in seen:
            raise _err(
                SpecsErrorCode.DUPLICATE_CLAUSE_ID,
                f"{field}.{i}.clause_id",
                f"Clause id {clause['clause_id']} is used twice. Give each clause its own id.",
            )
        seen.add(clause["clause_id"])
    return out


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
