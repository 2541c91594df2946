from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "tradeguard.web"
    label = "web"
    verbose_name = "Web UI"
