"""Review services and the admin: history kept, deletions logged, figures exact."""

from decimal import Decimal

import pytest
from django.contrib.contenttypes.models import ContentType
from django.template.loader import render_to_string
from django.urls import reverse

from moderation.models import ModerationLog
from reviews.models import DoctorResponse, Review, ReviewHelpfulVote, ReviewUpdate, VerdictChange
from reviews.selectors import doctor_review_summary, review_timeline
from reviews.services import response_upsert, review_add_update, review_delete, review_helpful_toggle, review_update
from tests.factories import ReviewFactory

pytestmark = pytest.mark.django_db


def test_only_editable_fields_can_be_edited(doctor):
    review = ReviewFactory()
    with pytest.raises(ValueError, match="doctor"):
        review_update(review=review, editor=review.author, doctor=doctor)


def test_verdict_history_through_edits_and_updates(patient):
    review = ReviewFactory(author=patient, verdict="worth_it")
    review_update(review=review, editor=patient, verdict="not_sure")
    update = review_add_update(
        review=review, editor=patient, body="Two months later I'm positive again.", verdict="worth_it"
    )
    history = list(VerdictChange.objects.filter(review=review).values_list("previous", "verdict", "update"))
    assert history == [("", "worth_it", None), ("worth_it", "not_sure", None), ("not_sure", "worth_it", update.pk)]

    timeline = review_timeline(review)
    assert [entry.kind for entry in timeline] == ["review", "verdict", "update"]
    assert timeline[0].verdict == "worth_it"
    assert (timeline[2].previous_label, timeline[2].verdict_label) == ("Not sure", "Worth it")


def test_an_update_naming_the_current_verdict_changes_nothing(doctor):
    review = ReviewFactory(doctor=doctor, verdict="worth_it")
    review_add_update(
        review=review, editor=review.author, body="Still happy with it after three months.", verdict="worth_it"
    )
    assert review.verdict_changes.count() == 1


def test_response_upsert_keeps_one_response_and_notices_once(doctor, patient):
    review = ReviewFactory(author=patient, doctor=doctor)
    first, created = response_upsert(review=review, doctor=doctor, body="Thank you for your kind review.")
    second, created_again = response_upsert(review=review, doctor=doctor, body="Thank you again for the review!")
    assert created and not created_again
    assert first.pk == second.pk
    assert DoctorResponse.objects.get().body == "Thank you again for the review!"


def test_response_upsert_refuses_another_doctor(doctor):
    from django.core.exceptions import PermissionDenied

    from tests.factories import DoctorProfileFactory

    review = ReviewFactory(doctor=doctor)
    with pytest.raises(PermissionDenied):
        response_upsert(review=review, doctor=DoctorProfileFactory(), body="I was not even involved here.")


def test_delete_removes_updates_responses_votes_and_history(doctor, other_patient):
    review = ReviewFactory(doctor=doctor)
    review_add_update(review=review, editor=review.author, body="A later update with enough words.")
    response_upsert(review=review, doctor=doctor, body="Thanks for sharing your experience.")
    review_helpful_toggle(review=review, user=other_patient)
    review_delete(review=review, actor=review.author)
    for model in (Review, ReviewUpdate, VerdictChange, DoctorResponse, ReviewHelpfulVote):
        assert not model.objects.exists()
    assert not ModerationLog.objects.exists()  # an author deleting their own words is not moderation


def test_an_administrator_deleting_leaves_a_log_entry(admin_user, doctor):
    review = ReviewFactory(doctor=doctor, title="Spam review")
    review_delete(review=review, actor=admin_user)
    entry = ModerationLog.objects.get()
    assert (entry.actor, entry.action, entry.target_repr) == (admin_user, "delete", "Spam review")
    assert entry.target_type == ContentType.objects.get_for_model(Review)
    doctor.refresh_from_db()
    assert doctor.review_count == 0


