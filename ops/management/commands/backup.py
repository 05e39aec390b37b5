"""`manage.py backup DIR`: the database and both media storages into a new directory (see ops/backup.py)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from ops.backup import BackupError, backup_create


class Command(BaseCommand):
    help = (
        "Back up the database (pg_dump custom format on PostgreSQL, dumpdata JSON otherwise) and all media, "
        "public and private, into DIR, which must be new or empty."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", type=Path, help="Where to write the backup (created if missing).")
        parser.add_argument(
            "--format",
            choices=["auto", "postgresql", "json"],
            default="auto",
            help="Database dump format: pg_dump (PostgreSQL only), JSON (portable between engines), "
            "or auto (pg_dump on PostgreSQL, JSON elsewhere).",
        )

    def handle(self, *args, directory: Path, format: str, **options):
        try:
            manifest = backup_create(directory=directory, database_format=format)
        except BackupError as error:
            raise CommandError(str(error)) from error
        rows = sum(manifest["row_counts"].values())
        files = {alias: entry["files"] for alias, entry in manifest["media"].items()}
        self.stdout.write(
            self.style.SUCCESS(
                f"Backed up {rows} rows ({manifest['database']['format']}), {files['default']} public and "
                f"{files['private']} private media files into {directory}."
            )
        )
