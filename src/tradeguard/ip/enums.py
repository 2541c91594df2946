from enum import StrEnum

from django.db import models
from django.utils.translation import gettext_lazy as _


class RecordKind(models.TextChoices):
    TRADEMARK = "trademark", _("Trademark")
    DESIGN_PATENT = "design_patent", _("Design patent")
    UTILITY_PATENT = "utility_patent", _("Utility patent")
    COPYRIGHT = "copyright", _("Copyright")


class RecordStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for review")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


class RecordImageKind(models.TextChoices):
    MARK = "mark", _("Mark image")
    DRAWING = "drawing", _("Drawing")
    REFERENCE = "reference", _("Reference image")


class AuthorizationStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for review")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


class ComplaintReason(models.TextChoices):
    COUNTERFEIT = "counterfeit", _("Counterfeit goods")
    TRADEMARK_MISUSE = "trademark_misuse", _("Trademark misuse")
    IMAGE_COPY = "image_copy", _("Copied product image")
    TEXT_COPY = "text_copy", _("Copied text")
    DESIGN_PATENT = "design_patent", _("Design patent infringement")
    UTILITY_PATENT = "utility_patent", _("Utility patent infringement")


class ComplaintStatus(models.TextChoices):
    OPEN = "open", _("Open")
    CLOSED = "closed", _("Closed")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class ItemStatus(models.TextChoices):
    """One listing named in a complaint. See `policy.TRANSITIONS` for the moves."""

    REJECTED = "rejected", _("Not processed")
    NOTIFIED = "notified", _("Supplier notified")
    REMOVED = "removed", _("Listing removed")
    COUNTER_NOTICED = "counter_noticed", _("Counter-notice filed")
    UNDER_REVIEW = "under_review", _("Officer reviewing")
    APPEALED = "appealed", _("Removal appealed")
    COURT_ACTION = "court_action", _("Court action filed")
    DISMISSED = "dismissed", _("Complaint not upheld, listing stays")
    RESTORED = "restored", _("Listing restored")
    WITHDRAWN = "withdrawn", _("Withdrawn by rights holder")


class RemovalKind(models.TextChoices):
    VOLUNTARY = "voluntary", _("Removed by the supplier")
    AUTOMATIC = "automatic", _("Removed automatically at the deadline")
    DECISION = "decision", _("Removed by an officer's decision")


class RejectionReason(models.TextChoices):
    UNKNOWN_LISTING = "unknown_listing", _("No listing with this URL or id")
    OWN_LISTING = "own_listing", _("The listing belongs to the rights holder itself")
    ALREADY_REMOVED = "already_removed", _("The listing is already removed")
    DUPLICATE = "duplicate", _("Listed twice in this complaint")
    ALREADY_REPORTED = (
        "already_reported",
        _("An open complaint of this rights holder already names it"),
    )


class Party(models.TextChoices):
    """Whose move it is on a listing's clock (reminders say whom they reminded)."""

    SUPPLIER = "supplier", _("Supplier")
    RIGHTS_HOLDER = "rights_holder", _("Rights holder")
    OFFICER = "officer", _("Platform officer")


class DraftSource(models.TextChoices):
    """What prepared a complaint draft for the rights holder to file."""

    IMAGE_MONITORING = "image_monitoring", _("Image monitoring")


class IpAppealStatus(models.TextChoices):
    OPEN = "open", _("Waiting for review")
    UPHELD = "upheld", _("Upheld: listing restored")
    REJECTED = "rejected", _("Rejected: removal stands")


# The API names it IpAppealStatus (the disputes app has an AppealStatus of its own).
AppealStatus = IpAppealStatus


class SorDecision(models.TextChoices):
    REMOVAL = "removal", _("Listing removed")
    RESTORATION = "restoration", _("Listing restored")


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
