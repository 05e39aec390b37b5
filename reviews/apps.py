from django.apps import AppConfig


class ReviewsConfig(AppConfig):
    """Patient reviews of treatments and doctors, with verdicts, costs, updates and responses."""

    name = "reviews"

    def ready(self) -> None:
        from reviews.signals import review_visibility_changed

        review_visibility_changed.connect(_doctor_figures_follow, dispatch_uid="reviews.doctor_figures")


def _doctor_figures_follow(sender, review, **kwargs) -> None:
    """A review was hidden or restored: its doctor's figures count only public reviews."""
    from reviews.services import doctor_figures_refresh

    if review.doctor_id is not None:
        doctor_figures_refresh(doctor_ids=[review.doctor_id])
