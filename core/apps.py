from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Site-wide pieces: home page, health check, shared template tags and the demo-data command."""

    name = "core"
