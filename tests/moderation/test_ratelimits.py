"""Named abuse limits shared by every app."""

from pathlib import Path

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory
from django.urls import reverse

from moderation import ratelimits
from moderation.ratelimits import DEFAULT_RATE_LIMITS, rate_for, rate_limited
from tests.factories import AnswerFactory, ReviewFactory, UserFactory

pytestmark = pytest.mark.django_db


def post_as(user):
    request = RequestFactory().post("/x/")
    request.user = user
    return request


def test_every_kind_of_post_has_a_limit():
    assert set(DEFAULT_RATE_LIMITS) >= {"ask", "answer", "review", "vote", "flag"}


def test_limits_come_from_settings_with_defaults(settings):
    settings.RATE_LIMITS = {"vote": "3/m"}
    assert rate_for("vote") == "3/m"
    assert rate_for("ask") == DEFAULT_RATE_LIMITS["ask"]
    with pytest.raises(KeyError):
        rate_for("nonsense")


def test_each_request_counts_once_per_person(settings):
    settings.RATE_LIMITS = {"review": "2/h"}
    first, second = UserFactory.create_batch(2)
    assert not rate_limited(post_as(first), "review")
    assert not rate_limited(post_as(first), "review")
    assert rate_limited(post_as(first), "review")
    assert not rate_limited(post_as(second), "review")  # counted per person


def test_anonymous_writes_are_counted_per_address(settings):
    settings.RATE_LIMITS = {"vote": "1/m"}
    request = post_as(AnonymousUser())
    assert not rate_limited(request, "vote")
    assert rate_limited(post_as(AnonymousUser()), "vote")


def test_staff_are_not_limited(settings, moderator):
    settings.RATE_LIMITS = {"flag": "1/h"}
    for _ in range(5):
        assert not rate_limited(post_as(moderator), "flag")


def test_there_is_one_mechanism():
    """Views call `rate_limited` and nothing else: no decorator, no check-then-count pair."""
    public = {name for name in vars(ratelimits) if not name.startswith("_")}
    assert public & {"ratelimit", "is_limited", "posts_used_up", "post_counted"} == set()
    root = Path(__file__).resolve().parents[2]
    for path in root.glob("*/views.py"):
        text = path.read_text()
        assert "@ratelimit" not in text and "django_ratelimit" not in text, path


# Every named limit holds where it is used (ask, answer, review and flag have their own page tests).


def test_helpful_votes_on_answers_are_limited(client_as, patient, settings):
    settings.RATE_LIMITS = {"vote": "1/h"}
    first, second = AnswerFactory.create_batch(2)
    client = client_as(patient)
    assert client.post(reverse("questions:answer_helpful", args=[first.pk])).status_code == 302
    assert client.post(reverse("questions:answer_helpful", args=[second.pk])).status_code == 429
    second.refresh_from_db()
    assert second.helpful_count == 0


def test_helpful_votes_on_reviews_are_limited(client_as, patient, settings):
    settings.RATE_LIMITS = {"vote": "1/h"}
    first, second = ReviewFactory.create_batch(2)
    client = client_as(patient)
    assert client.post(reverse("reviews:helpful", args=[first.pk])).status_code == 302
    assert client.post(reverse("reviews:helpful", args=[second.pk])).status_code == 429


def test_the_similar_questions_lookup_is_limited(client, settings):
    settings.RATE_LIMITS = {"similar": "2/m"}
    url = reverse("questions:similar")
    assert client.get(url, {"title": "swelling after lip filler"}).status_code == 200
    assert client.get(url, {"title": "swelling after lip filler"}).status_code == 200
    assert client.get(url, {"title": "swelling after lip filler"}).status_code == 429


def test_uploads_count_as_they_arrive(client_as, doctor, settings):
    settings.RATE_LIMITS = {"photo": "1/h"}
    client = client_as(doctor.user)
    assert client.get(reverse("photos:new")).status_code == 200  # reading the form is free
    assert client.post(reverse("photos:new"), {}).status_code == 200  # the form again, with its errors
    assert client.post(reverse("photos:new"), {}).status_code == 429


def test_a_doctors_responses_count_against_the_answer_limit(client_as, doctor, settings):
    settings.RATE_LIMITS = {"answer": "1/h"}
    first, second = ReviewFactory.create_batch(2, doctor=doctor)
    client = client_as(doctor.user)
    body = {"body": "Thank you for the kind words; I am glad the result lasted as we hoped."}
    assert client.post(reverse("reviews:respond", args=[first.pk]), body).status_code == 302
    response = client.post(reverse("reviews:respond", args=[second.pk]), body)
    assert response.status_code == 429
    assert body["body"][:30] in response.text


def test_review_updates_count_against_the_review_limit(client_as, patient, settings):
    settings.RATE_LIMITS = {"review": "1/h"}
    review = ReviewFactory(author=patient)
    client = client_as(patient)
    update = {"body": "Three months on, the result still looks natural and even."}
    assert client.post(reverse("reviews:add_update", args=[review.pk]), update).status_code == 302
    assert client.post(reverse("reviews:add_update", args=[review.pk]), update).status_code == 429
