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
                "status_reason": Value(_("Why")),
                "position": Value(_("Position")),
                "restored": Value(_("Restored an earlier image")),
                "width": Value(_("Width (px)")),
                "height": Value(_("Height (px)")),
                "image": Value(kind="hidden"),
            },
        )
