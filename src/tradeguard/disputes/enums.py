from enum import StrEnum

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class DisputeReason(models.TextChoices):
    NOT_RECEIVED = "not_received", _("Goods not received")
    LATE_SHIPMENT = "late_shipment", _("Shipped late")
    NOT_AS_DESCRIBED = "not_as_described", _("Not as described")
    DEFECTIVE_OR_DAMAGED = "defective_or_damaged", _("Defective or damaged")
    QUANTITY_SHORTAGE = "quantity_shortage", _("Quantity shortage")
    CANCELLATION_REFUND = "cancellation_refund", _("Cancelled, money not returned")
    COMPLIANCE = "compliance", _("Missing certificates, labels or documents")
    OTHER = "other", _("Other")


class RequestedOutcome(models.TextChoices):
    FULL_REFUND = "full_refund", _("Full refund")
    PARTIAL_REFUND = "partial_refund", _("Partial refund")
    RETURN_AND_REFUND = "return_and_refund", _("Return and refund")
    REPLACEMENT = "replacement", _("Replacement")


# Proposals use the same four kinds as the buyer's requested outcome.
ProposalKind = RequestedOutcome


class DisputeStatus(models.TextChoices):
    AWAITING_RESPONSE = "awaiting_response", _("Awaiting the supplier's response")
    NEGOTIATING = "negotiating", _("Negotiating")
    ESCALATED = "escalated", _("Escalated: evidence window")
    UNDER_REVIEW = "under_review", _("Under review by an officer")
    DECIDED = "decided", _("Decided")
    APPEALED = "appealed", _("Appealed")
    SETTLED = "settled", _("Settled")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    CLOSED = "closed", _("Closed")


class RefundStatus(models.TextChoices):
    NONE = "none", _("No refund")
    PENDING = "pending", _("Refund pending")
    PAID = "paid", _("Refund paid")


class AwardStatus(models.TextChoices):
    NONE = "none", _("Nothing owed")
    PENDING = "pending", _("Supplier to carry out")
    FULFILLED = "fulfilled", _("Carried out")
    IGNORED = "ignored", _("Ignored by the supplier")
    LAPSED = "lapsed", _("Lapsed (return not shipped)")


class ReturnStatus(models.TextChoices):
    NONE = "none", _("No return")
    AWAITING_SHIPMENT = "awaiting_shipment", _("Buyer to ship the goods back")
    SHIPPED = "shipped", _("Return shipped")
    DELIVERED = "delivered", _("Return delivered")
    MISSED = "missed", _("Return not shipped in time")


class Party(models.TextChoices):
    BUYER = "buyer", _("Buyer")
    SUPPLIER = "supplier", _("Supplier")
    PLATFORM = "platform", _("Platform")


class EvidenceType(models.TextChoices):
    SPEC_SHEET = "spec_sheet", _("Specification sheet")
    DESIGN_DRAWING = "design_drawing", _("Design drawing")
    SALES_CONTRACT = "sales_contract", _("Sales contract")
    TRANSACTION_RECORD = "transaction_record", _("Transaction record (proof of payment)")
    PRODUCT_PHOTO = "product_photo", _("Product photo")
    PRODUCT_VIDEO = "product_video", _("Product video")
    INSPECTION_REPORT = "inspection_report", _("Inspection report")
    LAB_REPORT = "lab_report", _("Lab report")
    SHIPPING_DOCUMENT = "shipping_document", _("Shipping document")
    COMMUNICATION_LOG = "communication_log", _("Communication log")
    CUSTOMS_DOCUMENT = "customs_document", _("Customs document")
    OTHER = "other", _("Other")


class EvidenceStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")


class RequirementSource(models.TextChoices):
    SPEC_CLAUSE = "spec_clause", _("Clause of the specification")
    CONTRACT_CLAUSE = "contract_clause", _("Clause of the sales contract")
    DRAWING = "drawing", _("Design drawing")
    LISTING_ATTRIBUTE = "listing_attribute", _("Attribute of the listing")


class ProposalStatus(models.TextChoices):
    OPEN = "open", pgettext_lazy("settlement proposal", "Open")
    ACCEPTED = "accepted", _("Accepted")
    REJECTED = "rejected", pgettext_lazy("settlement proposal", "Rejected")
    SUPERSEDED = "superseded", pgettext_lazy("settlement proposal", "Superseded")


class DecisionOutcome(models.TextChoices):
    BUYER_FULL = "buyer_full", _("For the buyer: full refund")
    BUYER_PARTIAL = "buyer_partial", _("For the buyer: partial refund")
    RETURN_AND_REFUND = "return_and_refund", _("For the buyer: return and refund")
    SUPPLIER = "supplier", _("For the supplier")


class RefundEntryStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    PAID = "paid", _("Paid")
    CANCELLED = "cancelled", _("Cancelled")


class ObligationKind(models.TextChoices):
    REIMBURSE_PLATFORM = "reimburse_platform", _("Reimburse the platform's advance refund")
    PAY_BUYER = "pay_buyer", _("Pay the buyer")
    SHIP_REPLACEMENT = "ship_replacement", _("Ship a replacement")


class ObligationStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    CONFIRMED = "confirmed", _("Supplier says done; buyer to confirm")
    FULFILLED = "fulfilled", _("Fulfilled")
    IGNORED = "ignored", _("Ignored past the deadline")
    CANCELLED = "cancelled", _("Cancelled")


class AppealStatus(models.TextChoices):
    PENDING = "pending", pgettext_lazy("appeal", "Pending review")
    DECIDED = "decided", _("Decided")


class DisputesErrorCode(StrEnum):
    ORDER_NOT_PAID = "order_not_paid"
    PAYMENT_NOT_COVERED = "payment_not_covered"
    REQUIREMENT_NOT_CITED = "requirement_not_cited"
    FILING_WINDOW_CLOSED = "filing_window_closed"
    FILING_WINDOW_NOT_OPEN = "filing_window_not_open"
    REASON_NOT_APPLICABLE = "reason_not_applicable"
    CLAIM_EXCEEDS_COVERED = "claim_exceeds_covered"
    DISPUTE_ALREADY_OPEN = "dispute_already_open"
    NOT_A_PARTY = "not_a_party"
    INVALID_TRANSITION = "invalid_transition"
    ESCALATION_TOO_EARLY = "escalation_too_early"
    EVIDENCE_CLOSED = "evidence_closed"
    EVIDENCE_ALREADY_SUBMITTED = "evidence_already_submitted"
    EVIDENCE_ALREADY_IN_CASE = "evidence_already_in_case"
    CASE_STORAGE_FULL = "case_storage_full"
    PROPOSAL_NOT_OPEN = "proposal_not_open"
    OWN_PROPOSAL = "own_proposal"
    FINDINGS_REQUIRED = "findings_required"
    FINDING_EVIDENCE_INVALID = "finding_evidence_invalid"
    REFUND_EXCEEDS_COVERED = "refund_exceeds_covered"
    REQUIRED_EVIDENCE_MISSING = "required_evidence_missing"
    APPEAL_NEEDS_NEW_EVIDENCE = "appeal_needs_new_evidence"
    APPEAL_WINDOW_CLOSED = "appeal_window_closed"
    APPEAL_ALREADY_USED = "appeal_already_used"
    SAME_OFFICER = "appeal_needs_different_officer"
    NOTHING_TO_CONFIRM = "nothing_to_confirm"
    IDEMPOTENCY_KEY_REUSED = "idempotency_key_reused"
    CASEFILE_NOT_AVAILABLE = "casefile_not_available"
