from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "tradeguard.accounts"
    label = "accounts"
    verbose_name = "Accounts and organizations"
