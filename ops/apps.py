from django.apps import AppConfig


class OpsConfig(AppConfig):
    """Running the site: backup and restore, health checks, logging, the JSON dump format, security headers."""

    name = "ops"
