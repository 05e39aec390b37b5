"""The demo seeder writes varied reviews whose figures match what the services would have kept."""

import io

import pytest
from django.db.models import Count, Q, Sum

from accounts import demo as accounts_demo
from core.demo import DemoContext
from doctors import demo as doctors_demo
from doctors.models import DoctorProfile
from reviews import demo as reviews_demo
from reviews.models import DoctorResponse, Review, ReviewHelpfulVote, ReviewUpdate, VerdictChange
from treatments import demo as treatments_demo

pytestmark = pytest.mark.django_db


def test_seeded_reviews_are_varied_and_counted_exactly():
    ctx = DemoContext(questions=20, out=io.StringIO())
    for seeder in (treatments_demo, accounts_demo, doctors_demo, reviews_demo):
        seeder.seed(ctx)

    assert Review.objects.count() == 150
    assert set(Review.objects.values_list("verdict", flat=True)) == {"worth_it", "not_sure", "not_worth_it"}
    assert Review.objects.filter(cost_amount__isnull=False).count() > 100
    assert ReviewUpdate.objects.exists()
    assert VerdictChange.objects.filter(update__isnull=False).exists()
    assert DoctorResponse.objects.exists()
    assert ReviewHelpfulVote.objects.exists()
    for review in Review.objects.all():
        review.full_clean()  # every seeded row passes the same validation as a real one
    # The demo logins have something to see: the patient's own review with an update, and reviews of
    # dr-ruiz still waiting for a response.
    assert Review.objects.filter(author__handle="patient", updates__isnull=False).exists()
    ruiz = DoctorProfile.objects.get(user__handle="dr-ruiz")
    assert Review.objects.filter(doctor=ruiz, response__isnull=True).exists()

    for doctor in DoctorProfile.objects.annotate(
        n=Count("reviews"), s=Sum("reviews__rating"), w=Count("reviews", filter=Q(reviews__verdict="worth_it"))
    ):
        assert (doctor.review_count, doctor.rating_sum, doctor.worth_it_count) == (doctor.n, doctor.s or 0, doctor.w)
    for review in Review.objects.annotate(votes=Count("helpful_votes")):
        assert review.helpful_count == review.votes
