from enum import StrEnum

from django.db import models


class FileCategory(models.TextChoices):
    PDF = "pdf", "PDF document"
    IMAGE = "image", "Image"
    VIDEO = "video", "Video"
    OFFICE = "office", "Office document"
    TEXT = "text", "Plain text"


class EvidenceErrorCode(StrEnum):
    FILE_TOO_LARGE = "file_too_large"
    UNSUPPORTED_FILE_TYPE = "unsupported_file_type"
    EMPTY_FILE = "empty_file"
    CORRUPT_FILE = "corrupt_file"
