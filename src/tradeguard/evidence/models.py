from __future__ import annotations

from django.db import models

from tradeguard.evidence.enums import FileCategory


class StoredFile(models.Model):
    """Content-addressed, immutable bytes. Many attachments may share one file.

    The bytes are stored once (`storage_name` is derived from the SHA-256); the row is
    per uploading organization, so that its name and uploader are never shown to
    another organization that happens to upload the same bytes."""

    sha256 = models.CharField(max_length=64)
    organization = models.ForeignKey(
        "accounts.Organization",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="The organization that uploaded these bytes (none: the platform itself).",
    )
    size = models.BigIntegerField()
    mime_type = models.CharField(max_length=100)
    category = models.CharField(max_length=10, choices=FileCategory.choices)
    width = models.PositiveIntegerField(null=True, blank=True)
    height = models.PositiveIntegerField(null=True, blank=True)
    storage_name = models.CharField(max_length=200)
    original_name = models.CharField(max_length=255, blank=True)
    uploaded_by = models.ForeignKey(
        "accounts.User", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # When these bytes were last uploaded (by anyone: files are shared by content).
    # Collection leaves files uploaded within a day alone, even if nothing uses them
    # yet, e.g. while the dispute wizard holds them before the case exists.
    last_stored_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(category__in=FileCategory.values),
                name="storedfile_category_valid",
            ),
            models.UniqueConstraint(
                fields=["sha256", "organization"],
                condition=models.Q(organization__isnull=False),
                name="storedfile_unique_per_organization",
            ),
            models.UniqueConstraint(
                fields=["sha256"],
                condition=models.Q(organization__isnull=True),
                name="storedfile_unique_without_organization",
            ),
        ]
        indexes = [models.Index(fields=["sha256"]), models.Index(fields=["storage_name"])]

    def __str__(self) -> str:
        return f"{self.original_name or self.sha256[:12]} ({self.mime_type}, {self.size} B)"

    @property
    def is_image(self) -> bool:
        return self.category == FileCategory.IMAGE
