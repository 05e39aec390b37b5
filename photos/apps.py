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
