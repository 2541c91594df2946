from django.apps import AppConfig


class MonitoringConfig(AppConfig):
    name = "tradeguard.monitoring"
    label = "monitoring"
    verbose_name = "Image monitoring"

    def ready(self) -> None:
        from tradeguard.catalog.services import IMAGE_ADDED_HOOKS
        from tradeguard.ip.services.records import RECORD_APPROVED_HOOKS
        from tradeguard.monitoring import tasks
        from tradeguard.monitoring.panels import register

        if tasks.enqueue_listing_image_hash not in IMAGE_ADDED_HOOKS:
            IMAGE_ADDED_HOOKS.append(tasks.enqueue_listing_image_hash)
        if tasks.monitor_approved_record not in RECORD_APPROVED_HOOKS:
            RECORD_APPROVED_HOOKS.append(tasks.monitor_approved_record)
        register()

        from django.utils.translation import gettext_lazy as _

        from tradeguard.evidence.selectors import FileReference, register_file_reference
        from tradeguard.monitoring.selectors import matches_visible_to, monitored_visible_to

        register_file_reference(
            FileReference("monitoring.monitored", _("Monitored image"), monitored_visible_to)
        )
        # A match keeps its listing image as evidence for the rights holder, even after
        # the listing was hidden or the image taken off it.
        register_file_reference(
            FileReference(
                "monitoring.match",
                _("Matched listing image"),
                matches_visible_to,
                "listing_image__file",
            )
        )
        from tradeguard.monitoring import inbox

        inbox.register()
