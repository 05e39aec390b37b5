"""Disclosures: every review says what its writer received and how they are connected to the doctor or
clinic, through the form, the service and the pages; reviews written before we asked say "not stated"."""

import json

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse

from reviews.models import Review
from reviews.services import review_update
from tests.factories import ReviewFactory
from tests.reviews.test_write import review_data

pytestmark = pytest.mark.django_db


def test_the_form_asks_both_questions_with_no_answer_chosen(client_as, patient):
    page = client_as(patient).get(reverse("reviews:new")).text
    assert "Did you receive anything for this treatment or this review?" in page
    assert "Are you connected to the doctor or clinic?" in page
    radios = [line for line in page.split("<input") if 'name="incentive"' in line or 'name="relationship"' in line]
    assert len(radios) == 10
    assert not any(" checked" in radio for radio in radios)
    assert 'value="not_stated"' not in page


@pytest.mark.parametrize(
    ("missing", "message"),
    [
        ("incentive", "Say whether you received anything for this treatment or this review."),
        ("relationship", "Say whether you are connected to the doctor or clinic."),
    ],
)
def test_a_review_without_an_answer_is_refused_and_keeps_what_was_typed(
    client_as, patient, treatment, missing, message
):
    data = review_data(treatment, title="Subtle and exactly what I asked for")
    del data[missing]
    response = client_as(patient).post(reverse("reviews:new"), data)
    assert response.status_code == 200
    assert message in response.text
    assert "Subtle and exactly what I asked for" in response.text
    assert not Review.objects.exists()


def test_not_stated_is_no_answer_on_the_form(client_as, patient, treatment):
    response = client_as(patient).post(reverse("reviews:new"), review_data(treatment, incentive="not_stated"))
    assert "Choose one of the answers about what you received." in response.text
    assert not Review.objects.exists()


def test_something_else_needs_a_description(client_as, patient, treatment):
    response = client_as(patient).post(reverse("reviews:new"), review_data(treatment, incentive="other"))
    assert "Say in a few words what you received." in response.text
    response = client_as(patient).post(
        reverse("reviews:new"),
        review_data(treatment, incentive="other", incentive_details="A free follow-up session"),
    )
    assert response.status_code == 302
    assert Review.objects.get().incentive_public_text == "Received something: A free follow-up session"


def test_a_discounted_review_says_so_in_plain_words_on_its_page_card_and_markup(client_as, client, patient, treatment):
    client_as(patient).post(
        reverse("reviews:new"),
        review_data(treatment, incentive="discounted_treatment", relationship="family_or_friend"),
    )
    review = Review.objects.get()
    page = client.get(review.get_absolute_url()).text
    assert "Received a discounted treatment" in page
    assert "Family or friend of the doctor or staff" in page
    hub = client.get(treatment.get_absolute_url()).text
    listing = client.get(reverse("reviews:list")).text
    for html in (hub, listing):
        assert '<li class="badge badge-disclosure">Received a discounted treatment</li>' in html
    data = json.loads(page.split('type="application/ld+json"')[1].split(">", 1)[1].split("</script>")[0])
    assert data["@type"] == "Review"
    assert data["description"] == "Received a discounted treatment. Family or friend of the doctor or staff."
    assert "sponsor" not in data  # no doctor named: nobody to name as having given it


def test_the_service_refuses_not_stated_and_a_missing_description(patient, treatment):
    from reviews.services import review_create

    common = {
        "author": patient,
        "treatment": treatment,
        "verdict": "worth_it",
        "rating": 5,
        "treatment_date": __import__("datetime").date(2025, 3, 1),
        "title": "Subtle and natural",
        "story": "The swelling settled within a week and the result looks natural. " * 3,
    }
    with pytest.raises(ValidationError, match="Say whether you received anything"):
        review_create(**common, incentive="not_stated", relationship="none")
    with pytest.raises(ValidationError, match="Say in a few words how you are connected"):
        review_create(**common, incentive="nothing", relationship="other")
    assert not Review.objects.exists()


def test_the_database_refuses_other_without_a_description(patient, treatment):
    review = ReviewFactory(author=patient, treatment=treatment)
    with pytest.raises(IntegrityError), transaction.atomic():
        Review.objects.filter(pk=review.pk).update(incentive="other", incentive_details="")
    with pytest.raises(IntegrityError), transaction.atomic():
        Review.objects.filter(pk=review.pk).update(relationship="friends")


def test_a_review_written_before_we_asked_shows_not_stated_and_its_edit_asks(client, client_as, patient, treatment):
    review = ReviewFactory(author=patient, treatment=treatment)
    Review.objects.filter(pk=review.pk).update(incentive="not_stated", relationship="not_stated")
    page = client.get(review.get_absolute_url()).text
    assert "Didn't say whether they received anything (written before we asked)" in page
    assert "Didn't say whether they know the doctor or clinic" in page

    edit = client_as(patient).get(reverse("reviews:edit", args=[review.pk])).text
    assert 'value="not_stated"' not in edit and " checked" not in edit.split('name="incentive"')[1][:40]
    data = review_data(treatment, title="Still happy")
    del data["incentive"]
    refused = client_as(patient).post(reverse("reviews:edit", args=[review.pk]), data)
    assert "Say whether you received anything" in refused.text and "Still happy" in refused.text
    done = client_as(patient).post(
        reverse("reviews:edit", args=[review.pk]), review_data(treatment, incentive="free_treatment")
    )
    assert done.status_code == 302
    review.refresh_from_db()
    assert (review.incentive, review.relationship) == ("free_treatment", "none")


def test_review_update_service_needs_the_disclosures_answered(patient, treatment):
    review = ReviewFactory(author=patient, treatment=treatment)
    Review.objects.filter(pk=review.pk).update(incentive="not_stated")
    with pytest.raises(ValidationError, match="Say whether you received anything"):
        review_update(review=review, editor=patient, title="A new title")
    updated = review_update(review=review, editor=patient, incentive="payment_or_gift", incentive_details="stale")
    assert (updated.incentive, updated.incentive_details) == ("payment_or_gift", "")


def test_the_admin_shows_and_filters_by_disclosures(client_as, moderator, patient, treatment):
    ReviewFactory(author=patient, treatment=treatment, title="Discounted one", incentive="discounted_treatment")
    ReviewFactory(treatment=treatment, title="Paid in full")
    admin = client_as(moderator)
    received = admin.get(reverse("admin:reviews_review_changelist") + "?disclosure=received").text
    assert "Discounted one" in received and "Paid in full" not in received
    assert "Received a discounted treatment" in received
    nothing = admin.get(reverse("admin:reviews_review_changelist") + "?disclosure=nothing").text
    assert "Paid in full" in nothing and "Discounted one" not in nothing


def test_teasers_on_the_home_page_and_in_search_name_what_was_received(client, treatment):
    ReviewFactory(treatment=treatment, title="Model day result", incentive="free_treatment")
    ReviewFactory(treatment=treatment, title="Paid the full price")
    for url in ("/", reverse("core:search") + "?q=Botox"):
        html = client.get(url).text
        assert '<li class="badge badge-disclosure">Received a free treatment</li>' in html, url
        assert html.count("badge-disclosure") == 1, url  # nothing to flag on the review paid in full
