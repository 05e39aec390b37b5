"""django-cleanup (deletes a file once no row refers to it), without its cost on every read.

django-cleanup remembers each file field's name on every model instance as it is built (post_init), so
that a save can tell which file was replaced. Building a doctor's row then cost twice as much: a
question page with twenty answers built twenty profiles for nothing. Its pre_save handler already
reads the row from the database when an instance has no remembered names; with post_init off, that is
how every save finds the old file: one query on a save, none on the thousands of reads.
"""

from django.db.models.signals import post_init
from django_cleanup import cache
from django_cleanup.apps import CleanupConfig as BaseCleanupConfig


class CleanupConfig(BaseCleanupConfig):
    def ready(self) -> None:
        super().ready()
        for model in cache.cleanup_models():
            post_init.disconnect(sender=model, dispatch_uid=f"post_init_django_cleanup_{cache.get_model_name(model)}")
