"""The figures patients decide on: worth-it share, median and average cost, ratings, doctor counters.

Known data in, exact figures out, through every event that changes them: a new review, an edit,
an update that changes the verdict, a moderator hiding and restoring, a deletion.
"""

from decimal import Decimal

import pytest

from moderation.services import content_hide, content_restore
from reviews.models import Review
from reviews.selectors import cost_quantiles, doctor_review_summary, treatment_review_figures
from reviews.services import review_add_update, review_delete, review_update
from tests.factories import DoctorProfileFactory, ReviewFactory, TreatmentFactory

pytestmark = pytest.mark.django_db


def doctor_counters(doctor) -> tuple[int, int, int]:
    doctor.refresh_from_db()
    return doctor.review_count, doctor.rating_sum, doctor.worth_it_count


@pytest.fixture
def known_reviews(treatment, doctor):
    """Five public Botox reviews: 3 worth it, 1 not sure, 1 not worth it; costs 300, 500, 650, 900 USD and one
    without a cost; ratings 5, 4, 5, 3, 1."""
    return [
        ReviewFactory(treatment=treatment, doctor=doctor, verdict="worth_it", rating=5, cost_amount=Decimal("300")),
        ReviewFactory(treatment=treatment, doctor=doctor, verdict="worth_it", rating=4, cost_amount=Decimal("500")),
        ReviewFactory(treatment=treatment, verdict="worth_it", rating=5, cost_amount=Decimal("650")),
        ReviewFactory(treatment=treatment, doctor=doctor, verdict="not_sure", rating=3, cost_amount=Decimal("900")),
        ReviewFactory(treatment=treatment, verdict="not_worth_it", rating=1),
    ]


def test_treatment_figures_on_known_data(treatment, known_reviews):
    figures = treatment_review_figures(treatment)
    assert figures.review_count == 5
    assert (figures.worth_it_count, figures.not_sure_count, figures.not_worth_it_count) == (3, 1, 1)
    assert figures.worth_it_percent == 60
    assert figures.average_rating == 3.6
    assert [(bar.stars, bar.count, bar.percent) for bar in figures.ratings] == [
        (5, 2, 40),
        (4, 1, 20),
        (3, 1, 20),
        (2, 0, 0),
        (1, 1, 20),
    ]
    cost = figures.cost
    assert cost.count == 4
    assert cost.median == Decimal("575.00")  # the mean of the two middle costs, 500 and 650
    assert cost.average == Decimal("587.50")
    assert (cost.minimum, cost.maximum) == (Decimal("300.00"), Decimal("900.00"))
    assert (cost.lower_quartile, cost.upper_quartile) == (Decimal("450.00"), Decimal("712.50"))


def test_median_of_an_odd_number_of_costs_is_the_middle_one(treatment):
    for amount in ["1200", "80", "450"]:
        ReviewFactory(treatment=treatment, cost_amount=Decimal(amount))
    assert treatment_review_figures(treatment).cost.median == Decimal("450.00")


def test_a_single_cost_is_its_own_median_and_range(treatment):
    ReviewFactory(treatment=treatment, cost_amount=Decimal("649.99"))
    cost = treatment_review_figures(treatment).cost
    assert cost.median == cost.average == cost.minimum == cost.maximum == Decimal("649.99")


def test_quantiles_interpolate_between_ranks(treatment):
    for amount in range(10, 110, 10):  # 10, 20, ... 100
        ReviewFactory(treatment=treatment, cost_amount=Decimal(amount))
    costs = Review.objects.filter(treatment=treatment)
    result = cost_quantiles(costs, 10, [Decimal("0.25"), Decimal("0.5"), Decimal("0.9")])
    assert result == {
        Decimal("0.25"): Decimal("32.50"),
        Decimal("0.5"): Decimal("55.00"),
        Decimal("0.9"): Decimal("91.00"),
    }


def test_costs_in_other_currencies_are_counted_apart(treatment):
    ReviewFactory(treatment=treatment, cost_amount=Decimal("400"))
    ReviewFactory(treatment=treatment, cost_amount=Decimal("9000"), cost_currency="GBP")
    figures = treatment_review_figures(treatment)
    assert figures.cost.count == 1
    assert figures.cost.median == Decimal("400.00")
    assert figures.other_currency_count == 1


def test_a_treatment_without_reviews_has_no_figures(treatment):
    figures = treatment_review_figures(treatment)
    assert figures.review_count == 0
    assert figures.worth_it_percent == 0
    assert figures.average_rating is None
    assert figures.cost is None


def test_figures_of_one_treatment_ignore_other_treatments(treatment):
    ReviewFactory(treatment=treatment, cost_amount=Decimal("500"))
    ReviewFactory(treatment=TreatmentFactory(name="Rhinoplasty"), cost_amount=Decimal("9000"), verdict="not_sure")
    figures = treatment_review_figures(treatment)
    assert figures.review_count == 1
    assert figures.cost.median == Decimal("500.00")


