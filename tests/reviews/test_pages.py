"""The review list and the helpful vote (reviews.views): filters, hidden reviews left out, query counts;
one response per review."""

from decimal import Decimal

import pytest
from django.urls import reverse

from moderation.services import content_hide
from reviews.models import DoctorResponse
from reviews.services import response_upsert
from tests.factories import DoctorProfileFactory, ReviewFactory, TreatmentFactory

pytestmark = pytest.mark.django_db


def test_helpful_vote_without_javascript_redirects_back(client_as, other_patient):
    review = ReviewFactory()
    client = client_as(other_patient)
    response = client.post(reverse("reviews:helpful", args=[review.pk]))
    assert response.status_code == 302
    assert response.url == review.get_absolute_url()
    review.refresh_from_db()
    assert review.helpful_count == 1
    client.post(reverse("reviews:helpful", args=[review.pk]))
    review.refresh_from_db()
    assert review.helpful_count == 0


def test_helpful_vote_with_htmx_returns_the_button_only(client_as, other_patient):
    review = ReviewFactory()
    response = client_as(other_patient).post(
        reverse("reviews:helpful", args=[review.pk]), headers={"HX-Request": "true"}
    )
    assert response.status_code == 200
    assert response.text.strip().startswith(f'<div id="helpful-{review.pk}"')
    assert "<html" not in response.text
    assert 'aria-pressed="true"' in response.text
    assert "1 found this helpful" in response.text


def test_review_list_filters_by_treatment_and_verdict(client, treatment):
    other = TreatmentFactory(name="Rhinoplasty")
    worth = ReviewFactory(treatment=treatment, verdict="worth_it", title="Botox was worth it")
    unsure = ReviewFactory(treatment=treatment, verdict="not_sure", title="Botox left me unsure")
    nose = ReviewFactory(treatment=other, verdict="worth_it", title="Nose job review")

    page = client.get(reverse("reviews:list"), {"treatment": "botox"})
    assert worth.title in page.text and unsure.title in page.text and nose.title not in page.text

    page = client.get(reverse("reviews:list"), {"treatment": "botox", "verdict": "not_sure"})
    assert unsure.title in page.text and worth.title not in page.text

    page = client.get(reverse("reviews:list"), {"treatment": "no-such-thing", "verdict": "bogus"})
    assert page.status_code == 200
    assert nose.title in page.text


def test_review_list_filters_by_doctor(client, doctor):
    mine = ReviewFactory(doctor=doctor, title="About Dr Ruiz")
    ReviewFactory(title="About nobody in particular")
    page = client.get(reverse("reviews:list"), {"doctor": doctor.slug})
    assert mine.title in page.text
    assert "About nobody in particular" not in page.text


def test_review_list_leaves_out_hidden_reviews(client, moderator):
    review = ReviewFactory(title="A hidden one")
    content_hide(actor=moderator, target=review, reason="Spam")
    assert "A hidden one" not in client.get(reverse("reviews:list")).text


def _reviews(count: int, treatment):
    doctors = DoctorProfileFactory.create_batch(3)
    for index in range(count):
        review = ReviewFactory(
            treatment=treatment, doctor=doctors[index % 3], cost_amount=Decimal(100 + index), rating=1 + index % 5
        )
        if index % 4 == 0:
            response_upsert(review=review, doctor=review.doctor, body="Thank you for this thoughtful review.")


@pytest.mark.parametrize("count", [1, 40])
def test_review_list_runs_a_fixed_number_of_queries(client, treatment, django_assert_num_queries, count):
    _reviews(count, treatment)
    # The filter's treatment, count, page, treatment choices, and the cards' before/after thumbnails (one
    # query for the page, pages.review_list).
    with django_assert_num_queries(5):
        assert client.get(reverse("reviews:list"), {"treatment": "botox"}).status_code == 200


def test_response_model_is_one_per_review(doctor):
    from django.db import IntegrityError, transaction

    review = ReviewFactory(doctor=doctor)
    DoctorResponse.objects.create(review=review, doctor=doctor, body="First response, long enough.")
    with pytest.raises(IntegrityError), transaction.atomic():
        DoctorResponse.objects.create(review=review, doctor=doctor, body="Second response, long enough.")
