"""Demo specifications and inspections on the orders seeded by orders/demo.py:

- "Portable Bluetooth speaker" spec, binding on TA-DEMO-3620 (250 speakers), with a
  signed FAILING pre-shipment inspection (clause 3.2 length: 5 of 32 sampled units out
  of tolerance; major, Ac 2 -> lot rejected) - the evidence behind the demo dispute;
- "Arc LED desk lamp" spec, binding on TA-DEMO-3815 (80 lamps), with a signed PASSING
  pre-shipment inspection and a photo of the approved sample.

ctx.objects: spec_speaker, spec_lamp, inspection_speaker_failed, inspection_lamp_passed.
"""

from __future__ import annotations

import io
from typing import Any

from tradeguard.common.demo import DemoContext
from tradeguard.common.testing import png_bytes
from tradeguard.orders.models import Order
from tradeguard.specs import services
from tradeguard.specs.enums import AttachmentStatus, InspectionKind, ReportStatus
from tradeguard.specs.models import ApprovedSamplePhoto, Inspection, OrderSpec, Specification

SPEAKER_CLAUSES: list[dict[str, Any]] = [
    {
        "clause_id": "2.1",
        "text": "Rated output power",
        "kind": "function",
        "severity": "major",
        "target": {"type": "measure", "unit": "W", "min": "10"},
    },
    {
        "clause_id": "3.2",
        "text": "Speaker length",
        "kind": "dimension",
        "severity": "major",
        "target": {"type": "measure", "value": "180", "unit": "mm", "tolerance": "2"},
    },
    {
        "clause_id": "4.1",
        "text": "Housing colour, matte black",
        "kind": "colour",
        "severity": "minor",
        "target": {"type": "colour", "hex": "#1A1A1A", "pantone": "Black 6 C", "delta_e": "3"},
    },
    {
        "clause_id": "5.1",
        "text": "Net weight without box",
        "kind": "weight",
        "severity": "minor",
        "target": {"type": "measure", "value": "650", "unit": "g", "tolerance": "20"},
    },
    {
        "clause_id": "6.1",
        "text": "CE and FCC marks on the rating label",
        "kind": "labeling",
        "severity": "critical",
        "target": {"type": "text", "text": "CE, FCC"},
    },
    {
        "clause_id": "7.1",
        "text": "Retail gift box with foam insert, 10 per export carton",
        "kind": "packaging",
        "severity": "minor",
        "target": {"type": "check", "expected": True},
    },
]

LAMP_CLAUSES: list[dict[str, Any]] = [
    {
        "clause_id": "2.1",
        "text": "Lamp lights at all three brightness steps",
        "kind": "function",
        "severity": "major",
        "target": {"type": "check", "expected": True},
    },
    {
        "clause_id": "3.1",
        "text": "Arm reach",
        "kind": "dimension",
        "severity": "major",
        "target": {"type": "measure", "value": "450", "unit": "mm", "tolerance": "5"},
    },
    {
        "clause_id": "4.1",
        "text": "Finish, white",
        "kind": "colour",
        "severity": "minor",
        "target": {"type": "colour", "hex": "#F4F4F2", "delta_e": "2"},
    },
    {
        "clause_id": "6.1",
        "text": "UL-listed US plug and rating label",
        "kind": "labeling",
        "severity": "critical",
        "target": {"type": "text", "text": "UL"},
    },
    {
        "clause_id": "8.1",
        "text": "Material of the base: die-cast zinc alloy",
        "kind": "material",
        "severity": "major",
        "target": None,
    },
]


def _spec(
    ctx: DemoContext, name: str, reference: str, clauses: list[dict[str, Any]]
) -> Specification:
    buyer = ctx.users["buyer"]
    spec = Specification.objects.filter(buyer=buyer.organization, product_name=name).first()
    if spec is None:
        spec = services.spec_create(
            actor=buyer, product_name=name, reference=reference, clauses=clauses
        )
        ctx.log(f"spec: {name} v1")
    return spec


def _bind(ctx: DemoContext, spec: Specification, order: Order) -> None:
    version = spec.versions.order_by("-number").first()
    assert version is not None
    att = OrderSpec.objects.filter(order=order, version=version).first()
    if att is None:
        att = services.order_spec_attach(actor=ctx.users["buyer"], order=order, version=version)
    if att.status == AttachmentStatus.PROPOSED:
        parties = set(att.acceptances.values_list("party", flat=True))
        if "supplier" not in parties:
            services.spec_accept(actor=ctx.users["supplier"], attachment=att)
        if "buyer" not in parties:
            services.spec_accept(actor=ctx.users["buyer"], attachment=att)


