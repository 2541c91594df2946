"""What the disputes app adds to the shared web shell: dashboard panels and timeline labels."""

from __future__ import annotations

from typing import Any


def register() -> None:
    from django.utils.translation import gettext_lazy as _

    try:
        from tradeguard.web.timeline import register_event_labels
    except ImportError:  # pragma: no cover - the web shell is optional for the domain
        return
    register_event_labels(
        {
            "dispute.opened": _("Dispute filed"),
            "dispute.status_changed": _("Status changed"),
            "dispute.evidence_added": _("Evidence uploaded (draft)"),
            "dispute.evidence_submitted": _("Evidence submitted"),
            "dispute.evidence_discarded": _("Draft evidence discarded"),
            "dispute.message": _("Message"),
            "dispute.proposal_made": _("Proposal made"),
            "dispute.proposal_accepted": _("Proposal accepted"),
            "dispute.proposal_rejected": _("Proposal rejected"),
            "dispute.decided": _("Decision"),
            "dispute.appealed": _("Appeal filed"),
            "dispute.refund_created": _("Refund ordered"),
            "dispute.refund_paid": _("Refund paid"),
            "dispute.obligation_created": _("Supplier obligation set"),
            "dispute.obligation_confirmed": _("Supplier confirmed"),
            "dispute.obligation_fulfilled": _("Obligation fulfilled"),
            "dispute.obligation_ignored": _("Award ignored"),
            "dispute.return_requested": _("Return requested"),
            "dispute.return_shipped": _("Return shipped"),
            "dispute.return_delivered": _("Return delivered"),
            "dispute.return_missed": _("Return not shipped in time"),
            "dispute.decision_overdue": _("Decision overdue"),
            "dispute.award_replaced": _("Award replaced on appeal"),
        }
    )
    register_values()
    from tradeguard.disputes import panels

    panels.register()


def register_values() -> None:
    """How the values of dispute events read on the case timeline."""
    from django.utils.translation import gettext_lazy as _
    from django.utils.translation import pgettext_lazy

    from tradeguard.disputes import enums
    from tradeguard.web.timeline import Value, register_event_values

    hidden = Value(kind="hidden")
    register_event_values(
        "dispute.",
        {
            "status": Value(_("Status"), "enum", enums.DisputeStatus),
            "award_status": Value(_("Award"), "enum", enums.AwardStatus),
            "refund_status": Value(_("Refund"), "enum", enums.RefundEntryStatus),
            "return_status": Value(_("Return"), "enum", enums.ReturnStatus),
            "reason": Value(_("Reason"), "enum", enums.DisputeReason),
            "requested_outcome": Value(_("Asks for"), "enum", enums.RequestedOutcome),
            "outcome": Value(_("Outcome"), "enum", enums.DecisionOutcome),
            "party": Value(_("Side"), "enum", enums.Party),
            "by": Value(pgettext_lazy("who acted", "By"), "enum", enums.Party),
            "kind": Value(_("Proposal"), "enum", enums.ProposalKind),
            "type": Value(_("Evidence type"), "enum", enums.EvidenceType),
            "source": Value(_("Source"), render=_source),
            "claimed_amount": Value(_("Amount claimed"), "money"),
            "covered_amount": Value(_("Covered amount"), "money"),
            "amount": Value(_("Amount"), "money"),
            "refund_amount": Value(_("Refund"), "money"),
            "sha256": Value(_("SHA-256"), "hash"),
            "size": Value(_("Size"), "bytes"),
            "order": Value(_("Order")),
            "requirements": Value(_("Requirements cited")),
            "note": Value(_("Note")),
            "reference": Value(_("Reference")),
            "carrier": Value(_("Carrier")),
            "tracking_number": Value(_("Tracking number")),
            "due_at": Value(_("Due")),
            "response_due_at": Value(_("Response due")),
            "return_due_at": Value(_("Return due")),
            "evidence_due_at": Value(_("Evidence window closes")),
            "appeal_due_at": Value(_("Appeals possible until")),
            "decision_due_at": Value(_("Decision due")),
            "obligation_status": Value(_("Obligation status"), "enum", enums.ObligationStatus),
            "findings": Value(_("Findings")),
            # Internal ids and values another key already shows ("message" is the id of
            # the message the timeline entry already is).
            "message": hidden,
            "currency": hidden,
            "evidence": hidden,
            "new_evidence": hidden,
            "proposal": hidden,
            "decision": hidden,
            "appeal": hidden,
            "refund": hidden,
            "obligation": hidden,
            "report": hidden,
            "demo": hidden,
        },
    )
    register_event_values(
        "dispute.obligation_",
        {
            "kind": Value(_("Obligation"), "enum", enums.ObligationKind),
            "status": Value(_("Status"), "enum", enums.ObligationStatus),
        },
    )


def _source(value: Any, values: Any) -> str:
    """A requirement's source (a code), or what an obligation or a refund comes from
    ("decision:3", "proposal:7"), as words in the reader's language."""
    from django.utils.translation import gettext as _

    from tradeguard.disputes.enums import RequirementSource

    text = str(value)
    if text in RequirementSource.values:
        return str(RequirementSource(text).label)
    kind, _sep, number = text.partition(":")
    if kind == "decision":
        return _("Decision #%(number)s") % {"number": number}
    if kind == "proposal":
        return _("Accepted proposal #%(number)s") % {"number": number}
    return text
