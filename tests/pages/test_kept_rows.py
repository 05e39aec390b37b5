"""The hub's and the doctor profile's rows are kept until what they show moves (pages.selectors): without the
page cache, a second render reads none of them, and a change made through the services shows at once."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from moderation.services import content_hide
from reviews.services import review_helpful_toggle
from tests.factories import AnswerFactory, ReviewFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _page_cache_off(settings):
    settings.PAGE_CACHE_SECONDS = 0


def _queries(client, url: str) -> tuple[list[str], str]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return [q["sql"] for q in queries], response.content.decode()


def test_a_second_render_of_the_hub_and_the_profile_reads_fewer_rows(client, doctor, treatment):
    ReviewFactory(treatment=treatment, doctor=doctor, title="Natural result, no frozen look")
    answer = AnswerFactory(doctor=doctor)
    for url in (treatment.get_absolute_url(), doctor.get_absolute_url()):
        first, _ = _queries(client, url)
        again, page = _queries(client, url)
        assert "Natural result, no frozen look" in page
        assert len(again) < len(first)
        assert not [sql for sql in again if sql.startswith('SELECT "reviews_review"."id"')]
    assert answer.question.title in page


def test_a_review_vote_and_a_hidden_review_show_at_once_on_the_hub_and_the_profile(
    client, doctor, treatment, other_patient, moderator
):
    review = ReviewFactory(treatment=treatment, doctor=doctor, title="Natural result, no frozen look")
    urls = (treatment.get_absolute_url(), doctor.get_absolute_url())
    for url in urls:
        page = client.get(url).content.decode()
        assert "Natural result, no frozen look" in page
        assert "1 found this helpful" not in page
    review_helpful_toggle(review=review, user=other_patient)
    for url in urls:
        page = client.get(url).content.decode()
        assert "Natural result, no frozen look" in page
        assert "1 found this helpful" in page
    content_hide(actor=moderator, target=review, reason="Advertising")
    for url in urls:
        assert "Natural result, no frozen look" not in client.get(url).content.decode()
