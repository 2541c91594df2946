from enum import StrEnum

from django.db import models


class SanctionKind(models.TextChoices):
    POINTS = "points", "Points"
    STRIKE = "strike", "Strike"
    # Undoes one points or strike entry (`reverses`): from its time on, that entry no
    # longer counts, as if it had never been given.
    REVERSAL = "reversal", "Reversal"


class StandingLevel(models.TextChoices):
    GOOD = "good", "Good standing"
    WARNING = "warning", "Warning"
    RESTRICTED = "restricted", "Restricted"
    TERMINATED = "terminated", "Membership terminated"


class SanctionsErrorCode(StrEnum):
    NOT_A_SUPPLIER = "not_a_supplier"
    IDEMPOTENCY_KEY_REUSED = "idempotency_key_reused"
    ALREADY_REVERSED = "already_reversed"
    NOT_REVERSIBLE = "not_reversible"
