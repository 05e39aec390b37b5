from django.apps import AppConfig


class ReviewsConfig(AppConfig):
    """Patient reviews of treatments and doctors, with verdicts, costs, updates and responses."""

    name = "reviews"

    def ready(self) -> None:
        from moderation.signals import visibility_changed
        from reviews.models import Review

        visibility_changed.connect(_doctor_figures_follow, sender=Review, dispatch_uid="reviews.doctor_figures")


def _doctor_figures_follow(sender, instance, **kwargs) -> None:
    """A review was hidden or restored: its doctor's figures count only public reviews."""
    from reviews.services import doctor_figures_refresh

    if instance.doctor_id is not None:
        doctor_figures_refresh(doctor_ids=[instance.doctor_id])
