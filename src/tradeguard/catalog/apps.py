from collections.abc import Mapping
from typing import Any

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CatalogConfig(AppConfig):
    name = "tradeguard.catalog"
    label = "catalog"
    verbose_name = _("Catalog")

    def ready(self) -> None:
        from tradeguard.catalog.enums import ListingStatus
        from tradeguard.web.timeline import Value, register_event_labels, register_event_values

        register_event_labels(
            {
                "listing.created": _("Listing published"),
                "listing.updated": _("Listing edited"),
                "listing.status_changed": _("Status changed"),
                "listing.image_added": _("Image added"),
                "listing.image_removed": _("Image removed from the listing"),
            }
        )

        from tradeguard.catalog.selectors import listing_images_visible_to
        from tradeguard.evidence.selectors import FileReference, register_file_reference

        register_file_reference(
            FileReference("catalog.image", _("Listing image"), listing_images_visible_to)
        )
        register_event_values(
            "listing.",
            {
                "status": Value(_("Status"), "enum", ListingStatus),
                "marketplace_url": Value(_("Marketplace page")),
                "supplier": Value(_("Supplier")),
                "title": Value(_("Title")),
                "description": Value(_("Description")),
                "attributes": Value(_("Attributes")),
                "disclosed_defects": Value(_("Disclosed defects")),
                "status_reason": Value(_("Why"), render=_status_reason),
                "status_reason_code": Value(kind="hidden"),
                "status_reason_params": Value(kind="hidden"),
                "position": Value(_("Position")),
                "restored": Value(_("Restored an earlier image")),
                "width": Value(_("Width (px)")),
                "height": Value(_("Height (px)")),
                "image": Value(kind="hidden"),
            },
        )


def _status_reason(value: Any, values: Mapping[str, Any]) -> str:
    """A stored status reason in the reader's language when the event holds its code
    and the stored text is that code's English sentence; otherwise as stored."""
    from tradeguard.catalog.reasons import REASONS

    code, params = values.get("status_reason_code") or "", values.get("status_reason_params") or {}
    if code and REASONS.english(code, params) == value:
        return REASONS.render(code, params, str(value))
    return str(value)
