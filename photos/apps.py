from django.apps import AppConfig
from django.db.models.signals import post_delete


class PhotosConfig(AppConfig):
    """Before/after photo cases (the image pipeline they go through is the `imaging` package)."""

    name = "photos"

    def ready(self) -> None:
        from photos.models import PhotoImage
        from photos.signals import photo_image_files_delete, review_deleting_withdraw_cases, review_visibility_followed
        from reviews.signals import review_deleting, review_visibility_changed

        post_delete.connect(photo_image_files_delete, sender=PhotoImage, dispatch_uid="photos.image_files_delete")
        # photos is above reviews: reviews announces, photos follows (reviews never imports photos).
        review_visibility_changed.connect(review_visibility_followed, dispatch_uid="photos.review_visibility")
        review_deleting.connect(review_deleting_withdraw_cases, dispatch_uid="photos.review_deleting")
