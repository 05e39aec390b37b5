"""Delete the files of expired data exports (run it hourly: docs/deploy.md)."""

from django.core.management.base import BaseCommand

from privacy.services import data_exports_purge_expired


class Command(BaseCommand):
    help = "Delete the ZIP files of data exports whose download period is over (the rows stay, marked expired)."

    def handle(self, *args, **options) -> None:
        deleted = data_exports_purge_expired()
        self.stdout.write(f"Deleted {deleted} expired export file{'s' if deleted != 1 else ''}.")
