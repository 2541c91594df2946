from enum import StrEnum

from django.db import models


class InspectionLevel(models.TextChoices):
    S1 = "S-1", "Special S-1"
    S2 = "S-2", "Special S-2"
    S3 = "S-3", "Special S-3"
    S4 = "S-4", "Special S-4"
    I = "I", "General I"  # noqa: E741 - the ISO 2859-1 name of the level
    II = "II", "General II"
    III = "III", "General III"


class Severity(models.TextChoices):
    CRITICAL = "critical", "Critical"
    MAJOR = "major", "Major"
    MINOR = "minor", "Minor"


class InspectionSeverity(models.TextChoices):
    """Which table of ISO 2859-1 applies (normal 2-A, tightened 2-B, reduced 2-C)."""

    NORMAL = "normal", "Normal"
    TIGHTENED = "tightened", "Tightened"
    REDUCED = "reduced", "Reduced"


class SwitchingStatus(models.TextChoices):
    NORMAL = "normal", "Normal"
    TIGHTENED = "tightened", "Tightened"
    REDUCED = "reduced", "Reduced"
    DISCONTINUED = "discontinued", "Discontinued"


class ClauseKind(models.TextChoices):
    DIMENSION = "dimension", "Dimension"
    WEIGHT = "weight", "Weight"
    MATERIAL = "material", "Material"
    COLOUR = "colour", "Colour"
    FUNCTION = "function", "Function"
    LABELING = "labeling", "Labeling"
    PACKAGING = "packaging", "Packaging"
    CERTIFICATION = "certification", "Certification"
    OTHER = "other", "Other"


class TargetType(models.TextChoices):
    NONE = "none", "Not measurable (text only)"
    MEASURE = "measure", "Value with unit and tolerance"
    COLOUR = "colour", "Colour with CIEDE2000 tolerance"
    TEXT = "text", "Required text or mark"
    CHECK = "check", "Yes/no check"


class InspectionKind(models.TextChoices):
    PRE_SHIPMENT = "pre_shipment", "Pre-shipment inspection"
    DURING_PRODUCTION = "during_production", "During-production inspection"
    ON_ARRIVAL = "on_arrival", "On-arrival inspection"


class InspectionStatus(models.TextChoices):
    BOOKED = "booked", "Booked"
    REPORTED = "reported", "Report in progress"
    SIGNED = "signed", "Signed"
    CANCELLED = "cancelled", "Cancelled"


class Verdict(models.TextChoices):
    PASS = "pass", "Pass"
    FAIL = "fail", "Fail"
    PENDING = "pending", "Pending"


class AcceptanceParty(models.TextChoices):
    BUYER = "buyer", "Buyer"
    SUPPLIER = "supplier", "Supplier"


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


class AttachmentStatus(models.TextChoices):
    PROPOSED = "proposed", "Proposed (awaiting acceptance)"
    BINDING = "binding", "Binding (accepted by both)"
    SUPERSEDED = "superseded", "Superseded"


class ReportStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    SIGNED = "signed", "Signed"
