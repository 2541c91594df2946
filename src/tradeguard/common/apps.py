from django.apps import AppConfig


class CommonConfig(AppConfig):
    name = "tradeguard.common"
    label = "common"
    verbose_name = "Common"
