"""Labels for the specs app's codes: `{% load specs_labels %}` then
`{{ clause.severity|spec_label:"severity" }}` -> "Major". Unknown values show as they
are (never an error page)."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.translation import gettext_lazy as _

from tradeguard.specs.enums import (
    ClauseKind,
    InspectionLevel,
    InspectionSeverity,
    Severity,
    Verdict,
)
from tradeguard.specs.evidence import FindingStatus

register = template.Library()

FINDING_LABELS = {
    FindingStatus.BROKEN: _("Broken"),
    FindingStatus.DEFECTIVE_UNITS: _("Defective units"),
    FindingStatus.NOT_BROKEN: _("Not broken"),
    FindingStatus.INCONCLUSIVE: _("Inconclusive"),
    FindingStatus.NO_EVIDENCE: _("No evidence"),
    FindingStatus.UNKNOWN_CLAUSE: _("Not in the spec"),
}
ENUMS: dict[str, Any] = {
    "kind": ClauseKind,
    "severity": Severity,
    "verdict": Verdict,
    "inspection": InspectionSeverity,
    "level": InspectionLevel,
}


def spec_label_of(value: Any, what: str) -> str:
    raw = str(getattr(value, "value", value) or "")
    if what == "finding":
        return str(FINDING_LABELS.get(raw, raw))
    enum = ENUMS.get(what)
    if enum is not None and raw in enum.values:
        return str(enum(raw).label)
    return raw


@register.filter
def spec_label(value: Any, what: str) -> str:
    return spec_label_of(value, what)
