"""`manage.py backup` then `manage.py restore` into a new database and new media directories brings
back the seeded demo site with nothing lost: every table's rows, every field, every file.

Runs in databases of its own, on the engine the suite runs on: SQLite (dumpdata JSON) or PostgreSQL
(pg_dump custom format).
"""

import json
import shutil
from pathlib import Path

import pytest

from tests.production.conftest import pg_create, pg_drop, production_env, run_manage, run_python, unique_name

ADD_MEDIA = """
import io, json
import pikepdf
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from doctors.models import DoctorProfile

for doctor in DoctorProfile.objects.order_by("pk")[:2]:
    # A real one-page PDF (the licence pipeline refuses anything else), different for each doctor.
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(595 + doctor.pk, 842))
    buffer = io.BytesIO()
    pdf.save(buffer)
    doctor.licence_document.save(f"licence-{doctor.pk}.pdf", ContentFile(buffer.getvalue()))
storages["default"].save("photos/derivatives/case-1/after-800.webp", ContentFile(b"RIFF" + bytes(range(256)) * 8))
print(json.dumps(True))
"""

# Everything a site holds, in a form two databases can be compared by: rows per table, every row of
# every model with its primary key, and every media file's hash.
FINGERPRINT = """
import hashlib, io, json
from django.core.files.storage import storages
from django.core.management import call_command
from ops.backup import model_counts, storage_files

out = io.StringIO()
call_command("dumpdata", stdout=out)
rows = sorted(json.loads(out.getvalue()), key=lambda row: (row["model"], str(row["pk"])))
files = {}
for alias in ("default", "private"):
    storage = storages[alias]
    for name in storage_files(storage):
        with storage.open(name, "rb") as f:
            files[f"{alias}:{name}"] = hashlib.sha256(f.read()).hexdigest()
print(json.dumps({"counts": model_counts(), "rows": rows, "files": files}))
"""

SAMPLE_FIELDS = """
import hashlib, json
from accounts.models import User
from doctors.models import DoctorProfile
from questions.models import Question

admin = User.objects.get(handle="admin")
question = Question.objects.order_by("pk").first()
doctor = DoctorProfile.objects.exclude(licence_document="").order_by("pk").first()
with doctor.licence_document.open("rb") as f:
    licence = hashlib.sha256(f.read()).hexdigest()
print(json.dumps({
    "admin": [admin.email, admin.password, admin.is_superuser],
    "question": [question.title, question.body, question.author.handle, sorted(t.slug for t in question.treatments.all())],
    "licence": [doctor.licence_document.name, licence],
}))
"""


def _suite_engine() -> str:
    from django.conf import settings

    return "postgresql" if "postgresql" in settings.DATABASES["default"]["ENGINE"] else "sqlite"


class Site:
    """One deployment's database and media directories, created empty and dropped afterwards."""

    def __init__(self, engine: str, directory: Path, label: str) -> None:
        self.engine = engine
        self.pg_name = unique_name(label) if engine == "postgresql" else None
        url = pg_create(self.pg_name) if self.pg_name else f"sqlite:///{directory / f'{label}.sqlite3'}"
        self.env = production_env(
            DATABASE_URL=url,
            MEDIA_ROOT=str(directory / f"{label}-media"),
            PRIVATE_MEDIA_ROOT=str(directory / f"{label}-private"),
        )

    def drop(self) -> None:
        if self.pg_name:
            pg_drop(self.pg_name)


@pytest.fixture(scope="module")
def engine(request) -> str:
    """The suite's own engine: `make test` runs the suite on both, so both backup formats are covered."""
    engine = _suite_engine()
    if engine == "postgresql":
        request.getfixturevalue("postgres_server")
    return engine


@pytest.fixture(scope="module")
def original(engine, tmp_path_factory):
    """The demo site, seeded, with a few media files of our own, and a backup of it."""
    site = Site(engine, tmp_path_factory.mktemp("original"), "backup")
    try:
        run_manage("migrate", "--no-input", env=site.env)
        run_manage("seed_demo", "--questions", "12", env=site.env)
        run_python(ADD_MEDIA, env=site.env)
        site.backup_dir = tmp_path_factory.mktemp("backups") / "nightly"
        site.backup_output = run_manage("backup", str(site.backup_dir), env=site.env).stdout
        site.fingerprint = run_python(FINGERPRINT, env=site.env)
        site.sample = run_python(SAMPLE_FIELDS, env=site.env)
        yield site
    finally:
        site.drop()


@pytest.fixture
def target(engine, tmp_path):
    """A new, empty deployment to restore into."""
    site = Site(engine, tmp_path, "restore")
    yield site
    site.drop()


def test_restore_round_trips_the_demo_site_with_nothing_lost(original, target):
    assert "Backed up" in original.backup_output
    dump = "database.dump" if original.engine == "postgresql" else "database.json"
    assert sorted(p.name for p in original.backup_dir.iterdir()) == sorted(
        ["manifest.json", dump, "media.tar.gz", "private_media.tar.gz"]
    )

    result = run_manage("restore", str(original.backup_dir), "--no-input", env=target.env)
    assert "every table's row count matches the backup" in result.stdout

    before, after = original.fingerprint, run_python(FINGERPRINT, env=target.env)
    assert after["counts"] == before["counts"]
    for label in (
        "accounts.User",
        "treatments.Treatment",
        "doctors.DoctorProfile",
        "questions.Question",
        "questions.Answer",
    ):
        assert before["counts"][label] > 0, label
    assert after["rows"] == before["rows"]
    assert after["files"] == before["files"]
    assert "default:photos/derivatives/case-1/after-800.webp" in before["files"]
    assert sum(name.startswith("private:") for name in before["files"]) >= 2
    assert run_python(SAMPLE_FIELDS, env=target.env) == original.sample

    # The target now has data: restoring over it needs --replace, and then gives the same site again.
    refused = run_manage("restore", str(original.backup_dir), "--no-input", env=target.env, check=False)
    assert refused.returncode != 0
    assert "not empty" in refused.stderr
    run_manage("restore", str(original.backup_dir), "--no-input", "--replace", env=target.env)
    assert run_python(FINGERPRINT, env=target.env) == before


def test_restore_checks_what_it_restored_against_the_manifest(original, target, tmp_path):
    damaged = tmp_path / "damaged"
    shutil.copytree(original.backup_dir, damaged)
    manifest = json.loads((damaged / "manifest.json").read_text())
    questions = manifest["row_counts"]["questions.Question"]
    manifest["row_counts"]["questions.Question"] = questions + 1
    (damaged / "manifest.json").write_text(json.dumps(manifest))

    result = run_manage("restore", str(damaged), "--no-input", env=target.env, check=False)

    assert result.returncode != 0
    assert f"questions.Question: {questions + 1} expected, {questions} restored" in result.stderr


def test_backup_refuses_a_directory_that_is_not_empty(original, tmp_path):
    (tmp_path / "backup").mkdir()
    (tmp_path / "backup" / "old.txt").write_text("keep me")
    result = run_manage("backup", str(tmp_path / "backup"), env=original.env, check=False)
    assert result.returncode != 0
    assert "not empty" in result.stderr
    assert (tmp_path / "backup" / "old.txt").read_text() == "keep me"
