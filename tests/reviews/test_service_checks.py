"""The review services check their rule themselves, whoever calls them (a view, the admin, a command):
called directly for someone the rule refuses, each raises PermissionDenied and changes nothing."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from moderation.models import ModerationLog
from moderation.services import content_hide
from reviews.models import Review, ReviewHelpfulVote, ReviewUpdate
from reviews.services import review_add_update, review_create, review_delete, review_helpful_toggle, review_update
from tests.factories import ReviewFactory, UserFactory

pytestmark = pytest.mark.django_db


def new_review(author, treatment):
    return review_create(
        author=author,
        incentive="nothing",
        relationship="none",
        treatment=treatment,
        verdict="worth_it",
        rating=5,
        treatment_date=datetime.date(2025, 3, 1),
        title="Subtle and natural",
        story="The swelling settled within a week and the result looks natural. " * 3,
    )


def test_review_create_refuses_a_doctor_account(doctor, treatment):
    with pytest.raises(PermissionDenied, match="Doctor accounts can't write patient reviews"):
        new_review(doctor.user, treatment)
    assert not Review.objects.exists()


def test_review_create_refuses_a_suspended_patient(treatment):
    author = UserFactory(suspended_at=timezone.now(), suspension_reason="Fake reviews.")
    with pytest.raises(PermissionDenied, match="Fake reviews"):
        new_review(author, treatment)
    assert not Review.objects.exists()


def test_review_update_refuses_anyone_but_the_author(patient, other_patient):
    review = ReviewFactory(author=patient, verdict="worth_it")
    with pytest.raises(PermissionDenied, match="Only the patient who wrote this review"):
        review_update(review=review, editor=other_patient, verdict="not_worth_it")
    assert Review.objects.get(pk=review.pk).verdict == "worth_it"


def test_review_update_refuses_a_hidden_review_even_from_a_stale_copy(patient, moderator):
    review = ReviewFactory(author=patient, title="Subtle and natural")
    stale = Review.objects.get(pk=review.pk)
    content_hide(actor=moderator, target=review, reason="Advertising")
    with pytest.raises(PermissionDenied, match="hid this review"):
        review_update(review=stale, editor=patient, title="Now with a clinic's phone number")
    assert Review.objects.get(pk=review.pk).title == "Subtle and natural"


def test_review_add_update_refuses_anyone_but_the_author(patient, other_patient):
    review = ReviewFactory(author=patient)
    with pytest.raises(PermissionDenied, match="Only the patient who wrote this review"):
        review_add_update(review=review, editor=other_patient, body="Someone else's words about my review.")
    assert not ReviewUpdate.objects.exists()


def test_review_delete_refuses_another_member(patient, other_patient):
    review = ReviewFactory(author=patient)
    with pytest.raises(PermissionDenied):
        review_delete(review=review, actor=other_patient)
    assert Review.objects.filter(pk=review.pk).exists()
    assert not ModerationLog.objects.exists()


def test_review_delete_refuses_a_moderator_without_the_delete_permission(patient, moderator):
    # Moderators hide reviews; deleting someone's words for good is for administrators.
    review = ReviewFactory(author=patient)
    with pytest.raises(PermissionDenied, match="administrator"):
        review_delete(review=review, actor=moderator)
    assert Review.objects.filter(pk=review.pk).exists()


def test_review_delete_refuses_no_one_at_all(patient):
    review = ReviewFactory(author=patient)
    with pytest.raises(PermissionDenied):
        review_delete(review=review, actor=None)
    assert Review.objects.filter(pk=review.pk).exists()


def test_review_helpful_toggle_refuses_the_author(patient):
    review = ReviewFactory(author=patient)
    with pytest.raises(PermissionDenied, match="your own review"):
        review_helpful_toggle(review=review, user=patient)
    assert not ReviewHelpfulVote.objects.exists()
