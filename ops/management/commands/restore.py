"""`manage.py restore DIR`: a backup made by `manage.py backup` back into this site (see ops/backup.py)."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from ops.backup import BackupError, backup_restore, read_manifest


class Command(BaseCommand):
    help = (
        "Restore a backup made by `manage.py backup` into the configured database and media storages, "
        "check every table's row count against the backup, then migrate."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", type=Path, help="A directory written by `manage.py backup`.")
        parser.add_argument(
            "--replace",
            action="store_true",
            help="Drop everything in a non-empty database first (without it, the database must be empty).",
        )
        parser.add_argument(
            "--no-input", "--noinput", action="store_false", dest="interactive", help="Do not ask for confirmation."
        )

    def handle(self, *args, directory: Path, replace: bool, interactive: bool, **options):
        try:
            manifest = read_manifest(directory)
        except BackupError as error:
            raise CommandError(str(error)) from error
        database = settings.DATABASES["default"]["NAME"]
        if interactive:
            answer = input(
                f"Restore the backup of {manifest['created_at']} into database {database!r} and its media "
                f"storages{' (dropping what is there)' if replace else ''}? Type 'yes' to go on: "
            )
            if answer.strip().lower() != "yes":
                raise CommandError("Restore cancelled.")
        try:
            backup_restore(directory=directory, replace=replace)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored {sum(manifest['row_counts'].values())} rows and "
                f"{sum(entry['files'] for entry in manifest['media'].values())} media files into {database!r}; "
                "every table's row count matches the backup."
            )
        )
