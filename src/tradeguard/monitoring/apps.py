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

        from tradeguard.monitoring import inbox

        inbox.register()
