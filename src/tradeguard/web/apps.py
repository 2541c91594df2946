from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "tradeguard.web"
    label = "web"
    verbose_name = "Web UI"

    def ready(self) -> None:
        from tradeguard.web.panels import register_builtin_panels

        register_builtin_panels()

        from django.utils.translation import gettext_lazy as _

        from tradeguard.web.timeline import Value, register_event_values

        # On every timeline (the empty prefix matches every event type), unless an app
        # says otherwise for its own events.
        register_event_values(
            "",
            {"sha256": Value(_("SHA-256"), "hash"), "size": Value(_("Size"), "bytes")},
        )
