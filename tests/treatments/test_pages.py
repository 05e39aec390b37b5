import pytest
from django.urls import reverse

from tests.factories import QuestionFactory, TreatmentFactory

pytestmark = pytest.mark.django_db


def test_treatment_list_groups_by_category(client):
    TreatmentFactory(name="Botox", category="injectables")
    TreatmentFactory(name="Rhinoplasty", category="surgery")
    response = client.get(reverse("treatments:list"))
    assert response.status_code == 200
    assert "Injectables" in response.text and "Surgery" in response.text


def test_treatment_page_lists_its_questions_only(client, treatment):
    mine = QuestionFactory(treatments=[treatment])
    other = QuestionFactory(treatments=[TreatmentFactory(name="Rhinoplasty")])
    response = client.get(treatment.get_absolute_url())
    assert mine.title in response.text
    assert other.title not in response.text


def test_unknown_treatment_is_404(client):
    assert client.get("/treatments/nothing-here/").status_code == 404


def test_treatments_are_taggit_tags(treatment):
    question = QuestionFactory(treatments=[treatment])
    assert list(question.treatments.names()) == ["Botox"]
