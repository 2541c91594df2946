from django.apps import AppConfig


class OrdersConfig(AppConfig):
    name = "tradeguard.orders"
    label = "orders"
    verbose_name = "Orders"