def test_helpful_votes_toggle_through_the_shared_mechanism(patient, other_patient):
    review = ReviewFactory(author=patient)
    assert review_helpful_toggle(review=review, user=other_patient) == (True, 1)
    assert review_helpful_toggle(review=review, user=other_patient) == (False, 0)


def test_admin_lists_and_deletes_through_the_service(client_as, admin_user, doctor):
    reviews = [ReviewFactory(doctor=doctor, cost_amount=Decimal("500")) for _ in range(3)]
    client = client_as(admin_user)
    changelist = client.get(reverse("admin:reviews_review_changelist"))
    assert changelist.status_code == 200
    assert "500.00 USD" in changelist.text
    assert client.get(reverse("admin:reviews_review_change", args=[reviews[0].pk])).status_code == 200
    response = client.post(
        reverse("admin:reviews_review_changelist"),
        {"action": "delete_selected", "_selected_action": [r.pk for r in reviews[:2]], "post": "yes"},
    )
    assert response.status_code == 302
    doctor.refresh_from_db()
    assert doctor.review_count == 1
    assert ModerationLog.objects.filter(action="delete").count() == 2


def test_admin_changelist_runs_a_fixed_number_of_queries(client_as, admin_user, doctor, django_assert_max_num_queries):
    for _ in range(12):
        ReviewFactory(doctor=doctor)
    client = client_as(admin_user)
    with django_assert_max_num_queries(10):
        client.get(reverse("admin:reviews_review_changelist"))


def test_doctor_reviews_include_renders_summary_charts_and_sub_ratings(doctor):
    ReviewFactory(doctor=doctor, rating=5, bedside_manner=5, title="Kind and careful")
    ReviewFactory(doctor=doctor, rating=3, bedside_manner=4, verdict="not_sure")
    doctor.refresh_from_db()
    html = render_to_string("reviews/_doctor_reviews.html", {"summary": doctor_review_summary(doctor)})
    assert "4.0" in html  # average rating
    assert "50% say it was worth it" in html
    assert "Bedside manner" in html and "4.5" in html
    assert "Kind and careful" in html
    assert '<svg class="chart chart-ratings"' in html
    assert f"/reviews/?doctor={doctor.slug}" in html
    assert f"/reviews/new/?doctor={doctor.slug}" in html
    assert ' style="' not in html


def test_doctor_summary_runs_two_queries(doctor, django_assert_num_queries):
    for rating in (5, 4, 3):
        ReviewFactory(doctor=doctor, rating=rating)
    doctor.refresh_from_db()
    with django_assert_num_queries(2):
        doctor_review_summary(doctor)


def test_sitemap_lists_public_reviews(client, moderator):
    from moderation.services import content_hide

    shown = ReviewFactory()
    hidden = ReviewFactory()
    content_hide(actor=moderator, target=hidden, reason="Spam")
    text = client.get("/sitemap.xml").text
    assert shown.get_absolute_url() in text
    assert hidden.get_absolute_url() not in text


@pytest.mark.parametrize("count", [1, 30])
def test_doctor_profile_shows_reviews_in_a_fixed_number_of_queries(client, doctor, django_assert_num_queries, count):
    for index in range(count):
        ReviewFactory(doctor=doctor, rating=1 + index % 5, bedside_manner=5, title=f"Review number {index}")
    # The profile's own two (the doctor, their answer count: no answers here), the review summary, the latest
    # reviews, the photo cases (none here), and the latest reviews' before/after thumbnails (one query for all).
    with django_assert_num_queries(6):
        response = client.get(doctor.get_absolute_url())
    assert "Patient reviews" in response.text
    assert "Review number" in response.text
    assert "Bedside manner" in response.text


def test_doctor_without_reviews_costs_the_profile_no_extra_query(doctor, django_assert_num_queries):
    with django_assert_num_queries(0):
        summary = doctor_review_summary(doctor)
    assert summary.review_count == 0 and summary.recent == []
