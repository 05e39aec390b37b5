from django.apps import AppConfig
from django.db.models.signals import post_delete


class PhotosConfig(AppConfig):
    """Before/after photo cases (the image pipeline they go through is the `imaging` package)."""

    name = "photos"

    def ready(self) -> None:
        from moderation.signals import visibility_changed
        from photos.models import BeforeAfterPhoto, PhotoImage
        from photos.signals import (
            case_visibility_followed,
            member_leaving_cases_erased,
            photo_image_files_delete,
            review_deleting_withdraw_cases,
            review_visibility_followed,
        )
        from reviews.models import Review
        from reviews.signals import review_deleting

        post_delete.connect(photo_image_files_delete, sender=PhotoImage, dispatch_uid="photos.image_files_delete")
        visibility_changed.connect(case_visibility_followed, sender=BeforeAfterPhoto, dispatch_uid="photos.case")
        # photos is above reviews: moderation and reviews announce, photos follows (reviews never imports photos).
        visibility_changed.connect(review_visibility_followed, sender=Review, dispatch_uid="photos.review_visibility")
        review_deleting.connect(review_deleting_withdraw_cases, dispatch_uid="photos.review_deleting")
        from accounts.signals import member_leaving

        member_leaving.connect(member_leaving_cases_erased, dispatch_uid="photos.member_leaving")
        _publish()


def _publish() -> None:
    """What the page cache re-renders when photo cases and their images change."""
    from pagecache.topics import publishes
    from photos.models import BeforeAfterPhoto, PhotoImage, PhotoTreatment

    def case_topics(case: BeforeAfterPhoto) -> list[str]:
        if case.status != BeforeAfterPhoto.Status.APPROVED:
            return []  # never shown before approval (a hidden case stays approved, so hiding counts)
        tags = PhotoTreatment.objects.filter(content_object_id=case.pk).values_list("tag_id", flat=True)
        topics = [f"photo:{case.pk}", "list:photos", *(f"treatment:{tag}" for tag in tags)]
        if case.doctor_id:
            topics.append(f"doctor:{case.doctor_id}")
        if case.review_id:
            topics.append(f"review:{case.review_id}")
        return topics

    publishes(BeforeAfterPhoto, topics=case_topics, m2m=[PhotoTreatment])
    # An image's public names change when it is processed or moved with its case's visibility.
    publishes(PhotoImage, topics=lambda image: case_topics(image.case))
