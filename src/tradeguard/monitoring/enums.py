from enum import StrEnum

from django.db import models


class MonitoredSource(models.TextChoices):
    IP_RECORD = "ip_record", "Copyright record"
    WATCH_SET = "watch_set", "Watch set"


class MonitoredStatus(models.TextChoices):
    ACTIVE = "active", "Monitored"
    ARCHIVED = "archived", "No longer monitored"


class FingerprintRole(models.TextChoices):
    REFERENCE = "reference", "Protected image"
    QUERY = "query", "Listing image"


class FingerprintStatus(models.TextChoices):
    OK = "ok", "Hashed"
    FAILED = "failed", "Could not be read"


class MatchStatus(models.TextChoices):
    NEW = "new", "To review"
    CONFIRMED = "confirmed", "Confirmed copy"
    DISMISSED = "dismissed", "Dismissed"
    AUTHORIZED = "authorized", "Authorized supplier"


class ScanStatus(models.TextChoices):
    QUEUED = "queued", "Queued"
    RUNNING = "running", "Scanning"
    DONE = "done", "Done"
    FAILED = "failed", "Failed"


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
