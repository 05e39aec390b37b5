"""Writing, editing and updating a review through the pages: good input publishes, bad input explains."""

import re
from datetime import timedelta
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.models import Notice
from reviews.models import Review, VerdictChange
from tests.factories import ReviewFactory

pytestmark = pytest.mark.django_db

STORY = (
    "I had been thinking about it for two years. The consultation took forty minutes, the doctor talked me "
    "out of doing too much, and the result three weeks later looks like me on a well-rested day."
)


def review_data(for_treatment, doctor=None, **overrides) -> dict:
    data = {
        "treatment": for_treatment.pk,
        "doctor": doctor.pk if doctor else "",
        "treatment_date": (timezone.localdate() - timedelta(days=30)).isoformat(),
        "verdict": "worth_it",
        "rating": "5",
        "title": "Subtle and exactly what I asked for",
        "story": STORY,
        "cost_amount": "650",
        "cost_currency": "USD",
        "incentive": "nothing",
        "relationship": "none",
    }
    data.update(overrides)
    return data


def test_patient_publishes_a_review_and_the_doctor_is_told(client_as, patient, treatment, doctor):
    response = client_as(patient).post(
        reverse("reviews:new"), review_data(treatment, doctor, bedside_manner="5", staff="4")
    )
    review = Review.objects.get()
    assert response.status_code == 302
    assert response.url == review.get_absolute_url()
    assert (review.author, review.doctor, review.verdict, review.rating) == (patient, doctor, "worth_it", 5)
    assert review.cost_amount == Decimal("650.00")
    assert (review.bedside_manner, review.staff, review.aftercare) == (5, 4, None)
    assert VerdictChange.objects.get(review=review).verdict == "worth_it"
    doctor.refresh_from_db()
    assert (doctor.review_count, doctor.rating_sum, doctor.worth_it_count) == (1, 5, 1)
    assert Notice.objects.filter(user=doctor.user, url=review.get_absolute_url()).exists()


def test_review_without_a_doctor_or_cost(client_as, patient, treatment):
    response = client_as(patient).post(
        reverse("reviews:new"), review_data(treatment, cost_amount="", verdict="not_sure")
    )
    assert response.status_code == 302
    review = Review.objects.get()
    assert review.doctor is None and review.cost_amount is None


def test_new_review_page_prefills_treatment_and_doctor(client_as, patient, treatment, doctor):
    response = client_as(patient).get(reverse("reviews:new"), {"treatment": "botox", "doctor": doctor.slug})
    assert response.status_code == 200
    form = response.context["form"]
    assert form["treatment"].value() == treatment.pk
    assert form["doctor"].value() == doctor.pk


def test_new_review_page_warns_before_a_second_review(client_as, patient, treatment, doctor):
    first = ReviewFactory(author=patient, treatment=treatment, doctor=doctor)
    response = client_as(patient).get(reverse("reviews:new"), {"treatment": "botox", "doctor": doctor.slug})
    assert "You already reviewed this" in response.text
    assert first.get_absolute_url() in response.text


def test_unknown_prefill_slugs_are_ignored(client_as, patient):
    response = client_as(patient).get(reverse("reviews:new"), {"treatment": "nope", "doctor": "nobody"})
    assert response.status_code == 200


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"rating": "0"}, "rating", "Choose a rating from 1 to 5."),
        ({"rating": "6"}, "rating", "Choose a rating from 1 to 5."),
        ({"rating": ""}, "rating", "Choose a rating from 1 to 5."),
        ({"bedside_manner": "9"}, "bedside_manner", "Choose a rating from 1 to 5."),
        ({"cost_amount": "-20"}, "cost_amount", "The cost can't be negative."),
        ({"cost_amount": "lots"}, "cost_amount", "Enter the cost as a number"),
        ({"treatment_date": "2999-01-01"}, "treatment_date", "can't be in the future"),
        ({"story": "Too short to help anyone."}, "story", "at least 100 characters (you wrote 25)"),
        ({"story": "x" * 10_001}, "story", "under 10,000 characters"),
        ({"verdict": "meh"}, "verdict", "Choose one of the verdicts."),
        ({"verdict": ""}, "verdict", "Say whether it was worth it."),
        ({"treatment": ""}, "treatment", "This field is required."),
    ],
)
def test_bad_input_gets_a_field_error_and_keeps_what_was_typed(
    client_as, patient, treatment, overrides, field, message
):
    data = review_data(treatment, **overrides)
    response = client_as(patient).post(reverse("reviews:new"), data)
    assert response.status_code == 200
    form = response.context["form"]
    assert message in " ".join(form.errors[field])
    assert not Review.objects.exists()
    # What the patient typed is still in the form.
    assert "Subtle and exactly what I asked for" in response.text
    if field != "story":
        assert STORY[:60] in response.text
    assert 'class="invalid-feedback' in response.text


