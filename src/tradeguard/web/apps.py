from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "tradeguard.web"
    label = "web"
    verbose_name = "Web UI"

    def ready(self) -> None:
        from tradeguard.web.panels import register_builtin_panels

        register_builtin_panels()
