from django.apps import AppConfig


class CatalogConfig(AppConfig):
    name = "tradeguard.catalog"
    label = "catalog"
    verbose_name = "Catalog"

    def ready(self) -> None:
        from tradeguard.web.timeline import register_event_labels

        register_event_labels(
            {
                "listing.created": "Listing published",
                "listing.updated": "Listing edited",
                "listing.status_changed": "Status changed",
                "listing.image_added": "Image added",
                "listing.image_removed": "Image removed from the listing",
            }
        )

        from django.utils.translation import gettext_lazy as _

        from tradeguard.catalog.selectors import listing_images_visible_to
        from tradeguard.evidence.selectors import FileReference, register_file_reference

        register_file_reference(
            FileReference("catalog.image", _("Listing image"), listing_images_visible_to)
        )