def _inspect(ctx: DemoContext, order: Order, content: dict[str, Any], photo: bool) -> Inspection:
    existing = (
        Inspection.objects.filter(order=order, kind=InspectionKind.PRE_SHIPMENT)
        .order_by("created_at")
        .first()
    )
    if existing is not None and existing.reports.filter(status=ReportStatus.SIGNED).exists():
        return existing
    inspector = ctx.users["inspector"]
    inspection = existing or services.inspection_book(
        actor=ctx.users["buyer"],
        order=order,
        kind=InspectionKind.PRE_SHIPMENT,
        inspector_org=inspector.organization,
    )
    if photo:
        pic = services.inspection_photo_add(
            actor=inspector,
            inspection=inspection,
            upload=io.BytesIO(png_bytes(64, 48, (30, 30, 30))),
            name="scratch.png",
            caption="Scratch on the grille",
        )
        for defect in content.get("defects", []):
            defect["photos"] = [pic.pk]
    services.inspection_report_save(actor=inspector, inspection=inspection, content=content)
    report = services.inspection_report_sign(actor=inspector, inspection=inspection)
    ctx.log(f"inspection: #{inspection.pk} on {order.reference}: {report.overall}")
    return inspection


def seed(ctx: DemoContext) -> None:
    speaker_order = ctx.objects.get("order_250_items")
    lamp_order = ctx.objects.get("order_in_transit")
    if speaker_order is None or lamp_order is None:
        ctx.log("specs: demo orders missing; skipped")
        return
    speaker = _spec(ctx, "Portable Bluetooth speaker 10 W", "SPK-10W-BLK", SPEAKER_CLAUSES)
    lamp = _spec(ctx, "Arc LED desk lamp", "LAMP-ARC-WHT", LAMP_CLAUSES)
    ctx.objects["spec_speaker"] = speaker
    ctx.objects["spec_lamp"] = lamp
    _bind(ctx, speaker, speaker_order)
    _bind(ctx, lamp, lamp_order)

    # Lot 250, level II -> G, n=32; major AQL 2.5 -> Ac 2/Re 3; minor 4.0 -> Ac 3/Re 4.
    failing = {
        "lot_size": 250,
        "sample_size": 32,
        "quantity_presented": 250,
        "measurements": [
            {"clause_id": "2.1", "values": ["10.4"] * 32},
            {"clause_id": "3.2", "values": ["184.5"] * 5 + ["180.3"] * 27},
            {"clause_id": "4.1", "values": ["#1B1B1B"] * 32},
            {"clause_id": "5.1", "values": ["652"] * 32},
        ],
        "checks": [
            {"clause_id": "6.1", "passed": True, "notes": "CE and FCC on every label"},
            {"clause_id": "7.1", "passed": True, "notes": ""},
        ],
        "defects": [{"severity": "minor", "description": "Scratch on the grille", "units": 1}],
        "tests": [{"name": "Bluetooth pairing and 30 min play", "passed": True, "notes": ""}],
        "notes": "5 of 32 sampled speakers are 184-185 mm long (enclosure mould changed).",
    }
    ctx.objects["inspection_speaker_failed"] = _inspect(ctx, speaker_order, failing, photo=True)

    # Lot 80, level II -> E; major AQL 2.5 -> F, n=20, Ac 1/Re 2; minor 4.0 -> E n=13.
    passing = {
        "lot_size": 80,
        "sample_size": 20,
        "quantity_presented": 80,
        "measurements": [
            {"clause_id": "2.1", "values": [True] * 20},
            {"clause_id": "3.1", "values": ["451"] * 20},
            {"clause_id": "4.1", "values": ["#F3F4F2"] * 20},
        ],
        "checks": [{"clause_id": "6.1", "passed": True, "notes": "UL label on every plug"}],
        "tests": [{"name": "Burn-in 2 h", "passed": True, "notes": ""}],
    }
    ctx.objects["inspection_lamp_passed"] = _inspect(ctx, lamp_order, passing, photo=False)
    if not ApprovedSamplePhoto.objects.filter(order=lamp_order).exists():
        services.approved_sample_photo_add(
            actor=ctx.users["buyer"],
            order=lamp_order,
            upload=io.BytesIO(png_bytes(80, 60, (244, 244, 242))),
            name="golden-sample.png",
            caption="Approved golden sample, signed off by both parties",
        )
