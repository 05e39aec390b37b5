from django.apps import AppConfig


class AccountsConfig(AppConfig):
    """Users with a public pseudonymous handle; sign-up, log-in and account settings."""

    name = "accounts"
