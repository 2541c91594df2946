"""How specs events read on timelines (the order page shows the order's): labels for
the event types, and for their values the enum labels, short hashes, and no internal
ids."""

from __future__ import annotations

from typing import Any


def register() -> None:
    from django.utils.translation import gettext_lazy as _

    from tradeguard.specs.enums import (
        AcceptanceParty,
        AttachmentStatus,
        InspectionKind,
        InspectionLevel,
        InspectionStatus,
        Verdict,
    )
    from tradeguard.web.timeline import Value, register_event_labels, register_event_values

    # Lazy strings: each page renders them in its reader's language.
    labels: dict[str, Any] = {
        "order.spec_attached": _("Specification attached for acceptance"),
        "order.spec_accepted": _("Specification accepted"),
        "order.spec_binding": _("Specification binding: accepted by both"),
        "order.inspection_booked": _("Inspection booked"),
        "order.inspection_signed": _("Inspection report signed"),
        "order.aql_settings": _("AQL settings changed"),
        "order.sample_photo_added": _("Approved-sample photo added"),
        "spec.created": _("Specification written"),
        "spec.version_created": _("New specification version"),
        "spec_attachment.proposed": _("Specification proposed for the order"),
        "spec_attachment.binding": _("Specification became binding"),
        "spec_attachment.superseded": _("Specification replaced"),
        "inspection.booked": _("Inspection booked"),
        "inspection.reported": _("Report started"),
        "inspection.signed": _("Inspection signed"),
        "inspection.cancelled": _("Inspection cancelled"),
        "inspection.report_saved": _("Report draft saved"),
        "inspection.report_created": _("Report version started"),
        "inspection.report_signed": _("Report signed"),
        "inspection.photo_added": _("Inspection photo added"),
    }
    register_event_labels(labels)
    hidden = Value(kind="hidden")
    sha = Value(_("SHA-256"), "hash")
    register_event_values(
        "order.spec_",
        {
            "specification": hidden,
            "attachment": hidden,
            "version": Value(_("Version")),
            "party": Value(_("Accepted by"), "enum", AcceptanceParty),
            "sha256": sha,
        },
    )
    register_event_values(
        "order.inspection_",
        {
            "inspection": Value(_("Inspection")),
            "kind": Value(_("Kind"), "enum", InspectionKind),
            "overall": Value(_("Verdict"), "enum", Verdict),
            "version": Value(_("Report version")),
        },
    )
    register_event_values(
        "order.aql_settings",
        {
            "level": Value(_("Inspection level"), "enum", InspectionLevel),
            "aql_critical": Value(_("Critical AQL")),
            "aql_major": Value(_("Major AQL")),
            "aql_minor": Value(_("Minor AQL")),
            "reduced_approved": Value(_("Reduced inspection approved")),
        },
    )
    register_event_values("order.sample_photo_added", {"photo": hidden, "sha256": sha})
    register_event_values(
        "spec.",
        {
            "product_name": Value(_("Product")),
            "version": Value(_("Version")),
            "clauses": Value(_("Clauses")),
            "sha256": sha,
        },
    )
    register_event_values(
        "spec_attachment.",
        {
            "status": Value(_("Status"), "enum", AttachmentStatus),
            "version": Value(_("Version")),
            "order": hidden,
            "reason": Value(_("Why")),
            "sha256": sha,
        },
    )
    register_event_values(
        "inspection.",
        {
            "status": Value(_("Status"), "enum", InspectionStatus),
            "kind": Value(_("Kind"), "enum", InspectionKind),
            "overall": Value(_("Verdict"), "enum", Verdict),
            "version": Value(_("Report version")),
            "inspector_org": hidden,
            "plan": hidden,
            "photo": hidden,
            "reason": Value(_("Reason")),
            "correction_reason": Value(_("Reason for the correction")),
            "sha256": sha,
        },
    )
