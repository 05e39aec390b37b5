from django.apps import AppConfig
from django.db.models.signals import post_delete


class PhotosConfig(AppConfig):
    """Before/after photo cases and the image pipeline every stored image goes through."""

    name = "photos"

    def ready(self) -> None:
        from photos.models import PhotoImage
        from photos.signals import photo_image_files_delete

        post_delete.connect(photo_image_files_delete, sender=PhotoImage, dispatch_uid="photos.image_files_delete")
