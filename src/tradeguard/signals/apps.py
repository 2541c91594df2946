from django.apps import AppConfig


class SignalsConfig(AppConfig):
    name = "tradeguard.signals"
    label = "signals"
    verbose_name = "Scam signals"
