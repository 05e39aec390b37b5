"""Only patients write reviews (no doctor, no staff), by every path; one review per member, treatment and
doctor, and a member who tries again is led to update the review they have, with what they typed."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from reviews.models import Review, ReviewUpdate
from reviews.services import review_create
from tests.factories import ReviewFactory, UserFactory
from tests.reviews.test_write import STORY, review_data

pytestmark = pytest.mark.django_db


def answers(author, treatment, doctor=None) -> dict:
    return {
        "author": author,
        "treatment": treatment,
        "doctor": doctor,
        "verdict": "worth_it",
        "rating": 5,
        "treatment_date": datetime.date(2025, 3, 1),
        "title": "Subtle and natural",
        "story": STORY,
        "incentive": "nothing",
        "relationship": "none",
    }


@pytest.fixture
def staff_member(db):
    return UserFactory(handle="helpdesk", is_staff=True)


@pytest.mark.parametrize("who", ["staff", "moderator", "doctor", "pending_doctor"])
def test_staff_and_doctor_accounts_cannot_review_through_the_page(client_as, request, treatment, staff_member, who):
    user = {"staff": lambda: staff_member}.get(who, lambda: request.getfixturevalue(who))()
    user = getattr(user, "user", user)
    client = client_as(user)
    assert client.get(reverse("reviews:new")).status_code == 403
    assert client.post(reverse("reviews:new"), review_data(treatment)).status_code == 403
    assert not Review.objects.exists()


def test_the_service_refuses_staff_and_doctors(staff_member, moderator, doctor, treatment):
    for author in (staff_member, moderator, doctor.user):
        with pytest.raises(PermissionDenied, match="can't write patient reviews"):
            review_create(**answers(author, treatment))
    assert not Review.objects.exists()


def test_the_model_refuses_a_review_by_staff_or_a_doctor_whatever_the_path(staff_member, doctor, treatment):
    for author, words in ((staff_member, "Staff accounts"), (doctor.user, "Doctor accounts")):
        review = Review(**answers(author, treatment))
        with pytest.raises(ValidationError, match=words):
            review.full_clean()


def test_no_one_adds_a_review_in_the_admin(client_as, admin_user):
    assert client_as(admin_user).get(reverse("admin:reviews_review_add")).status_code == 403


def test_the_admin_cannot_change_what_a_reviewer_disclosed(client_as, moderator, patient, treatment):
    review = ReviewFactory(author=patient, treatment=treatment, incentive="discounted_treatment")
    page = client_as(moderator).get(reverse("admin:reviews_review_change", args=[review.pk])).text
    assert 'name="incentive"' not in page and 'name="relationship"' not in page
    assert "A discounted treatment" in page


def test_a_second_review_leads_to_an_update_with_what_was_typed(client_as, patient, treatment, doctor):
    first = ReviewFactory(author=patient, treatment=treatment, doctor=doctor)
    typed = "Six months on the result has softened but I still like it. " * 3
    client = client_as(patient)
    refused = client.post(reverse("reviews:new"), review_data(treatment, doctor, title="Six months on", story=typed))
    assert refused.status_code == 200
    assert "You have already reviewed Dr. Ana Ruiz for Botox" in refused.text
    add_update = reverse("reviews:add_update", args=[first.pk])
    assert f'action="{add_update}"' in refused.text and "Continue with what you wrote, as an update" in refused.text
    assert f'value="Six months on&#10;&#10;{typed}"' in refused.text

    draft = client.post(add_update, {"draft": typed})
    assert draft.status_code == 200
    assert typed.strip() in draft.text
    assert not ReviewUpdate.objects.exists()  # a draft only fills the form
    assert "This field is required" not in draft.text

    client.post(add_update, {"body": typed})
    assert ReviewUpdate.objects.get(review=first).body == typed.strip()
    assert Review.objects.count() == 1


def test_the_draft_of_an_update_is_only_for_the_reviews_author(client_as, other_patient, patient, treatment):
    review = ReviewFactory(author=patient, treatment=treatment)
    assert (
        client_as(other_patient).post(reverse("reviews:add_update", args=[review.pk]), {"draft": "x"}).status_code
        == 403
    )


def test_the_database_keeps_one_review_per_member_treatment_and_doctor(patient, treatment, doctor):
    from django.db import IntegrityError, transaction

    first = ReviewFactory(author=patient, treatment=treatment, doctor=doctor)
    copy = Review.objects.get(pk=first.pk)
    copy.pk = None
    with pytest.raises(IntegrityError), transaction.atomic():
        copy.save()


def test_nul_bytes_and_huge_drafts_get_a_calm_answer(client_as, patient, treatment, doctor):
    review = ReviewFactory(author=patient, treatment=treatment, doctor=doctor)
    client = client_as(patient)
    url = reverse("reviews:add_update", args=[review.pk])
    pasted = client.post(url, {"draft": "before\x00after"})
    assert pasted.status_code == 200 and "beforeafter" in pasted.text
    huge = client.post(url, {"draft": "x" * 50_000})
    assert huge.status_code == 200 and "x" * 10_000 in huge.text and "x" * 10_001 not in huge.text
    receipt = client.post(
        reverse("reviews:receipt", args=[review.pk]),
        {"receipt": __import__("tests.images", fromlist=["jpeg_upload"]).jpeg_upload(name="a\x00b.jpg")},
    )
    assert receipt.status_code in (302, 400)
    confirm = client_as(doctor.user).post(reverse("reviews:confirm_visit", args=[review.pk]), {"next": "\x00"})
    assert confirm.status_code == 302  # "next" emptied: the review's own page


def test_confirming_a_visit_and_sending_a_receipt_need_the_csrf_token(patient, treatment, doctor):
    from django.test import Client

    review = ReviewFactory(author=patient, treatment=treatment, doctor=doctor)
    for user, name in ((doctor.user, "reviews:confirm_visit"), (patient, "reviews:receipt")):
        client = Client(enforce_csrf_checks=True)
        client.force_login(user)
        assert client.post(reverse(name, args=[review.pk])).status_code == 403
    assert Review.objects.get(pk=review.pk).verification == "none"