def test_tomorrow_is_in_the_future(client_as, patient, treatment):
    tomorrow = (timezone.localdate() + timedelta(days=1)).isoformat()
    response = client_as(patient).post(reverse("reviews:new"), review_data(treatment, treatment_date=tomorrow))
    assert "treatment_date" in response.context["form"].errors


def test_doctor_ratings_without_a_doctor_are_refused(client_as, patient, treatment):
    response = client_as(patient).post(reverse("reviews:new"), review_data(treatment, bedside_manner="4"))
    assert "choose which doctor" in " ".join(response.context["form"].errors["doctor"])


def test_second_review_of_the_same_doctor_and_treatment_says_so(client_as, patient, treatment, doctor):
    first = ReviewFactory(author=patient, treatment=treatment, doctor=doctor)
    data = review_data(treatment, doctor, title="Trying to review again")
    response = client_as(patient).post(reverse("reviews:new"), data)
    assert response.status_code == 200
    errors = " ".join(response.context["form"].errors["doctor"])
    assert "You have already reviewed Dr. Ana Ruiz for Botox" in errors
    assert first.get_absolute_url() in response.text
    assert "Trying to review again" in response.text
    assert Review.objects.count() == 1


def test_second_review_of_a_treatment_without_a_doctor_says_so(client_as, patient, treatment):
    ReviewFactory(author=patient, treatment=treatment)
    response = client_as(patient).post(reverse("reviews:new"), review_data(treatment))
    assert "without naming a doctor" in " ".join(response.context["form"].errors["doctor"])


def test_same_treatment_with_another_doctor_is_a_new_review(client_as, patient, treatment, doctor):
    ReviewFactory(author=patient, treatment=treatment)
    response = client_as(patient).post(reverse("reviews:new"), review_data(treatment, doctor))
    assert response.status_code == 302
    assert Review.objects.count() == 2


def test_a_race_past_the_form_check_still_gives_a_readable_error(patient, treatment, doctor):
    from django.core.exceptions import ValidationError

    from reviews.services import review_create

    ReviewFactory(author=patient, treatment=treatment, doctor=doctor)
    with pytest.raises(ValidationError) as caught:
        review_create(
            author=patient,
            incentive="nothing",
            relationship="none",
            treatment=treatment,
            doctor=doctor,
            verdict="worth_it",
            rating=4,
            treatment_date=timezone.localdate(),
            title="Again",
            story=STORY,
        )
    assert "already reviewed" in str(caught.value)


def test_author_edits_the_review_and_the_verdict_history_is_kept(client_as, patient, treatment, doctor):
    review = ReviewFactory(author=patient, treatment=treatment, doctor=doctor, rating=5)
    data = review_data(treatment, doctor, verdict="not_sure", rating="3", title="Less sure now")
    response = client_as(patient).post(reverse("reviews:edit", args=[review.pk]), data)
    assert response.status_code == 302
    review.refresh_from_db()
    assert (review.verdict, review.rating, review.title) == ("not_sure", 3, "Less sure now")
    assert list(review.verdict_changes.values_list("previous", "verdict")) == [
        ("", "worth_it"),
        ("worth_it", "not_sure"),
    ]
    doctor.refresh_from_db()
    assert (doctor.rating_sum, doctor.worth_it_count) == (3, 0)


def test_edit_cannot_move_a_review_to_another_doctor(client_as, patient, treatment, doctor):
    from tests.factories import DoctorProfileFactory

    other = DoctorProfileFactory()
    review = ReviewFactory(author=patient, treatment=treatment, doctor=doctor)
    client_as(patient).post(reverse("reviews:edit", args=[review.pk]), review_data(treatment, other))
    review.refresh_from_db()
    assert review.doctor == doctor


