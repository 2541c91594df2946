from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "tradeguard.notifications"
    label = "notifications"
    verbose_name = "Notifications and webhooks"

    def ready(self) -> None:
        from tradeguard.notifications import webhooks  # noqa: F401  (registers the delivery timer)
