from enum import StrEnum

from django.db import models


class RecordKind(models.TextChoices):
    TRADEMARK = "trademark", "Trademark"
    DESIGN_PATENT = "design_patent", "Design patent"
    UTILITY_PATENT = "utility_patent", "Utility patent"
    COPYRIGHT = "copyright", "Copyright"


class RecordStatus(models.TextChoices):
    PENDING = "pending", "Waiting for review"
    APPROVED = "approved", "Approved"
    REJECTED = "rejected", "Rejected"


class RecordImageKind(models.TextChoices):
    MARK = "mark", "Mark image"
    DRAWING = "drawing", "Drawing"
    REFERENCE = "reference", "Reference image"


class AuthorizationStatus(models.TextChoices):
    PENDING = "pending", "Waiting for review"
    APPROVED = "approved", "Approved"
    REJECTED = "rejected", "Rejected"


class ComplaintReason(models.TextChoices):
    COUNTERFEIT = "counterfeit", "Counterfeit goods"
    TRADEMARK_MISUSE = "trademark_misuse", "Trademark misuse"
    IMAGE_COPY = "image_copy", "Copied product image"
    TEXT_COPY = "text_copy", "Copied text"
    DESIGN_PATENT = "design_patent", "Design patent infringement"
    UTILITY_PATENT = "utility_patent", "Utility patent infringement"


class ComplaintStatus(models.TextChoices):
    OPEN = "open", "Open"
    CLOSED = "closed", "Closed"
    WITHDRAWN = "withdrawn", "Withdrawn"


class ItemStatus(models.TextChoices):
    """One listing named in a complaint. See `policy.TRANSITIONS` for the moves."""

    REJECTED = "rejected", "Not processed"
    NOTIFIED = "notified", "Supplier notified"
    REMOVED = "removed", "Listing removed"
    COUNTER_NOTICED = "counter_noticed", "Counter-notice filed"
    UNDER_REVIEW = "under_review", "Officer reviewing"
    APPEALED = "appealed", "Removal appealed"
    COURT_ACTION = "court_action", "Court action filed"
    DISMISSED = "dismissed", "Complaint not upheld, listing stays"
    RESTORED = "restored", "Listing restored"
    WITHDRAWN = "withdrawn", "Withdrawn by rights holder"


class RemovalKind(models.TextChoices):
    VOLUNTARY = "voluntary", "Removed by the supplier"
    AUTOMATIC = "automatic", "Removed automatically at the deadline"
    DECISION = "decision", "Removed by an officer's decision"


class RejectionReason(models.TextChoices):
    UNKNOWN_LISTING = "unknown_listing", "No listing with this URL or id"
    OWN_LISTING = "own_listing", "The listing belongs to the rights holder itself"
    ALREADY_REMOVED = "already_removed", "The listing is already removed"
    DUPLICATE = "duplicate", "Listed twice in this complaint"
    ALREADY_REPORTED = (
        "already_reported",
        "An open complaint of this rights holder already names it",
    )


class AppealStatus(models.TextChoices):
    OPEN = "open", "Waiting for review"
    UPHELD = "upheld", "Upheld: listing restored"
    REJECTED = "rejected", "Rejected: removal stands"


class SorDecision(models.TextChoices):
    REMOVAL = "removal", "Listing removed"
    RESTORATION = "restoration", "Listing restored"


class IpErrorCode(StrEnum):
    ORG_NOT_VERIFIED = "ip_org_not_verified"
    NOT_A_RIGHTS_HOLDER = "ip_not_a_rights_holder"
    NO_AUTHORIZATION = "ip_no_agent_authorization"
    RECORD_INCOMPLETE = "ip_record_incomplete"
    TRANSLATION_REQUIRED = "ip_translation_required"
    RECORD_NOT_PENDING = "ip_record_not_pending"
    RECORD_NOT_USABLE = "ip_record_not_usable"
    REASON_MISMATCH = "ip_reason_does_not_fit_record"
    TOO_MANY_LISTINGS = "ip_too_many_listings"
    NO_LISTINGS = "ip_no_listings"
    NOTHING_PROCESSABLE = "ip_nothing_processable"
    STATEMENTS_MISSING = "ip_statements_missing"
    SIGNATURE_MISSING = "ip_signature_missing"
    REPORTER_SUSPENDED = "ip_reporter_suspended"
    INVALID_TRANSITION = "ip_invalid_transition"
    DEADLINE_PASSED = "ip_deadline_passed"
    NOT_COPYRIGHT = "ip_not_copyright"
    SAME_OFFICER = "ip_same_officer"
    APPEAL_WINDOW_CLOSED = "ip_appeal_window_closed"
    ALREADY_APPEALED = "ip_already_appealed"
    REASON_REQUIRED = "ip_reason_required"
    AUTHORIZATION_NOT_PENDING = "ip_authorization_not_pending"
    CSV_INVALID = "ip_csv_invalid"
    DRAFT_USED = "ip_draft_used"
