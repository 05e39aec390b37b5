"""Backup and restore of everything Candid keeps: the database and both media storages.

A backup is a directory:
- `manifest.json`: when, from which database engine, the row count of every table and the migrations
  applied, so a restore can prove it brought everything back;
- `database.dump` (PostgreSQL, `pg_dump --format=custom`) or `database.json` (any engine, Django's
  `dumpdata`, portable between engines);
- `media.tar.gz` and `private_media.tar.gz`: every file of `storages["default"]` and
  `storages["private"]`, read through the storage API so local directories and S3 buckets back up alike.

Called by the `backup` and `restore` management commands; see docs/deploy.md.
"""

import io
import json
import os
import shutil
import subprocess
import tarfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.files.base import File
from django.core.files.storage import Storage, storages
from django.core.management import call_command
from django.db import connection, transaction
from django.db.migrations.recorder import MigrationRecorder

MANIFEST = "manifest.json"
FORMAT_VERSION = 1
PG_DUMP_FILE = "database.dump"
JSON_DUMP_FILE = "database.json"
MEDIA_ARCHIVES = {"default": "media.tar.gz", "private": "private_media.tar.gz"}


class BackupError(Exception):
    """A backup or restore that cannot go on; the message says why and what to do."""


def is_postgresql() -> bool:
    return connection.vendor == "postgresql"


def model_counts() -> dict[str, int]:
    """Rows per table (models and many-to-many tables), keyed `app_label.ModelName`."""
    counts = {}
    for model in apps.get_models(include_auto_created=True):
        if model._meta.proxy or not model._meta.managed:
            continue
        counts[model._meta.label] = model._base_manager.using(connection.alias).count()
    return dict(sorted(counts.items()))


def applied_migrations() -> dict[str, list[str]]:
    applied: dict[str, list[str]] = {}
    for app_label, name in sorted(MigrationRecorder(connection).applied_migrations()):
        applied.setdefault(app_label, []).append(name)
    return applied


def _libpq_env() -> dict[str, str]:
    """The connection settings as libpq variables, so passwords never appear on a command line."""
    db = settings.DATABASES["default"]
    env = dict(os.environ)
    pairs = {
        "PGDATABASE": db.get("NAME"),
        "PGUSER": db.get("USER"),
        "PGPASSWORD": db.get("PASSWORD"),
        "PGHOST": db.get("HOST"),
        "PGPORT": str(db.get("PORT") or ""),
    }
    options = db.get("OPTIONS", {})
    for option, variable in (("sslmode", "PGSSLMODE"), ("sslrootcert", "PGSSLROOTCERT"), ("sslcert", "PGSSLCERT")):
        if options.get(option):
            pairs[variable] = str(options[option])
    env.update({key: value for key, value in pairs.items() if value})
    return env


def _run(command: list[str]) -> None:
    if shutil.which(command[0]) is None:
        raise BackupError(f"`{command[0]}` is not installed: install the PostgreSQL client (postgresql-client).")
    result = subprocess.run(command, env=_libpq_env(), capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip()}")


def storage_files(storage: Storage, directory: str = "") -> Iterator[str]:
    try:
        directories, files = storage.listdir(directory)
    except FileNotFoundError:
        return
    for name in sorted(files):
        yield f"{directory}/{name}" if directory else name
    for name in sorted(directories):
        yield from storage_files(storage, f"{directory}/{name}" if directory else name)


def storage_archive(storage: Storage, archive: Path) -> int:
    """Writes every file of `storage` into a gzipped tar at `archive`; returns how many."""
    count = 0
    with tarfile.open(archive, "w:gz") as tar:
        for name in storage_files(storage):
            info = tarfile.TarInfo(name)
            info.size = storage.size(name)
            try:
                info.mtime = int(storage.get_modified_time(name).timestamp())
            except NotImplementedError:
                info.mtime = int(datetime.now(UTC).timestamp())
            with storage.open(name, "rb") as source:
                tar.addfile(info, source)
            count += 1
    return count


def storage_extract(storage: Storage, archive: Path) -> int:
    """Puts every file of the archive back into `storage` under its own name; returns how many."""
    count = 0
    with tarfile.open(archive, "r:gz") as tar:
        for member in tar:
            if not member.isfile():
                continue
            if member.name.startswith("/") or ".." in Path(member.name).parts:
                raise BackupError(f"Refusing a path outside the storage: {member.name}")
            source = tar.extractfile(member)
            if source is None:
                continue
            if storage.exists(member.name):
                storage.delete(member.name)
            saved = storage.save(member.name, File(io.BytesIO(source.read()), name=member.name))
            if saved != member.name:
                raise BackupError(f"{member.name} came back as {saved}: the storage renamed it.")
            count += 1
    return count