def test_hidden_reviews_are_left_out_and_come_back_when_restored(treatment, doctor, moderator, known_reviews):
    not_sure = known_reviews[3]  # doctor, not sure, rating 3, 900 USD
    content_hide(actor=moderator, target=not_sure, reason="Spam")

    figures = treatment_review_figures(treatment)
    assert figures.review_count == 4
    assert figures.worth_it_percent == 75
    assert figures.average_rating == 3.8
    assert figures.cost.median == Decimal("500.00")
    assert figures.cost.maximum == Decimal("650.00")
    assert doctor_counters(doctor) == (2, 9, 2)

    content_restore(actor=moderator, target=Review.objects.get(pk=not_sure.pk), reason="Appeal upheld")
    figures = treatment_review_figures(treatment)
    assert figures.review_count == 5
    assert figures.cost.median == Decimal("575.00")
    assert doctor_counters(doctor) == (3, 12, 2)


def test_hiding_twice_does_not_count_twice(doctor, moderator):
    review = ReviewFactory(doctor=doctor, rating=4)
    content_hide(actor=moderator, target=review, reason="Spam")
    content_hide(actor=moderator, target=Review.objects.get(pk=review.pk), reason="Spam again")
    assert doctor_counters(doctor) == (0, 0, 0)


def test_doctor_counters_follow_new_reviews(doctor, known_reviews):
    assert doctor_counters(doctor) == (3, 12, 2)
    assert doctor.average_rating == 4.0
    assert doctor.worth_it_percent == 67


def test_editing_verdict_and_rating_moves_every_figure(treatment, doctor, known_reviews):
    review = known_reviews[0]  # worth it, 5 stars, 300 USD
    review_update(review=review, editor=review.author, verdict="not_worth_it", rating=2, cost_amount=Decimal("1500"))

    assert doctor_counters(doctor) == (3, 9, 1)
    figures = treatment_review_figures(treatment)
    assert figures.worth_it_count == 2
    assert figures.not_worth_it_count == 2
    assert figures.average_rating == 3.0
    assert figures.cost.median == Decimal("775.00")  # 500, 650, 900, 1500
    assert figures.cost.minimum == Decimal("500.00")


def test_an_update_that_changes_the_verdict_moves_the_figures(treatment, doctor, known_reviews):
    review_add_update(
        review=known_reviews[3],
        editor=known_reviews[3].author,
        body="Six months on, I am glad I did it after all.",
        verdict="worth_it",
    )
    assert doctor_counters(doctor) == (3, 12, 3)
    assert treatment_review_figures(treatment).worth_it_count == 4


def test_deleting_a_review_takes_it_out_of_every_figure(treatment, doctor, known_reviews):
    first = known_reviews[0]
    review_delete(review=first, actor=first.author)
    assert doctor_counters(doctor) == (2, 7, 1)
    figures = treatment_review_figures(treatment)
    assert figures.review_count == 4
    assert figures.cost.median == Decimal("650.00")


def test_reviews_without_a_doctor_change_no_doctor_counters(doctor, treatment):
    ReviewFactory(treatment=treatment, rating=2)
    assert doctor_counters(doctor) == (0, 0, 0)


def test_doctor_summary_averages_sub_ratings_over_public_reviews(doctor, moderator):
    ReviewFactory(doctor=doctor, rating=5, bedside_manner=5, staff=4)
    ReviewFactory(doctor=doctor, rating=4, bedside_manner=4)
    hidden = ReviewFactory(doctor=doctor, rating=1, bedside_manner=1, staff=1)
    content_hide(actor=moderator, target=hidden, reason="Not a real patient")
    doctor.refresh_from_db()

    summary = doctor_review_summary(doctor)
    assert summary.review_count == 2
    assert summary.average_rating == 4.5
    subs = {sub.label: (sub.average, sub.count) for sub in summary.sub_ratings}
    assert subs["Bedside manner"] == (4.5, 2)
    assert subs["Staff professionalism"] == (4.0, 1)
    assert subs["Payment process"] == (None, 0)
    assert [sub.label for sub in summary.rated_sub_ratings] == ["Bedside manner", "Staff professionalism"]
    assert [bar.count for bar in summary.ratings] == [1, 1, 0, 0, 0]
    assert len(summary.recent) == 2


def test_figures_recount_matches_for_every_doctor_after_seeding_style_refresh(treatment):
    from reviews.services import doctor_figures_refresh

    doctors = DoctorProfileFactory.create_batch(2)
    ReviewFactory(doctor=doctors[0], rating=3, verdict="not_sure")
    ReviewFactory(doctor=doctors[1], rating=5)
    from doctors.models import DoctorProfile

    DoctorProfile.objects.update(review_count=0, rating_sum=0, worth_it_count=0)
    doctor_figures_refresh()
    assert doctor_counters(doctors[0]) == (1, 3, 0)
    assert doctor_counters(doctors[1]) == (1, 5, 1)
