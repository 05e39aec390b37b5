from django.apps import AppConfig


class DoctorsConfig(AppConfig):
    """Doctor applications, moderator verification, public profiles and the directory."""

    name = "doctors"
