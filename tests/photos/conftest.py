import importlib

import pytest
from django.apps import apps as django_apps

from photos import services
from tests import images
from tests.factories import TreatmentFactory
from tests.imaging import conftest as imaging_fixtures

# The image pipeline's fixtures, which the photo tests use too.
prepare = imaging_fixtures.prepare
stored_files = imaging_fixtures.stored_files


def consent_texts_version_1() -> None:
    """Consent texts v1 as their data migration creates them. Transactional tests (browser journeys)
    flush the database, data-migration rows included; whatever runs after them gets v1 back here."""
    from photos.models import ConsentTextVersion

    migration = importlib.import_module("photos.migrations.0002_consent_texts_version_1")
    for kind, text in (
        ("doctor_attestation", migration.DOCTOR_ATTESTATION_V1),
        ("patient_self", migration.PATIENT_SELF_V1),
    ):
        ConsentTextVersion.objects.get_or_create(kind=kind, number=1, defaults={"text": text})
    spanish = importlib.import_module("photos.migrations.0006_consent_translations")
    spanish.translate_version_1(django_apps, None)


@pytest.fixture(autouse=True)
def _consent_texts_version_1(db):
    consent_texts_version_1()


@pytest.fixture
def make_case(django_capture_on_commit_callbacks, doctor, moderator, prepare):
    """`make_case(...)` posts a case through the service, runs the derivatives task, optionally approves.

    A doctor's case by default; `make_case(uploader=patient, review=review)` is a patient's case added to
    their review (about the review's treatment).
    """

    def make(
        *,
        uploader=None,
        review=None,
        approve: bool = True,
        graphic: bool = False,
        treatments=None,
        caption=None,
        seed=0,
    ):
        if treatments is None:
            treatments = [review.treatment] if review else [TreatmentFactory(name="Botox", slug="botox")]
        with django_capture_on_commit_callbacks(execute=True):
            case = services.photo_case_create(
                uploader=uploader or doctor.user,
                before=prepare(images.jpeg_upload(seed=seed)),
                after=prepare(images.jpeg_upload(seed=seed + 1)),
                treatments=treatments,
                caption=caption or "Forehead lines, 20 units, photographed at the same angle and light.",
                time_since_treatment="3_6_weeks",
                is_graphic=graphic,
                consent_given=True,
                review=review,
            )
        if approve:
            services.photo_case_approve(moderator=moderator, case=case)
        case.refresh_from_db()
        return case

    return make