def backup_create(*, directory: Path, database_format: str = "auto") -> dict[str, Any]:
    """Backs up the database and both media storages into `directory` (new or empty).

    `database_format` is "postgresql" (pg_dump), "json" (dumpdata) or "auto" (pg_dump on PostgreSQL).
    Returns the manifest it wrote. For the `backup` command and the restore tests.
    """
    directory.mkdir(parents=True, exist_ok=True)
    if any(directory.iterdir()):
        raise BackupError(f"{directory} is not empty: back up into a new directory.")
    if database_format == "auto":
        database_format = "postgresql" if is_postgresql() else "json"
    if database_format == "postgresql" and not is_postgresql():
        raise BackupError("pg_dump backups need a PostgreSQL database; use --format json.")

    manifest: dict[str, Any] = {
        "format_version": FORMAT_VERSION,
        "created_at": datetime.now(UTC).isoformat(),
        "engine": connection.vendor,
    }
    if database_format == "postgresql":
        # One REPEATABLE READ snapshot shared with pg_dump: the counts describe exactly what it dumps,
        # even while the site keeps writing.
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                cursor.execute("SELECT pg_export_snapshot()")
                snapshot = cursor.fetchone()[0]
            _run(["pg_dump", "--format=custom", f"--snapshot={snapshot}", f"--file={directory / PG_DUMP_FILE}"])
            manifest["database"] = {"format": "postgresql", "file": PG_DUMP_FILE}
            manifest["row_counts"] = model_counts()
            manifest["migrations"] = applied_migrations()
    elif database_format == "json":
        with transaction.atomic():
            # Every table with its primary keys, content types and permissions included: restored
            # into emptied tables, the copy is exact (generic relations keep pointing at the right rows).
            with open(directory / JSON_DUMP_FILE, "w", encoding="utf-8") as out:
                call_command("dumpdata", indent=None, stdout=out)
            manifest["database"] = {"format": "json", "file": JSON_DUMP_FILE}
            manifest["row_counts"] = model_counts()
            manifest["migrations"] = applied_migrations()
    else:
        raise BackupError(f"Unknown database format {database_format!r}: postgresql, json or auto.")

    manifest["media"] = {}
    for alias, filename in MEDIA_ARCHIVES.items():
        files = storage_archive(storages[alias], directory / filename)
        manifest["media"][alias] = {"file": filename, "files": files}

    (directory / MANIFEST).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    return manifest


def read_manifest(directory: Path) -> dict[str, Any]:
    path = directory / MANIFEST
    if not path.exists():
        raise BackupError(f"{path} does not exist: is {directory} a backup made by `manage.py backup`?")
    manifest = json.loads(path.read_text(encoding="utf-8"))
    if manifest.get("format_version") != FORMAT_VERSION:
        raise BackupError(f"Unsupported backup format {manifest.get('format_version')!r}.")
    return manifest


def database_has_tables() -> bool:
    return bool(connection.introspection.table_names())


def _restore_postgresql(directory: Path, manifest: dict[str, Any]) -> None:
    connection.close()
    _run(
        [
            "pg_restore",
            "--no-owner",
            "--no-privileges",
            "--no-comments",
            "--exit-on-error",
            "--single-transaction",
            f"--dbname={settings.DATABASES['default']['NAME']}",
            str(directory / manifest["database"]["file"]),
        ]
    )


def _restore_json(directory: Path, manifest: dict[str, Any]) -> None:
    # The dump fits the schema it came from: this release must have exactly the same migrations.
    call_command("migrate", interactive=False, verbosity=0)
    here = {(app, name) for app, names in applied_migrations().items() for name in names}
    there = {(app, name) for app, names in manifest["migrations"].items() for name in names}
    if here != there:
        differences = [f"+{app}.{name}" for app, name in sorted(here - there)]
        differences += [f"-{app}.{name}" for app, name in sorted(there - here)]
        raise BackupError(
            "This JSON backup was made with other migrations than this release has "
            f"({', '.join(differences)}): restore it with the release that made it, then upgrade."
        )
    # Empty every table, and keep them empty: no content types, permissions or groups recreated
    # after the flush, since the dump holds them all with their original keys.
    call_command("flush", interactive=False, verbosity=0, inhibit_post_migrate=True)
    call_command("loaddata", str(directory / manifest["database"]["file"]), verbosity=0)
    ContentType.objects.clear_cache()


def _drop_everything() -> None:
    with connection.cursor() as cursor:
        cursor.execute("DROP SCHEMA public CASCADE")
        cursor.execute("CREATE SCHEMA public")
    connection.close()


def backup_restore(*, directory: Path, replace: bool = False) -> dict[str, Any]:
    """Restores a backup into the configured database and media storages, then checks that every table
    has exactly the rows it had when backed up. Returns the manifest.

    The database must be empty unless `replace` is given, which drops everything in it first.
    Runs `migrate` afterwards (a backup from an older release is brought up to this one) and clears
    the cache, whose entries describe the data being replaced. For the `restore` command and tests.
    """
    manifest = read_manifest(directory)
    database_format = manifest["database"]["format"]
    if database_format == "postgresql" and not is_postgresql():
        raise BackupError("This backup is a pg_dump file: restore it into a PostgreSQL database.")
    if database_has_tables():
        if not replace:
            raise BackupError("The database is not empty: restore into a new database, or pass --replace.")
        # A JSON restore empties every table itself (flush); elsewhere start from an empty schema.
        if is_postgresql():
            _drop_everything()

    if database_format == "postgresql":
        _restore_postgresql(directory, manifest)
    else:
        _restore_json(directory, manifest)
    counts = model_counts()

    expected = manifest["row_counts"]
    missing = {label: (n, counts.get(label)) for label, n in expected.items() if counts.get(label) != n}
    if missing:
        details = ", ".join(f"{label}: {want} expected, {got} restored" for label, (want, got) in missing.items())
        raise BackupError(f"The restored database does not match the backup: {details}")

    for alias, entry in manifest["media"].items():
        restored = storage_extract(storages[alias], directory / entry["file"])
        if restored != entry["files"]:
            raise BackupError(f"{alias} media: {entry['files']} files expected, {restored} restored.")

    if database_format == "postgresql":
        call_command("migrate", interactive=False, verbosity=0)
    cache.clear()
    return manifest
