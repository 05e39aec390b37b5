"""The home page: recent questions and reviews, the most-reviewed treatments, in fixed queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from moderation.services import content_hide
from tests.factories import QuestionFactory, ReviewFactory, TreatmentFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fast_password_hashing_and_no_page_cache(settings):
    # These tests create many authors and render the page repeatedly.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.PAGE_CACHE_SECONDS = 0


def _home_queries(client) -> tuple[int, str]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/")
    assert response.status_code == 200
    return len(queries), response.text


def test_home_shows_recent_visible_reviews_with_verdict_and_treatment(client, moderator):
    ReviewFactory(title="Worth every penny", verdict="worth_it", treatment=TreatmentFactory(name="Lip filler"))
    hidden = ReviewFactory(title="A hidden review")
    content_hide(actor=moderator, target=hidden, reason="Spam")
    text = client.get("/").text
    section = text[text.index('id="reviews-heading"') : text.index('id="treatments-heading"')]
    assert "Worth every penny" in section and "Lip filler" in section and "Worth it" in section
    assert "A hidden review" not in section
    assert ' style="' not in text


def test_home_lists_the_most_reviewed_treatments_first_and_at_most_8(client, moderator):
    treatments = TreatmentFactory.create_batch(12)
    for treatment in treatments:
        ReviewFactory(treatment=treatment)
    reviewed = TreatmentFactory(name="Zz most reviewed")
    ReviewFactory.create_batch(2, treatment=reviewed, verdict="not_worth_it")
    ReviewFactory(treatment=reviewed)
    hidden = TreatmentFactory(name="Zz only hidden reviews")
    for review in ReviewFactory.create_batch(3, treatment=hidden):
        content_hide(actor=moderator, target=review, reason="Spam")
    text = client.get("/").text
    section = text[text.index('id="treatments-heading"') :]
    assert section.count('<a class="fw-semibold" href="/treatments/') == 8
    assert section.index("Zz most reviewed") < section.index(sorted(t.name for t in treatments)[0])
    assert "3 reviews · 33% worth it" in section
    assert "Zz only hidden reviews" not in section


def test_home_runs_the_same_queries_for_few_and_many_reviews_and_treatments(client):
    ReviewFactory()
    QuestionFactory()
    few, _ = _home_queries(client)
    ReviewFactory.create_batch(10)
    QuestionFactory.create_batch(10, treatments=TreatmentFactory.create_batch(3))
    TreatmentFactory.create_batch(20)
    many, text = _home_queries(client)
    assert few == many
    assert text.count('class="list-group-item px-0"') == 4
