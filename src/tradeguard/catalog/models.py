from __future__ import annotations

from django.db import models

from tradeguard.catalog.enums import ImageHashStatus, ListingStatus
from tradeguard.common.models import BaseModel


class Listing(BaseModel):
    """A supplier's product listing on the marketplace."""

    supplier = models.ForeignKey(
        "accounts.Organization", on_delete=models.PROTECT, related_name="listings"
    )
    marketplace_url = models.URLField(max_length=500, unique=True)
    title = models.CharField(max_length=300)
    description = models.TextField(blank=True)
    # Structured attributes as the listing states them ({"Material": "304 stainless steel"});
    # disputes cite them as written requirements.
    attributes = models.JSONField(default=dict, blank=True)
    # Defects or limitations the listing itself discloses (not covered in disputes).
    disclosed_defects = models.TextField(blank=True)
    status = models.CharField(
        max_length=10, choices=ListingStatus.choices, default=ListingStatus.ACTIVE
    )
    status_reason = models.TextField(blank=True)
    # A reason the system wrote: its code and values, read in each reader's language
    # (catalog/reasons.py); empty for reasons people typed and for older rows.
    status_reason_code = models.CharField(max_length=40, blank=True, default="")
    status_reason_params = models.JSONField(blank=True, default=dict)
    status_changed_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        "accounts.User", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["supplier", "status"]),
            # Lists, newest first; the dashboard's hidden and removed listings.
            models.Index(fields=["-created_at", "-id"], name="listing_newest_idx"),
            models.Index(
                fields=["-updated_at", "-id"],
                condition=models.Q(status__in=["hidden", "removed"]),
                name="listing_taken_down_idx",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=ListingStatus.values), name="listing_status_valid"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def status_reason_text(self) -> str:
        """The status reason in the active language (as stored when it has no code)."""
        from tradeguard.catalog.reasons import REASONS

        return REASONS.render(
            self.status_reason_code, self.status_reason_params, self.status_reason
        )


class ListingImage(BaseModel):
    listing = models.ForeignKey(Listing, on_delete=models.CASCADE, related_name="images")
    file = models.ForeignKey("evidence.StoredFile", on_delete=models.PROTECT, related_name="+")
    position = models.PositiveSmallIntegerField(default=0)
    # Filled by the background hashing task (image monitoring).
    hash_status = models.CharField(
        max_length=10, choices=ImageHashStatus.choices, default=ImageHashStatus.PENDING
    )
    # Taken off the listing by its supplier (or an officer). The row stays: matches and
    # complaints may rest on it, and adding the same image again brings it back.
    removed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["listing_id", "position", "id"]
        constraints = [
            models.UniqueConstraint(fields=["listing", "file"], name="listing_image_unique_file"),
            models.CheckConstraint(
                condition=models.Q(hash_status__in=ImageHashStatus.values),
                name="listing_image_hash_status_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"image {self.position} of listing {self.listing_id}"
