"""Who may do what with a review: the author changes it, only the reviewed verified doctor responds."""

from html import unescape

import pytest
from django.urls import reverse

from accounts.models import Notice
from moderation.services import content_hide
from reviews.models import DoctorResponse, Review
from tests.factories import DoctorProfileFactory, ReviewFactory, UserFactory
from tests.reviews.test_write import review_data

pytestmark = pytest.mark.django_db

RESPONSE = "Thank you for taking the time to write this; I'm glad the result feels natural to you."


@pytest.fixture
def review(patient, treatment, doctor):
    return ReviewFactory(author=patient, treatment=treatment, doctor=doctor)


@pytest.mark.parametrize("name", ["reviews:edit", "reviews:add_update", "reviews:delete"])
def test_only_the_author_changes_a_review(client_as, other_patient, review, name):
    response = client_as(other_patient).get(reverse(name, args=[review.pk]))
    assert response.status_code == 403
    assert "Only the patient who wrote this review" in response.text


@pytest.mark.parametrize("name", ["reviews:edit", "reviews:add_update"])
def test_the_reviewed_doctor_cannot_edit_the_review(client_as, doctor, review, name):
    response = client_as(doctor.user).post(reverse(name, args=[review.pk]), {"body": "x" * 50})
    assert response.status_code == 403


@pytest.mark.parametrize("name", ["reviews:new", "reviews:edit", "reviews:add_update", "reviews:respond"])
def test_anonymous_visitors_are_sent_to_log_in(client, review, name):
    url = reverse(name) if name == "reviews:new" else reverse(name, args=[review.pk])
    response = client.get(url)
    assert response.status_code == 302
    assert "/accounts/login/" in response.url


def test_doctors_cannot_write_patient_reviews(client_as, doctor):
    response = client_as(doctor.user).get(reverse("reviews:new"))
    assert response.status_code == 403
    assert "Doctor accounts can't write patient reviews" in unescape(response.text)


def test_the_reviewed_verified_doctor_responds_and_edits_the_response(client_as, doctor, review, patient):
    client = client_as(doctor.user)
    response = client.post(reverse("reviews:respond", args=[review.pk]), {"body": RESPONSE})
    assert response.status_code == 302
    assert response.url.endswith("#response")
    assert DoctorResponse.objects.get(review=review).body == RESPONSE
    assert Notice.objects.filter(user=patient, message__contains="responded to your review").exists()

    form_page = client.get(reverse("reviews:respond", args=[review.pk]))
    assert RESPONSE in unescape(form_page.text)
    client.post(reverse("reviews:respond", args=[review.pk]), {"body": RESPONSE + " Call us any time."})
    assert DoctorResponse.objects.count() == 1
    assert DoctorResponse.objects.get().body.endswith("Call us any time.")
    assert Notice.objects.filter(user=patient).count() == 1  # told once, not at every edit


def test_another_verified_doctor_cannot_respond(client_as, review):
    other = DoctorProfileFactory()
    response = client_as(other.user).post(reverse("reviews:respond", args=[review.pk]), {"body": RESPONSE})
    assert response.status_code == 403
    assert "Only the doctor this review is about" in response.text
    assert not DoctorResponse.objects.exists()


@pytest.mark.parametrize("status", ["pending", "suspended", "rejected"])
def test_the_reviewed_doctor_must_be_verified_to_respond(client_as, treatment, patient, status):
    doctor = DoctorProfileFactory(status=status)
    review = ReviewFactory(author=patient, treatment=treatment, doctor=doctor)
    response = client_as(doctor.user).post(reverse("reviews:respond", args=[review.pk]), {"body": RESPONSE})
    assert response.status_code == 403
    assert not DoctorResponse.objects.exists()


def test_patients_cannot_respond(client_as, patient, other_patient, review):
    assert client_as(other_patient).get(reverse("reviews:respond", args=[review.pk])).status_code == 403
    assert client_as(patient).get(reverse("reviews:respond", args=[review.pk])).status_code == 403


def test_nobody_responds_to_a_review_without_a_doctor(client_as, doctor, patient, treatment):
    review = ReviewFactory(author=patient, treatment=treatment)
    response = client_as(doctor.user).get(reverse("reviews:respond", args=[review.pk]))
    assert response.status_code == 403


