from enum import StrEnum

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class InspectionLevel(models.TextChoices):
    S1 = "S-1", _("Special S-1")
    S2 = "S-2", _("Special S-2")
    S3 = "S-3", _("Special S-3")
    S4 = "S-4", _("Special S-4")
    I = "I", _("General I")  # noqa: E741 - the ISO 2859-1 name of the level
    II = "II", _("General II")
    III = "III", _("General III")


class Severity(models.TextChoices):
    CRITICAL = "critical", _("Critical")
    MAJOR = "major", _("Major")
    MINOR = "minor", _("Minor")


class InspectionSeverity(models.TextChoices):
    """Which table of ISO 2859-1 applies (normal 2-A, tightened 2-B, reduced 2-C)."""

    NORMAL = "normal", _("Normal")
    TIGHTENED = "tightened", _("Tightened")
    REDUCED = "reduced", _("Reduced")


class SwitchingStatus(models.TextChoices):
    NORMAL = "normal", _("Normal")
    TIGHTENED = "tightened", _("Tightened")
    REDUCED = "reduced", _("Reduced")
    DISCONTINUED = "discontinued", _("Discontinued")


class ClauseKind(models.TextChoices):
    DIMENSION = "dimension", _("Dimension")
    WEIGHT = "weight", _("Weight")
    MATERIAL = "material", _("Material")
    COLOUR = "colour", _("Colour")
    FUNCTION = "function", _("Function")
    LABELING = "labeling", _("Labeling")
    PACKAGING = "packaging", _("Packaging")
    CERTIFICATION = "certification", _("Certification")
    OTHER = "other", _("Other")


class TargetType(models.TextChoices):
    NONE = "none", _("Not measurable (text only)")
    MEASURE = "measure", _("Value with unit and tolerance")
    COLOUR = "colour", _("Colour with CIEDE2000 tolerance")
    TEXT = "text", _("Required text or mark")
    CHECK = "check", _("Yes/no check")


class InspectionKind(models.TextChoices):
    PRE_SHIPMENT = "pre_shipment", _("Pre-shipment inspection")
    DURING_PRODUCTION = "during_production", _("During-production inspection")
    ON_ARRIVAL = "on_arrival", _("On-arrival inspection")


class InspectionStatus(models.TextChoices):
    BOOKED = "booked", _("Booked")
    REPORTED = "reported", _("Report in progress")
    SIGNED = "signed", _("Signed")
    CANCELLED = "cancelled", _("Cancelled")


class Verdict(models.TextChoices):
    PASS = "pass", _("Pass")
    FAIL = "fail", _("Fail")
    PENDING = "pending", pgettext_lazy("inspection verdict", "Pending")


class AcceptanceParty(models.TextChoices):
    BUYER = "buyer", _("Buyer")
    SUPPLIER = "supplier", _("Supplier")


class SpecsErrorCode(StrEnum):
    INVALID_LOT_SIZE = "invalid_lot_size"
    INVALID_LEVEL = "invalid_level"
    INVALID_AQL = "invalid_aql"
    INVALID_INSPECTION = "invalid_inspection"
    INVALID_CLAUSE = "invalid_clause"
    UNKNOWN_UNIT = "unknown_unit"
    INCOMPATIBLE_UNIT = "incompatible_unit"
    NEGATIVE_TOLERANCE = "negative_tolerance"
    MAX_BELOW_MIN = "max_below_min"
    INVALID_COLOUR = "invalid_colour"
    DUPLICATE_CLAUSE_ID = "duplicate_clause_id"
    NO_CLAUSES = "no_clauses"
    NOT_SPEC_OWNER = "not_spec_owner"
    WRONG_BUYER = "wrong_buyer"
    SPEC_BINDING = "spec_binding"
    ALREADY_ACCEPTED = "already_accepted"
    NOT_A_PARTY = "not_a_party"
    HASH_MISMATCH = "hash_mismatch"
    NO_SPEC_ATTACHED = "no_spec_attached"
    NOT_INSPECTOR = "not_inspector"
    INSPECTION_SIGNED = "inspection_signed"
    INSPECTION_NOT_SIGNED = "inspection_not_signed"
    INVALID_TRANSITION = "invalid_transition"
    REPORT_INCOMPLETE = "report_incomplete"
    SAMPLE_MISMATCH = "sample_mismatch"
    UNKNOWN_CLAUSE = "unknown_clause"
    INVALID_IMPORT = "invalid_import"
    TOO_MANY_CLAUSES = "too_many_clauses"


class AttachmentStatus(models.TextChoices):
    PROPOSED = "proposed", _("Proposed (awaiting acceptance)")
    BINDING = "binding", _("Binding (accepted by both)")
    SUPERSEDED = "superseded", _("Superseded")


class ReportStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SIGNED = "signed", _("Signed")
