from django.apps import AppConfig


class ReviewsConfig(AppConfig):
    """Patient reviews of treatments and doctors, with verdicts, costs, updates and responses."""

    name = "reviews"

    def ready(self) -> None:
        from moderation.signals import visibility_changed
        from reviews.models import Review

        visibility_changed.connect(_doctor_figures_follow, sender=Review, dispatch_uid="reviews.doctor_figures")
        from accounts.signals import member_leaving

        member_leaving.connect(_member_leaving, dispatch_uid="reviews.member_leaving")
        _publish()


def _member_leaving(sender, member, keep_posts, actor, **kwargs) -> None:
    from reviews.services import reviews_for_leaving_member

    reviews_for_leaving_member(member=member, keep_posts=keep_posts, actor=actor)


def _publish() -> None:
    """What the page cache re-renders when reviews, their updates, responses and votes change."""
    from pagecache.topics import publishes
    from reviews.models import DoctorResponse, Review, ReviewHelpfulVote, ReviewUpdate

    def review_topics(review: Review) -> list[str]:
        topics = [f"review:{review.pk}", "list:reviews", f"treatment:{review.treatment_id}"]
        if review.doctor_id:
            topics += [f"doctor:{review.doctor_id}", "list:doctors"]  # the doctor's figures and summary
        return topics

    def part_topics(part) -> list[str]:  # an update, a response or a vote: shown with the review, in lists
        return [f"review:{part.review_id}", "list:reviews"]

    def vote_topics(vote) -> list[str]:
        # The review cards of its treatment's hub and its doctor's profile show the helpful count.
        review = vote.review
        return [
            *part_topics(vote),
            f"treatment:{review.treatment_id}",
            *([f"doctor:{review.doctor_id}"] if review.doctor_id else []),
        ]

    publishes(Review, topics=review_topics)
    for model in (ReviewUpdate, DoctorResponse):
        publishes(model, topics=part_topics)
    publishes(ReviewHelpfulVote, topics=vote_topics)


def _doctor_figures_follow(sender, instance, **kwargs) -> None:
    """A review was hidden or restored: its doctor's figures count only public reviews."""
    from reviews.services import doctor_figures_refresh

    if instance.doctor_id is not None:
        doctor_figures_refresh(doctor_ids=[instance.doctor_id])