def test_edit_with_bad_input_keeps_the_typed_text(client_as, patient, treatment):
    review = ReviewFactory(author=patient, treatment=treatment)
    data = review_data(treatment, rating="6", title="A new title I typed")
    response = client_as(patient).post(reverse("reviews:edit", args=[review.pk]), data)
    assert response.status_code == 200
    assert "A new title I typed" in response.text
    review.refresh_from_db()
    assert review.title != "A new title I typed"


def test_author_adds_an_update_that_changes_the_verdict(client_as, patient, treatment, doctor):
    review = ReviewFactory(author=patient, treatment=treatment, doctor=doctor)
    body = "Four months later the result has faded more than I was told it would."
    response = client_as(patient).post(
        reverse("reviews:add_update", args=[review.pk]), {"body": body, "verdict": "not_sure"}
    )
    update = review.updates.get()
    assert response.status_code == 302
    assert response.url.endswith(f"#update-{update.pk}")
    review.refresh_from_db()
    assert review.verdict == "not_sure"
    assert update.verdict_change.previous == "worth_it"

    page = client_as(patient).get(review.get_absolute_url())
    assert body in page.text
    assert "Verdict changed from Worth it to" in page.text


def test_update_without_a_verdict_keeps_the_verdict(client_as, patient):
    review = ReviewFactory(author=patient)
    client_as(patient).post(
        reverse("reviews:add_update", args=[review.pk]),
        {"body": "Still happy two months on, no problems.", "verdict": ""},
    )
    review.refresh_from_db()
    assert review.verdict == "worth_it"
    assert review.updates.count() == 1
    assert review.verdict_changes.count() == 1


def test_too_short_update_is_refused_with_the_text_kept(client_as, patient):
    review = ReviewFactory(author=patient)
    response = client_as(patient).post(reverse("reviews:add_update", args=[review.pk]), {"body": "Fine."})
    assert response.status_code == 200
    assert "at least 20 characters" in response.text
    assert "Fine." in response.text


def test_author_deletes_the_review(client_as, patient, treatment, doctor):
    review = ReviewFactory(author=patient, treatment=treatment, doctor=doctor)
    assert client_as(patient).get(reverse("reviews:delete", args=[review.pk])).status_code == 200
    response = client_as(patient).post(reverse("reviews:delete", args=[review.pk]))
    assert response.status_code == 302
    assert response.url == treatment.get_absolute_url()
    assert not Review.objects.exists()
    doctor.refresh_from_db()
    assert doctor.review_count == 0


def test_posting_too_fast_keeps_the_form(client_as, patient, treatment, settings):
    settings.RATE_LIMITS = {"review": "1/h"}
    client = client_as(patient)
    assert client.post(reverse("reviews:new"), review_data(treatment)).status_code == 302
    from tests.factories import TreatmentFactory

    other = TreatmentFactory(name="Lip filler")
    response = client.post(reverse("reviews:new"), review_data(other, title="My second one"))
    assert response.status_code == 429
    assert "My second one" in response.text
    assert Review.objects.count() == 1


def test_a_cost_typed_the_way_people_write_it_is_understood(client_as, patient, treatment):
    response = client_as(patient).post(reverse("reviews:new"), review_data(treatment, cost_amount="$1,250.50"))
    assert response.status_code == 302, response.context["form"].errors
    assert str(Review.objects.get().cost_amount) == "1250.50"


def test_a_mistyped_cost_is_refused_with_a_message_and_shown_back(client_as, patient, treatment):
    response = client_as(patient).post(reverse("reviews:new"), review_data(treatment, cost_amount="650-"))
    assert "Enter the cost as a number" in " ".join(response.context["form"].errors["cost_amount"])
    assert 'value="650-"' in response.text
    # A text box with a decimal keypad: type=number posts "650-" as an empty value in Chromium.
    [field] = re.findall(r"<input[^>]*name=\"cost_amount\"[^>]*>", response.text)
    assert 'type="text"' in field and 'inputmode="decimal"' in field
