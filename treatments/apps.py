from django.apps import AppConfig


class TreatmentsConfig(AppConfig):
    """The treatment catalogue that questions, reviews and photos are tagged with."""

    name = "treatments"
