from __future__ import annotations

from django.db import models

from tradeguard.evidence.enums import FileCategory


class StoredFile(models.Model):
    """Content-addressed, immutable bytes. Many attachments may share one file."""

    sha256 = models.CharField(max_length=64, unique=True)
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
        ]

    def __str__(self) -> str:
        return f"{self.original_name or self.sha256[:12]} ({self.mime_type}, {self.size} B)"

    @property
    def is_image(self) -> bool:
        return self.category == FileCategory.IMAGE
