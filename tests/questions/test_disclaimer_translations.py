"""A disclaimer version in another language: readers see the version their answer carries, in their
language, naming the doctor; the database holds translations to the versions' own rules."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import translation

from questions.models import DisclaimerTranslation, DisclaimerVersion
from questions.services import disclaimer_version_create
from tests.factories import AnswerFactory


@pytest.fixture
def answer(doctor):
    return AnswerFactory(doctor=doctor)


def test_the_answer_page_shows_its_version_in_the_readers_language(client, answer):
    name = answer.doctor.display_name
    english = client.get(answer.question.get_absolute_url()).text
    spanish = client.get("/es" + answer.question.get_absolute_url()).text
    assert f"The information in {name}&#x27;s answer is for educational purposes only" in english
    assert f"Respuesta de {name}: la información tiene fines únicamente educativos" in spanish
    assert "is for educational purposes only" not in spanish


def test_an_answer_keeps_its_version_when_a_new_one_has_no_translation_yet(answer, moderator):
    newer = disclaimer_version_create(
        text="{doctor} wrote this for general education; it is not a diagnosis or a plan for your care.",
        created_by=moderator,
    )
    later = AnswerFactory(question=answer.question)
    assert later.disclaimer == newer
    with translation.override("es"):
        assert answer.disclaimer_text.startswith("Respuesta de")  # version 1, translated
        # Version 2 has no Spanish yet: readers get its own words rather than another version's.
        assert later.disclaimer_text.startswith(later.doctor.display_name + " wrote this")


def test_a_translation_added_later_shows_on_the_next_page(answer, moderator):
    newer = disclaimer_version_create(
        text="{doctor} wrote this for general education; it is not a diagnosis or a plan for your care.",
        created_by=moderator,
    )
    with translation.override("es"):
        assert newer.render("Dr. Ruiz").startswith("Dr. Ruiz wrote this")
    DisclaimerTranslation.objects.create(
        version=newer, language="es", text="{doctor} escribió esto como información general; no es un diagnóstico."
    )
    newer.refresh_from_db()  # as the next page reads it
    with translation.override("es"):
        assert newer.render("Dr. Ruiz") == "Dr. Ruiz escribió esto como información general; no es un diagnóstico."


@pytest.mark.parametrize(
    "text",
    ["La información no es consejo médico y no sustituye una consulta.", "{doctor}.   {doctor}", "{doctor}: no."],
)
def test_the_database_refuses_a_translation_that_does_not_name_the_doctor_or_says_nothing(answer, text):
    version = DisclaimerVersion.objects.get(number=1)
    with pytest.raises(IntegrityError), transaction.atomic():
        DisclaimerTranslation.objects.bulk_create([DisclaimerTranslation(version=version, language="en", text=text)])
    with pytest.raises(ValidationError):
        DisclaimerTranslation(version=version, language="en", text=text).full_clean()


def test_one_translation_per_version_and_language_and_never_changed(answer):
    spanish = DisclaimerTranslation.objects.get(version__number=1, language="es")
    with pytest.raises(IntegrityError), transaction.atomic():
        DisclaimerTranslation.objects.create(version=spanish.version, language="es", text=spanish.text)
    spanish.text = "{doctor} " + "x" * 50
    with pytest.raises(ValidationError):
        spanish.save()
