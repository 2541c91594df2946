from django.apps import AppConfig


class SpecsConfig(AppConfig):
    name = "tradeguard.specs"
    label = "specs"
    verbose_name = "Specifications and inspections"
