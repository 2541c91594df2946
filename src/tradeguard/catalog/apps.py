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