def test_a_hidden_review_cannot_be_edited_but_can_be_deleted(client_as, patient, moderator, review):
    content_hide(actor=moderator, target=review, reason="Under review")
    client = client_as(patient)
    assert client.get(reverse("reviews:edit", args=[review.pk])).status_code == 403
    page = client.get(review.get_absolute_url())
    assert page.status_code == 200
    assert "A moderator hid this review" in page.text
    assert client.post(reverse("reviews:delete", args=[review.pk])).status_code == 302


def test_a_hidden_review_is_not_found_by_others(client, client_as, other_patient, moderator, review):
    content_hide(actor=moderator, target=review, reason="Spam")
    assert client.get(review.get_absolute_url()).status_code == 404
    assert client_as(other_patient).get(review.get_absolute_url()).status_code == 404


def test_authors_cannot_vote_for_their_own_review(client_as, patient, review):
    response = client_as(patient).post(reverse("reviews:helpful", args=[review.pk]))
    assert response.status_code == 403
    review.refresh_from_db()
    assert review.helpful_count == 0


# The participation gate: an unconfirmed address or a suspension refuses every way of taking part,
# with the reason, and the page shows the reason where the button would be (`barring`, `barred`: tests/conftest.py).


def test_a_barred_member_cannot_write_a_review(client_as, barred, treatment):
    member, words = barred
    client = client_as(member)
    for response in (
        client.get(reverse("reviews:new")),
        client.post(reverse("reviews:new"), review_data(treatment)),
    ):
        assert response.status_code == 403
        assert words in unescape(response.text)
    assert not Review.objects.filter(author=member).exists()


@pytest.mark.parametrize("name", ["reviews:edit", "reviews:add_update"])
def test_a_barred_author_cannot_change_their_review(client_as, barring, treatment, name):
    bar, words = barring
    member = UserFactory()
    review = ReviewFactory(author=member, treatment=treatment)  # written while they still could
    bar(member)
    response = client_as(member).post(reverse(name, args=[review.pk]), {"body": "x" * 120})
    assert response.status_code == 403
    assert words in unescape(response.text)
    # The review page offers no edit button, only the reason.
    page = unescape(client_as(member).get(review.get_absolute_url()).text)
    assert reverse("reviews:edit", args=[review.pk]) not in page
    assert words in page


def test_a_barred_member_cannot_vote_and_sees_why_instead_of_the_button(client_as, barred, review):
    member, words = barred
    client = client_as(member)
    response = client.post(reverse("reviews:helpful", args=[review.pk]))
    assert response.status_code == 403
    assert words in unescape(response.text)
    review.refresh_from_db()
    assert review.helpful_count == 0
    page = unescape(client.get(review.get_absolute_url()).text)
    assert reverse("reviews:helpful", args=[review.pk]) not in page
    assert words in page
    assert reverse("moderation:flag", args=["reviews.review", review.pk]) not in page


def test_a_barred_doctor_cannot_respond(client_as, barred, patient, treatment):
    member, words = barred
    doctor = DoctorProfileFactory(user=member)
    review = ReviewFactory(author=patient, treatment=treatment, doctor=doctor)
    client = client_as(member)
    response = client.post(reverse("reviews:respond", args=[review.pk]), {"body": RESPONSE})
    assert response.status_code == 403
    assert words in unescape(response.text)
    assert not DoctorResponse.objects.exists()
    assert reverse("reviews:respond", args=[review.pk]) not in client.get(review.get_absolute_url()).text


def test_pages_with_a_write_a_review_button_show_a_barred_member_the_reason(client_as, barred, treatment, doctor):
    member, words = barred
    client = client_as(member)
    for url in (reverse("reviews:list"), treatment.get_absolute_url(), doctor.get_absolute_url()):
        page = unescape(client.get(url).text)
        assert reverse("reviews:new") not in page, url
        assert words in page, url
    # A member who may take part still gets the button (and shares the cached page).
    assert reverse("reviews:new") in client_as(UserFactory()).get(reverse("reviews:list")).text
