from enum import StrEnum

from django.db import models
from django.utils.translation import gettext_lazy as _


class MonitoredSource(models.TextChoices):
    IP_RECORD = "ip_record", _("Copyright record")
    WATCH_SET = "watch_set", _("Watch set")


class MonitoredStatus(models.TextChoices):
    ACTIVE = "active", _("Monitored")
    ARCHIVED = "archived", _("No longer monitored")


class FingerprintRole(models.TextChoices):
    REFERENCE = "reference", _("Protected image")
    QUERY = "query", _("Listing image")


class FingerprintStatus(models.TextChoices):
    OK = "ok", _("Hashed")
    FAILED = "failed", _("Could not be read")


class MatchStatus(models.TextChoices):
    NEW = "new", _("To review")
    CONFIRMED = "confirmed", _("Confirmed copy")
    DISMISSED = "dismissed", _("Dismissed")
    AUTHORIZED = "authorized", _("Authorized supplier")


class MatchBasis(models.TextChoices):
    """What the engine's score rests on (imagematch.results.Basis)."""

    OBJECT = "object", _("Same object")
    TEMPLATE = "template", _("Same template")
    OVERLAY = "overlay", _("Same picture, overlaid")
    HASH = "hash", _("Near-identical picture")


class ScanStatus(models.TextChoices):
    QUEUED = "queued", _("Queued")
    RUNNING = "running", _("Scanning")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed")


class MonitoringErrorCode(StrEnum):
    NOT_A_REPORTER = "monitoring_not_a_reporter"
    NOT_AN_IMAGE = "monitoring_not_an_image"
    ALREADY_MONITORED = "monitoring_already_monitored"
    WATCH_SET_NAME_TAKEN = "monitoring_watch_set_name_taken"
    INVALID_TRANSITION = "monitoring_invalid_transition"
    NOTHING_SELECTED = "monitoring_nothing_selected"
    ALREADY_AUTHORIZED = "monitoring_already_authorized"
    NOT_A_SUPPLIER = "monitoring_not_a_supplier"
    ARCHIVED = "monitoring_archived"
    NOT_HASHED = "monitoring_not_hashed"
    ALREADY_IN_COMPLAINT = "monitoring_already_in_complaint"
    BELOW_COMPLAINT_THRESHOLD = "monitoring_below_complaint_threshold"
