"""Treatments in other languages: names and overviews for their readers, and search by any language's
names and words, accents or not."""

import pytest
from django.utils import translation

from tests.factories import QuestionFactory, TreatmentFactory
from treatments.models import TreatmentTranslation, catalogue_by_category, localized, treatments_named_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def botox():
    treatment = TreatmentFactory(name="Botox", slug="botox", synonyms="tox, wrinkle relaxer")
    TreatmentTranslation.objects.create(
        treatment=treatment, language="es", name="Bótox", synonyms="toxina botulínica, relajante de arrugas"
    )
    return treatment


@pytest.fixture
def lip_filler():
    treatment = TreatmentFactory(name="Lip filler", slug="lip-filler", description="Volume for the lips.")
    TreatmentTranslation.objects.create(
        treatment=treatment,
        language="es",
        name="Relleno de labios",
        description="Volumen para los labios.",
        what_it_is="Un gel de ácido hialurónico que se inyecta en los labios.",
    )
    return treatment


@pytest.mark.parametrize("query", ["bótox", "BOTOX", "botox precio", "toxina botulinica", "relajante de arrugas"])
def test_search_finds_a_treatment_by_any_languages_name_or_words_with_or_without_accents(botox, query):
    with translation.override("en"):
        found, _rest = treatments_named_in(query)
    assert found == [botox]


def test_a_close_spelling_of_a_spanish_word_is_still_found(botox, lip_filler):
    assert treatments_named_in("bottox")[0] == [botox]
    assert treatments_named_in("relajante")[0] == []  # one word of a phrase names nothing


def test_readers_get_the_names_and_overview_in_their_language(client, lip_filler):
    with translation.override("es"):
        shown = localized(lip_filler)
        assert shown.name == "Relleno de labios" and shown.description == "Volumen para los labios."
        assert [t.name for ts in catalogue_by_category().values() for t in ts] == ["Relleno de labios"]
    assert lip_filler.name == "Lip filler"  # the row itself is never touched
    lip_filler.refresh_from_db()
    assert lip_filler.name == "Lip filler"
    hub = client.get("/es/treatments/lip-filler/").text
    assert "Relleno de labios" in hub
    assert "Lip filler" in client.get("/treatments/lip-filler/").text


def test_lists_name_a_questions_treatments_in_the_readers_language(client, lip_filler):
    question = QuestionFactory(treatments=[lip_filler])
    assert "Relleno de labios" in client.get("/es/questions/").text
    assert "Relleno de labios" not in client.get("/questions/").text
    assert question.title in client.get("/es/questions/").text


def test_editors_write_a_treatments_translation_on_its_admin_page(client_as, admin_user, lip_filler):
    from django.urls import reverse

    page = client_as(admin_user).get(reverse("admin:treatments_treatment_change", args=[lip_filler.pk]))
    assert page.status_code == 200
    assert 'name="translations-0-name"' in page.text and 'value="Relleno de labios"' in page.text
    lip_filler.refresh_from_db()
    assert lip_filler.names == {"es": "Relleno de labios"}  # copied onto the row when it was saved
    TreatmentTranslation.objects.get(treatment=lip_filler).delete()
    lip_filler.refresh_from_db()
    assert lip_filler.names == {}
