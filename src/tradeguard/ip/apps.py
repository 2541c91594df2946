from django.apps import AppConfig


class IpConfig(AppConfig):
    name = "tradeguard.ip"
    label = "ip"
    verbose_name = "IP protection"

    def ready(self) -> None:
        from tradeguard.ip import tasks  # noqa: F401  (registers the deadline handlers)
        from tradeguard.ip.panels import register

        register()

        from tradeguard.ip import inbox

        inbox.register()
