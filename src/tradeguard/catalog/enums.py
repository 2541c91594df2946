from enum import StrEnum

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class ListingStatus(models.TextChoices):
    ACTIVE = "active", pgettext_lazy("listing status", "Active")
    HIDDEN = "hidden", _("Hidden")
    REMOVED = "removed", _("Removed")


class ImageHashStatus(models.TextChoices):
    PENDING = "pending", _("Waiting to be hashed")
    HASHED = "hashed", _("Hashed")
    FAILED = "failed", _("Could not be read")


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
