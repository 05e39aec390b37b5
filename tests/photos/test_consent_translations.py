"""Consent wordings in other languages: the person posting reads the version in force in their language,
and the record keeps which language they read."""

import pytest
from django.db import IntegrityError, transaction
from django.utils import translation

from photos.forms import PhotoCaseForm
from photos.models import ConsentKind, ConsentTextTranslation, ConsentTextVersion
from tests.photos.test_services import post

pytestmark = pytest.mark.django_db


def test_the_form_shows_the_wording_in_force_in_the_readers_language():
    with translation.override("es"):
        spanish = PhotoCaseForm(kind=ConsentKind.PATIENT_SELF).fields["consent"].label
    english = PhotoCaseForm(kind=ConsentKind.PATIENT_SELF).fields["consent"].label
    assert spanish.startswith("Confirmo que estas fotos son mías")
    assert english.startswith("I confirm that these are photos of me")


def test_the_record_keeps_the_language_its_author_read(doctor, prepare, stored_files):
    with translation.override("es"):
        spanish_case = post(doctor.user, prepare)
    english_case = post(doctor.user, prepare)
    assert spanish_case.consent.language == "es" and english_case.consent.language == "en"
    version = spanish_case.consent.text_version
    assert version.text_in(spanish_case.consent.language).startswith("Confirmo que la persona de estas fotos")


def test_a_new_version_without_a_translation_shows_its_own_words():
    ConsentTextVersion.objects.create(
        kind=ConsentKind.PATIENT_SELF, number=2, text="These are my photos; publish them."
    )
    with translation.override("es"):
        assert (
            PhotoCaseForm(kind=ConsentKind.PATIENT_SELF).fields["consent"].label == "These are my photos; publish them."
        )


def test_one_translation_per_version_and_language_never_empty():
    version = ConsentTextVersion.objects.current(ConsentKind.PATIENT_SELF)
    with pytest.raises(IntegrityError), transaction.atomic():
        ConsentTextTranslation.objects.create(version=version, language="es", text="Otra traducción.")
    with pytest.raises(IntegrityError), transaction.atomic():
        ConsentTextTranslation.objects.bulk_create([ConsentTextTranslation(version=version, language="en", text="")])
