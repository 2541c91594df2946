from django.apps import AppConfig


class CatalogConfig(AppConfig):
    name = "tradeguard.catalog"
    label = "catalog"
    verbose_name = "Catalog"
