"""Every write to disputes. Split by stage; import from here."""

from tradeguard.disputes.services.awards import (
    awards_enforce,
    carry_out,
    obligation_confirm,
    obligation_receipt_confirm,
    refund_mark_paid,
    return_delivered,
    return_ship,
)
from tradeguard.disputes.services.decisions import FindingInput, appeal_file, decision_make
from tradeguard.disputes.services.evidence import (
    evidence_add,
    evidence_attach_report,
    evidence_discard,
    evidence_submit,
)
from tradeguard.disputes.services.filing import (
    Filed,
    RequirementInput,
    StagedEvidence,
    dispute_open,
)
from tradeguard.disputes.services.lifecycle import (
    dispute_close_if_done,
    dispute_escalate,
    dispute_transition,
    dispute_withdraw,
)
from tradeguard.disputes.services.negotiation import (
    message_post,
    proposal_accept,
    proposal_make,
    proposal_reject,
)

__all__ = [
    "Filed",
    "FindingInput",
    "RequirementInput",
    "StagedEvidence",
    "appeal_file",
    "awards_enforce",
    "carry_out",
    "decision_make",
    "dispute_close_if_done",
    "dispute_escalate",
    "dispute_open",
    "dispute_transition",
    "dispute_withdraw",
    "evidence_add",
    "evidence_attach_report",
    "evidence_discard",
    "evidence_submit",
    "message_post",
    "obligation_confirm",
    "obligation_receipt_confirm",
    "proposal_accept",
    "proposal_make",
    "proposal_reject",
    "refund_mark_paid",
    "return_delivered",
    "return_ship",
]
