"""The treatment page as the hub: review figures, charts, recent reviews, questions, doctors, photos."""

import re
from decimal import Decimal

import pytest

from moderation.services import content_hide
from reviews.services import response_upsert
from tests.factories import AnswerFactory, DoctorProfileFactory, QuestionFactory, ReviewFactory, TreatmentFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    # These tests create many authors; the production hasher is deliberately slow.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def test_hub_shows_worth_it_share_costs_and_rating(client, treatment, doctor):
    ReviewFactory(treatment=treatment, doctor=doctor, verdict="worth_it", rating=5, cost_amount=Decimal("400"))
    ReviewFactory(treatment=treatment, verdict="worth_it", rating=4, cost_amount=Decimal("600"))
    ReviewFactory(treatment=treatment, verdict="not_worth_it", rating=2, cost_amount=Decimal("1100"))
    ReviewFactory(treatment=treatment, verdict="not_sure", rating=3)
    text = client.get(treatment.get_absolute_url()).text
    assert "50%" in text  # 2 of 4 worth it
    assert "of 4 reviewers say it was worth it" in text
    assert "$700" in text  # average of 400, 600, 1100
    assert "Typical (median)" in text and "$600" in text
    assert "$400 \u2013 $1,100" in text
    assert "3.5" in text  # average rating
    assert "All 4 Botox reviews" in text


def test_hub_leaves_out_hidden_reviews(client, treatment, moderator):
    ReviewFactory(treatment=treatment, rating=5, cost_amount=Decimal("500"), title="A visible review")
    hidden = ReviewFactory(treatment=treatment, rating=1, cost_amount=Decimal("5000"), title="A hidden review")
    content_hide(actor=moderator, target=hidden, reason="Fake")
    text = client.get(treatment.get_absolute_url()).text
    assert "A visible review" in text and "A hidden review" not in text
    assert "$5,000" not in text
    assert "of 1 reviewer say" in text


def test_charts_are_inline_svg_with_text_equivalents_and_no_inline_styles(client, treatment):
    ReviewFactory(treatment=treatment, rating=5, cost_amount=Decimal("300"))
    ReviewFactory(treatment=treatment, rating=4, cost_amount=Decimal("900"))
    text = client.get(treatment.get_absolute_url()).text
    assert ' style="' not in text
    assert "<script" not in text.split("</main>")[0]
    assert '<svg class="chart chart-ratings"' in text
    assert '<svg class="chart chart-cost"' in text
    assert re.search(r'<title id="rating-chart-title">How patients rated Botox</title>', text)
    assert "5 stars: 1 review (50%); 4 stars: 1 review (50%)" in text
    assert "typical (median) $600" in text
    assert 'aria-labelledby="cost-chart-title cost-chart-desc"' in text


def test_hub_without_reviews_invites_the_first(client, treatment):
    text = client.get(treatment.get_absolute_url()).text
    assert "No one has reviewed Botox yet" in text
    assert "/reviews/new/?treatment=botox" in text


def test_hub_lists_doctors_who_were_reviewed_for_it_or_answered_about_it(client, treatment):
    reviewed = DoctorProfileFactory(full_name="Reviewed Doctor")
    answering = DoctorProfileFactory(full_name="Answering Doctor")
    elsewhere = DoctorProfileFactory(full_name="Elsewhere Doctor")
    pending = DoctorProfileFactory(full_name="Pending Doctor", status="pending", verified_at=None)
    ReviewFactory(treatment=treatment, doctor=reviewed, rating=4)
    ReviewFactory(treatment=treatment, doctor=pending, rating=4)
    AnswerFactory(doctor=answering, question=QuestionFactory(treatments=[treatment]))
    AnswerFactory(doctor=elsewhere, question=QuestionFactory(treatments=[TreatmentFactory(name="Facelift")]))
    page = client.get(treatment.get_absolute_url()).text
    text = page[page.index('id="doctors"') : page.index('id="photos"')]
    assert "Dr. Reviewed Doctor" in text
    assert "1 review for Botox" in text
    assert "Dr. Answering Doctor" in text
    assert "Answers questions about Botox" in text
    assert "Elsewhere Doctor" not in text
    assert "Pending Doctor" not in text


def test_hub_has_a_photos_section(client, treatment):
    assert 'id="photos"' in client.get(treatment.get_absolute_url()).text


def test_hub_shows_the_treatments_approved_photo_cases_blurring_graphic_ones(client, treatment, make_case):
    shown = make_case(treatments=[treatment], caption="Approved forehead lines case.")
    graphic = make_case(treatments=[treatment], graphic=True, seed=2)
    pending = make_case(treatments=[treatment], approve=False, seed=4)
    elsewhere = make_case(treatments=[TreatmentFactory(name="Facelift")], seed=6)
    page = client.get(treatment.get_absolute_url()).text
    text = page[page.index('id="photos"') :]
    assert shown.get_absolute_url() in text
    assert graphic.get_absolute_url() in text and "ba-card-graphic" in text
    assert pending.get_absolute_url() not in text
    assert elsewhere.get_absolute_url() not in text
    assert "/photos/?treatment=botox" in text
    assert ' style="' not in page


@pytest.mark.parametrize("count", [1, 40])
def test_hub_runs_a_fixed_number_of_queries(client, treatment, django_assert_num_queries, make_case, count):
    doctors = DoctorProfileFactory.create_batch(3)
    for index in range(count):
        review = ReviewFactory(
            treatment=treatment,
            doctor=doctors[index % 3] if index % 5 else None,
            verdict=["worth_it", "not_sure", "not_worth_it"][index % 3],
            rating=1 + index % 5,
            cost_amount=Decimal(200 + 10 * index),
        )
        if review.doctor and index % 7 == 1:
            response_upsert(review=review, doctor=review.doctor, body="Thank you for sharing your experience.")
    for doctor in doctors:
        AnswerFactory(doctor=doctor, question=QuestionFactory(treatments=[treatment]))
    for index in range(1 if count == 1 else 8):
        make_case(treatments=[treatment], graphic=index % 2 == 1, seed=index)
    # treatment, figures (with the cost quartiles on PostgreSQL; a second query for them on SQLite),
    # recent reviews, top questions (+ their treatments), doctors, photo cases (+ their images and treatments)
    from django.db import connection

    with django_assert_num_queries(9 if connection.vendor == "postgresql" else 10):
        assert client.get(treatment.get_absolute_url()).status_code == 200
