from django.apps import AppConfig


class IpConfig(AppConfig):
    name = "tradeguard.ip"
    label = "ip"
    verbose_name = "IP protection"
