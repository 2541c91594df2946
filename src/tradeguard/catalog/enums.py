from enum import StrEnum

from django.db import models


class ListingStatus(models.TextChoices):
    ACTIVE = "active", "Active"
    HIDDEN = "hidden", "Hidden"
    REMOVED = "removed", "Removed"


class ImageHashStatus(models.TextChoices):
    PENDING = "pending", "Waiting to be hashed"
    HASHED = "hashed", "Hashed"
    FAILED = "failed", "Could not be read"


class CatalogErrorCode(StrEnum):
    URL_TAKEN = "listing_url_taken"
    INVALID_URL = "invalid_listing_url"
    NOT_A_SUPPLIER = "not_a_supplier"
    SUPPLIER_RESTRICTED = "supplier_restricted"
    LISTING_REMOVED = "listing_removed"
    INVALID_TRANSITION = "invalid_transition"
    TOO_MANY_IMAGES = "too_many_images"
    REASON_REQUIRED = "reason_required"
    DUPLICATE_IMAGE = "duplicate_image"
    INVALID_ATTRIBUTES = "invalid_attributes"
