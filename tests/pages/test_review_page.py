"""A review's page (pages.views.review_detail): the story under the author's handle (never an e-mail),
the doctor's response, the timeline of updates, what each reader may do, and its query counts."""

from decimal import Decimal

import pytest
from django.urls import reverse

from moderation.services import content_hide
from reviews.services import response_upsert
from tests.factories import ReviewFactory, UserFactory

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
    from tests import images

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
