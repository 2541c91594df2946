"""Specs and inspection rules as data (settings-overridable via
TRADEGUARD_POLICY["specs"])."""

from __future__ import annotations

from typing import Any

from django.conf import settings

from tradeguard.specs.enums import AttachmentStatus, InspectionStatus

DEFAULTS: dict[str, Any] = {
    "level": "II",
    "aql_critical": "",  # blank: no critical defect allowed (Ac 0 on the major sample)
    "aql_major": "2.5",
    "aql_minor": "4.0",
    "quantity_tolerance_percent": 5,  # shipment quantity within +/-5% of the order
    "photo_max_bytes": 20 * 1024 * 1024,
    "import_max_bytes": 2 * 1024 * 1024,
    # A product specification of a few dozen to a few hundred clauses is usual; the cap
    # keeps imports, verdicts and the spec sheet PDF quick (a 500-clause sheet: ~3 s).
    "max_clauses": 500,
}


def setting(name: str) -> Any:
    overrides = getattr(settings, "TRADEGUARD_POLICY", {}).get("specs", {})
    return overrides.get(name, DEFAULTS[name])


ATTACHMENT_TRANSITIONS: dict[AttachmentStatus, set[AttachmentStatus]] = {
    AttachmentStatus.PROPOSED: {AttachmentStatus.BINDING, AttachmentStatus.SUPERSEDED},
    AttachmentStatus.BINDING: {AttachmentStatus.SUPERSEDED},
    AttachmentStatus.SUPERSEDED: set(),
}

INSPECTION_TRANSITIONS: dict[InspectionStatus, set[InspectionStatus]] = {
    InspectionStatus.BOOKED: {InspectionStatus.REPORTED, InspectionStatus.CANCELLED},
    InspectionStatus.REPORTED: {InspectionStatus.SIGNED, InspectionStatus.CANCELLED},
    InspectionStatus.SIGNED: set(),  # corrections are new report versions
    InspectionStatus.CANCELLED: set(),
}


def can_move(table: dict[Any, set[Any]], frm: str, to: str) -> bool:
    return to in table.get(frm, set())
