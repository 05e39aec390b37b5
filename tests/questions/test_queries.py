"""Every page runs a fixed number of queries, whatever the number of rows or answers."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from questions.services import answer_create, answer_helpful_toggle
from tests.factories import DoctorProfileFactory, QuestionFactory, TreatmentFactory, UserFactory

from .conftest import ANSWER

pytestmark = pytest.mark.django_db


def _count(client, url: str, **params) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params, headers={"Cache-Control": "no-cache"})
    assert response.status_code == 200, response.status_code
    return len(queries)


def _add_answers(question, n: int, voter) -> None:
    for i in range(n):
        answer = answer_create(doctor=DoctorProfileFactory(), question=question, body=f"{ANSWER} {i}")
        if i % 2:
            answer_helpful_toggle(answer=answer, user=voter)


@pytest.mark.parametrize("who", [None, "patient", "doctor", "moderator"])
def test_detail_page_same_queries_for_1_and_30_answers(request, client, client_as, question, patient, who, settings):
    settings.PAGE_CACHE_SECONDS = 0
    user = request.getfixturevalue(who) if who else None
    user = getattr(user, "user", user)
    visitor = client_as(user) if user else client
    _add_answers(question, 1, UserFactory())
    url = question.get_absolute_url()
    one = _count(visitor, url)
    _add_answers(question, 29, patient)
    QuestionFactory.create_batch(8, treatments=list(question.treatments.all()))
    thirty = _count(visitor, url)
    # No query per answer; the second view may run fewer (the member's helpful marks are kept by then).
    assert thirty <= one <= 9


@pytest.mark.parametrize("params", [{}, {"sort": "helpful"}, {"sort": "unanswered"}, {"treatment": "botox"}])
def test_list_page_same_queries_for_few_and_many_rows(client, client_as, patient, treatment, doctor, params, settings):
    settings.PAGE_CACHE_SECONDS = 0
    url = reverse("questions:list")
    visitor = client_as(patient)
    QuestionFactory(treatments=[treatment])
    few = _count(visitor, url, **params)
    others = TreatmentFactory.create_batch(3)
    for i in range(25):
        question = QuestionFactory(treatments=[treatment, others[i % 3]])
        if i % 3 == 0:
            answer_create(doctor=doctor, question=question, body=ANSWER)
    many = _count(visitor, url, **params)
    assert few == many
    # One more than before: the best answer each row quotes, for the whole page in one query.
    assert many <= 8


def test_search_page_same_queries_for_few_and_many_results(client, treatment, doctor, settings):
    settings.PAGE_CACHE_SECONDS = 0
    url = reverse("core:search")
    first = QuestionFactory(treatments=[treatment], title="Does swelling after Botox go down?")
    answer_create(doctor=DoctorProfileFactory(), question=first, body=ANSWER)
    few = _count(client, url, q="swelling")
    for i in range(25):
        question = QuestionFactory(treatments=[treatment, TreatmentFactory()], title=f"Is swelling number {i} normal?")
        answer_create(doctor=doctor, question=question, body=ANSWER)
    many = _count(client, url, q="swelling")
    assert few == many
    # The questions (results, their treatments, the answers the snippets quote), a list of doctors and
    # one of reviews, each with its count in the same query.
    assert many <= 8
    assert _count(client, url, q="") == 0
    assert _count(client, url, q="!!!") == 0


def test_ask_page_and_similar_fragment_have_fixed_queries(client, client_as, patient, treatment):
    visitor = client_as(patient)
    ask = reverse("questions:ask")
    small = _count(visitor, ask)
    TreatmentFactory.create_batch(20)
    QuestionFactory.create_batch(10, treatments=[treatment], title="Is Botox swelling normal after a week?")
    assert _count(visitor, ask) == small <= 5
    similar = reverse("questions:similar")
    _count(client, similar, title="botox swelling week")  # the catalogue (treatments named) is cached from here
    assert _count(client, similar, title="botox swelling week") == 1
    assert _count(client, similar, title="lip filler bruising after a week") == 1
