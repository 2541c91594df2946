"""What the disputes app adds to the shared web shell: dashboard panels and timeline labels."""

from __future__ import annotations


def register() -> None:
    try:
        from tradeguard.web.timeline import register_event_labels
    except ImportError:  # pragma: no cover - the web shell is optional for the domain
        return
    register_event_labels(
        {
            "dispute.opened": "Dispute filed",
            "dispute.status_changed": "Status changed",
            "dispute.evidence_added": "Evidence uploaded (draft)",
            "dispute.evidence_submitted": "Evidence submitted",
            "dispute.evidence_discarded": "Draft evidence discarded",
            "dispute.message": "Message",
            "dispute.proposal_made": "Proposal made",
            "dispute.proposal_accepted": "Proposal accepted",
            "dispute.proposal_rejected": "Proposal rejected",
            "dispute.decided": "Decision",
            "dispute.appealed": "Appeal filed",
            "dispute.refund_created": "Refund ordered",
            "dispute.refund_paid": "Refund paid",
            "dispute.obligation_created": "Supplier obligation set",
            "dispute.obligation_confirmed": "Supplier confirmed",
            "dispute.obligation_fulfilled": "Obligation fulfilled",
            "dispute.obligation_ignored": "Award ignored",
            "dispute.return_requested": "Return requested",
            "dispute.return_shipped": "Return shipped",
            "dispute.return_delivered": "Return delivered",
            "dispute.return_missed": "Return not shipped in time",
            "dispute.decision_overdue": "Decision overdue",
            "dispute.award_replaced": "Award replaced on appeal",
        }
    )
    from tradeguard.disputes import panels

    panels.register()
