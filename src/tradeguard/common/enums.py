from django.db import models
from django.utils.translation import gettext_lazy as _


class TimerStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed")
