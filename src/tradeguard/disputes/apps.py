from django.apps import AppConfig


class DisputesConfig(AppConfig):
    name = "tradeguard.disputes"
    label = "disputes"
    verbose_name = "Trade disputes"
