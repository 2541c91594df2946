from django.apps import AppConfig


class SanctionsConfig(AppConfig):
    name = "tradeguard.sanctions"
    label = "sanctions"
    verbose_name = "Sanctions"
