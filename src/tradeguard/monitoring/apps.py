from django.apps import AppConfig


class MonitoringConfig(AppConfig):
    name = "tradeguard.monitoring"
    label = "monitoring"
    verbose_name = "Image monitoring"
