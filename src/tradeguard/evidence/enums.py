from enum import StrEnum

from django.db import models
from django.utils.translation import gettext_lazy as _


class FileCategory(models.TextChoices):
    PDF = "pdf", _("PDF document")
    IMAGE = "image", _("Image")
    VIDEO = "video", _("Video")
    OFFICE = "office", _("Office document")
    TEXT = "text", _("Plain text")


class EvidenceErrorCode(StrEnum):
    FILE_TOO_LARGE = "file_too_large"
    UNSUPPORTED_FILE_TYPE = "unsupported_file_type"
    EMPTY_FILE = "empty_file"
    CORRUPT_FILE = "corrupt_file"
