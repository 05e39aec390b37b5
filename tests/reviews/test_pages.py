"""The review pages: what they show (handles, never e-mails), helpful votes, filters, query counts."""

from decimal import Decimal

import pytest
from django.urls import reverse

from moderation.services import content_hide
from reviews.models import DoctorResponse
from reviews.services import response_upsert
from tests.factories import DoctorProfileFactory, ReviewFactory, TreatmentFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_review_page_shows_the_story_and_only_the_authors_handle(client, treatment, doctor):
    author = UserFactory(handle="quiet-heron", email="secret@example.com", full_name="Jane Realname")
    review = ReviewFactory(
        author=author, treatment=treatment, doctor=doctor, cost_amount=Decimal("1250"), bedside_manner=5
    )
    response = client.get(review.get_absolute_url())
    assert response.status_code == 200
    text = response.text
    assert review.title in text and review.story[:50] in text
    assert "quiet-heron" in text
    assert "secret@example.com" not in text and "Jane Realname" not in text
    assert "$1,250" in text
    assert "Dr. Ana Ruiz" in text
    assert "Bedside manner" in text
    assert "Worth it" in text
    assert ' style="' not in text


def test_doctor_response_is_shown_under_the_review(client, doctor, treatment):
    review = ReviewFactory(treatment=treatment, doctor=doctor)
    response_upsert(review=review, doctor=doctor, body="Thank you, it was a pleasure to look after you.")
    page = client.get(review.get_absolute_url())
    assert "Response from Dr. Ana Ruiz" in page.text
    assert "a pleasure to look after you" in page.text


def test_hidden_response_is_not_shown(client, doctor, treatment, moderator):
    review = ReviewFactory(treatment=treatment, doctor=doctor)
    response, _ = response_upsert(review=review, doctor=doctor, body="Please call my office to discuss this.")
    content_hide(actor=moderator, target=response, reason="Discloses care details")
    assert "call my office" not in client.get(review.get_absolute_url()).text


def test_reviewed_doctor_is_offered_to_respond(client_as, doctor, treatment):
    review = ReviewFactory(treatment=treatment, doctor=doctor)
    page = client_as(doctor.user).get(review.get_absolute_url())
    assert reverse("reviews:respond", args=[review.pk]) in page.text


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


def test_other_readers_can_report_a_review_but_not_its_author(client_as, patient, other_patient):
    review = ReviewFactory(author=patient)
    flag_url = f"/moderation/flag/reviews.review/{review.pk}/"
    assert flag_url in client_as(other_patient).get(review.get_absolute_url()).text
    assert flag_url not in client_as(patient).get(review.get_absolute_url()).text


def test_anonymous_visitors_are_invited_to_log_in_to_vote(client):
    review = ReviewFactory()
    assert "Log in to vote" in client.get(review.get_absolute_url()).text


def test_timeline_lists_the_review_and_its_updates_in_order(client, patient):
    from reviews.services import review_add_update

    review = ReviewFactory(author=patient)
    review_add_update(review=review, editor=patient, body="One month on: the swelling is gone and I love it.")
    review_add_update(
        review=review,
        editor=patient,
        body="Six months on: it has worn off, I would not repeat it.",
        verdict="not_worth_it",
    )
    text = client.get(review.get_absolute_url()).text
    assert text.index("Reviewed:") < text.index("One month on") < text.index("Six months on")
    assert "Verdict changed from Worth it to" in text


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
    with django_assert_num_queries(4):  # the filter's treatment, count, page, treatment choices
        assert client.get(reverse("reviews:list"), {"treatment": "botox"}).status_code == 200


@pytest.mark.parametrize("updates", [0, 6])
def test_review_page_runs_a_fixed_number_of_queries(
    client_as, other_patient, doctor, django_assert_num_queries, updates
):
    from reviews.services import review_add_update

    review = ReviewFactory(doctor=doctor)
    response_upsert(review=review, doctor=doctor, body="Thank you for this thoughtful review.")
    for index in range(updates):
        review_add_update(
            review=review,
            editor=review.author,
            body=f"Update number {index}: still going well.",
            verdict=["not_sure", "worth_it"][index % 2],
        )
    client = client_as(other_patient)
    # session, user, review with its response, verdict changes, updates, photo cases (none), the reader's vote
    with django_assert_num_queries(7):
        assert client.get(review.get_absolute_url()).status_code == 200


def _review_case(review, prepare, moderator, *, seed: int = 0, graphic: bool = False, approve: bool = True):
    from photos import services
    from tests.photos import images

    case = services.photo_case_create(
        uploader=review.author,
        before=prepare(images.jpeg_upload(seed=seed)),
        after=prepare(images.jpeg_upload(seed=seed + 1)),
        treatments=[review.treatment],
        caption="My own before and after, same light and angle.",
        time_since_treatment="4_6_months",
        is_graphic=graphic,
        consent_given=True,
        review=review,
    )
    if approve:
        services.photo_case_approve(moderator=moderator, case=case)
    return case


@pytest.mark.parametrize("cases", [1, 4])
def test_review_page_shows_its_photos_in_a_fixed_number_of_queries(
    client_as, other_patient, moderator, prepare, django_capture_on_commit_callbacks, django_assert_num_queries, cases
):
    review = ReviewFactory()
    with django_capture_on_commit_callbacks(execute=True):
        shown = [_review_case(review, prepare, moderator, seed=2 * i, graphic=i == 1) for i in range(cases)]
        pending = _review_case(review, prepare, moderator, seed=20, approve=False)
    client = client_as(other_patient)
    # session, user, review (no response), verdict changes, updates, photo cases (+ images, treatments), vote
    with django_assert_num_queries(9):
        response = client.get(review.get_absolute_url())
    text = response.text
    assert "Before/after photos" in text
    assert all(case.get_absolute_url() in text for case in shown)
    assert pending.get_absolute_url() not in text
    assert ("ba-card-graphic" in text) == (cases > 1)
    assert ' style="' not in text


def test_response_model_is_one_per_review(doctor):
    from django.db import IntegrityError, transaction

    review = ReviewFactory(doctor=doctor)
    DoctorResponse.objects.create(review=review, doctor=doctor, body="First response, long enough.")
    with pytest.raises(IntegrityError), transaction.atomic():
        DoctorResponse.objects.create(review=review, doctor=doctor, body="Second response, long enough.")
