from enum import StrEnum

from django.db import models


class DisputeReason(models.TextChoices):
    NOT_RECEIVED = "not_received", "Goods not received"
    LATE_SHIPMENT = "late_shipment", "Shipped late"
    NOT_AS_DESCRIBED = "not_as_described", "Not as described"
    DEFECTIVE_OR_DAMAGED = "defective_or_damaged", "Defective or damaged"
    QUANTITY_SHORTAGE = "quantity_shortage", "Quantity shortage"
    CANCELLATION_REFUND = "cancellation_refund", "Cancelled, money not returned"
    COMPLIANCE = "compliance", "Missing certificates, labels or documents"
    OTHER = "other", "Other"


class RequestedOutcome(models.TextChoices):
    FULL_REFUND = "full_refund", "Full refund"
    PARTIAL_REFUND = "partial_refund", "Partial refund"
    RETURN_AND_REFUND = "return_and_refund", "Return and refund"
    REPLACEMENT = "replacement", "Replacement"


# Proposals use the same four kinds as the buyer's requested outcome.
ProposalKind = RequestedOutcome


class DisputeStatus(models.TextChoices):
    AWAITING_RESPONSE = "awaiting_response", "Awaiting the supplier's response"
    NEGOTIATING = "negotiating", "Negotiating"
    ESCALATED = "escalated", "Escalated: evidence window"
    UNDER_REVIEW = "under_review", "Under review by an officer"
    DECIDED = "decided", "Decided"
    APPEALED = "appealed", "Appealed"
    SETTLED = "settled", "Settled"
    WITHDRAWN = "withdrawn", "Withdrawn"
    CLOSED = "closed", "Closed"


class RefundStatus(models.TextChoices):
    NONE = "none", "No refund"
    PENDING = "pending", "Refund pending"
    PAID = "paid", "Refund paid"


class AwardStatus(models.TextChoices):
    NONE = "none", "Nothing owed"
    PENDING = "pending", "Supplier to carry out"
    FULFILLED = "fulfilled", "Carried out"
    IGNORED = "ignored", "Ignored by the supplier"
    LAPSED = "lapsed", "Lapsed (return not shipped)"


class ReturnStatus(models.TextChoices):
    NONE = "none", "No return"
    AWAITING_SHIPMENT = "awaiting_shipment", "Buyer to ship the goods back"
    SHIPPED = "shipped", "Return shipped"
    DELIVERED = "delivered", "Return delivered"
    MISSED = "missed", "Return not shipped in time"


class Party(models.TextChoices):
    BUYER = "buyer", "Buyer"
    SUPPLIER = "supplier", "Supplier"
    PLATFORM = "platform", "Platform"


class EvidenceType(models.TextChoices):
    SPEC_SHEET = "spec_sheet", "Specification sheet"
    DESIGN_DRAWING = "design_drawing", "Design drawing"
    SALES_CONTRACT = "sales_contract", "Sales contract"
    TRANSACTION_RECORD = "transaction_record", "Transaction record (proof of payment)"
    PRODUCT_PHOTO = "product_photo", "Product photo"
    PRODUCT_VIDEO = "product_video", "Product video"
    INSPECTION_REPORT = "inspection_report", "Inspection report"
    LAB_REPORT = "lab_report", "Lab report"
    SHIPPING_DOCUMENT = "shipping_document", "Shipping document"
    COMMUNICATION_LOG = "communication_log", "Communication log"
    CUSTOMS_DOCUMENT = "customs_document", "Customs document"
    OTHER = "other", "Other"


class EvidenceStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    SUBMITTED = "submitted", "Submitted"


class RequirementSource(models.TextChoices):
    SPEC_CLAUSE = "spec_clause", "Clause of the specification"
    CONTRACT_CLAUSE = "contract_clause", "Clause of the sales contract"
    DRAWING = "drawing", "Design drawing"
    LISTING_ATTRIBUTE = "listing_attribute", "Attribute of the listing"


class ProposalStatus(models.TextChoices):
    OPEN = "open", "Open"
    ACCEPTED = "accepted", "Accepted"
    REJECTED = "rejected", "Rejected"
    SUPERSEDED = "superseded", "Superseded"


class DecisionOutcome(models.TextChoices):
    BUYER_FULL = "buyer_full", "For the buyer: full refund"
    BUYER_PARTIAL = "buyer_partial", "For the buyer: partial refund"
    RETURN_AND_REFUND = "return_and_refund", "For the buyer: return and refund"
    SUPPLIER = "supplier", "For the supplier"


class RefundEntryStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    PAID = "paid", "Paid"
    CANCELLED = "cancelled", "Cancelled"


class ObligationKind(models.TextChoices):
    REIMBURSE_PLATFORM = "reimburse_platform", "Reimburse the platform's advance refund"
    PAY_BUYER = "pay_buyer", "Pay the buyer"
    SHIP_REPLACEMENT = "ship_replacement", "Ship a replacement"


class ObligationStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    CONFIRMED = "confirmed", "Supplier says done; buyer to confirm"
    FULFILLED = "fulfilled", "Fulfilled"
    IGNORED = "ignored", "Ignored past the deadline"
    CANCELLED = "cancelled", "Cancelled"


class AppealStatus(models.TextChoices):
    PENDING = "pending", "Pending review"
    DECIDED = "decided", "Decided"


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
