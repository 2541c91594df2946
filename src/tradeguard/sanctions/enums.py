from enum import StrEnum

from django.db import models


class SanctionKind(models.TextChoices):
    POINTS = "points", "Points"
    STRIKE = "strike", "Strike"


class StandingLevel(models.TextChoices):
    GOOD = "good", "Good standing"
    WARNING = "warning", "Warning"
    RESTRICTED = "restricted", "Restricted"
    TERMINATED = "terminated", "Membership terminated"


class SanctionsErrorCode(StrEnum):
    NOT_A_SUPPLIER = "not_a_supplier"
    IDEMPOTENCY_KEY_REUSED = "idempotency_key_reused"
