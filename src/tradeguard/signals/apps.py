from django.apps import AppConfig


class SignalsConfig(AppConfig):
    name = "tradeguard.signals"
    label = "signals"
    verbose_name = "Scam signals"

    def ready(self) -> None:
        from django.utils.translation import gettext_lazy as _

        from tradeguard.web.timeline import register_event_labels

        register_event_labels(
            {
                "signal.detected": _("Scam signal found"),
                "signal.confirmed": _("Scam signal confirmed"),
                "signal.dismissed": _("Scam signal dismissed"),
            }
        )
