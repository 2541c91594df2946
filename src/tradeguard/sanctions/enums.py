from enum import StrEnum

from django.db import models
from django.utils.translation import gettext_lazy as _


class SanctionKind(models.TextChoices):
    POINTS = "points", _("Points")
    STRIKE = "strike", _("Strike")
    # Undoes one points or strike entry (`reverses`): from its time on, that entry no
    # longer counts, as if it had never been given.
    REVERSAL = "reversal", _("Reversal")


class StandingLevel(models.TextChoices):
    GOOD = "good", _("Good standing")
    WARNING = "warning", _("Warning")
    RESTRICTED = "restricted", _("Restricted")
    TERMINATED = "terminated", _("Membership terminated")


class SanctionsErrorCode(StrEnum):
    NOT_A_SUPPLIER = "not_a_supplier"
    IDEMPOTENCY_KEY_REUSED = "idempotency_key_reused"
    ALREADY_REVERSED = "already_reversed"
    NOT_REVERSIBLE = "not_reversible"
