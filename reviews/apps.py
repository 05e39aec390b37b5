from django.apps import AppConfig


class ReviewsConfig(AppConfig):
    """Patient reviews of treatments and doctors, with verdicts, costs, updates and responses."""

    name = "reviews"
