"""Review reads that pages share: treatment figures, a doctor's review summary, a review's timeline.

Every function runs a fixed number of queries, whatever the number of reviews.
"""

from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from math import ceil, floor

from django.db import connection
from django.db.models import (
    Aggregate,
    Avg,
    Count,
    F,
    FloatField,
    Max,
    Min,
    Q,
    QuerySet,
    Window,
)
from django.db.models.functions import RowNumber
from django.utils.timesince import timesince
from django.utils.translation import gettext

from doctors.models import DoctorProfile
from pagecache.topics import cached_until_changed
from reviews.models import SUB_RATINGS, Currency, Review, ReviewUpdate, Verdict, VerdictChange

CENT = Decimal("0.01")
# Treatment cost figures are in one currency so that they mean something; reviews that gave a cost
# in another currency are counted separately and said so on the page.
FIGURES_CURRENCY = Currency.USD
QUARTILES = (Decimal("0.25"), Decimal("0.5"), Decimal("0.75"))


def _money(value) -> Decimal | None:
    # SQLite returns averages as floats, PostgreSQL as Decimals: the same rounding for both.
    return None if value is None else Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_UP)


def _percent(part: int, whole: int) -> int:
    return round(100 * part / whole) if whole else 0


@dataclass(frozen=True)
class RatingBar:
    stars: int
    count: int
    percent: int


@dataclass(frozen=True)
class CostFigures:
    currency: str
    count: int
    average: Decimal
    median: Decimal
    minimum: Decimal
    maximum: Decimal
    lower_quartile: Decimal
    upper_quartile: Decimal


@dataclass(frozen=True)
class TreatmentFigures:
    review_count: int
    worth_it_count: int
    not_sure_count: int
    not_worth_it_count: int
    average_rating: float | None
    ratings: list[RatingBar]
    cost: CostFigures | None
    other_currency_count: int

    @property
    def worth_it_percent(self) -> int:
        return _percent(self.worth_it_count, self.review_count)

    @property
    def not_sure_percent(self) -> int:
        return _percent(self.not_sure_count, self.review_count)

    @property
    def not_worth_it_percent(self) -> int:
        return _percent(self.not_worth_it_count, self.review_count)


def rating_bars(counts: dict[int, int]) -> list[RatingBar]:
    """Five bars, 5 stars first, each with its share of all ratings."""
    total = sum(counts.values())
    return [RatingBar(stars, counts.get(stars, 0), _percent(counts.get(stars, 0), total)) for stars in range(5, 0, -1)]


def _cost_quartile_aggregates(in_currency: Q) -> dict:
    return {_quartile_alias(q): PercentileCont("cost_amount", fraction=q, filter=in_currency) for q in QUARTILES}


def _quartile_alias(fraction: Decimal) -> str:
    return f"cost_p{int(fraction * 100)}"


def _rating_aggregates() -> dict:
    return {f"stars_{stars}": Count("pk", filter=Q(rating=stars)) for stars in range(1, 6)}


def cost_quantiles(costs: QuerySet[Review], count: int, fractions: list[Decimal]) -> dict[Decimal, Decimal]:
    """Quantiles of `costs` (reviews with a cost, one currency) by linear interpolation between ranks.

    The median is the 0.5 quantile: the middle cost, or the mean of the two middle ones. Instead of
    loading every cost, the database numbers the costs in order (ROW_NUMBER(), the same on SQLite
    and PostgreSQL) and returns only the few rows at the ranks needed: one query of at most six rows.
    """
    if count == 0:
        return {}
    spans = {}
    for fraction in fractions:
        position = (count - 1) * fraction
        spans[fraction] = (floor(position), ceil(position), position - floor(position))
    ranks = sorted({rank + 1 for low, high, _ in spans.values() for rank in (low, high)})
    at_rank = dict(
        costs.order_by()
        .annotate(rank=Window(RowNumber(), order_by=[F("cost_amount").asc(), F("pk").asc()]))
        .filter(rank__in=ranks)
        .values_list("rank", "cost_amount")
    )
    result = {}
    for fraction, (low, high, weight) in spans.items():
        low_value, high_value = Decimal(at_rank[low + 1]), Decimal(at_rank[high + 1])
        result[fraction] = _money(low_value + (high_value - low_value) * weight)
    return result


class PercentileCont(Aggregate):
    """PostgreSQL's `percentile_cont`: the same linear interpolation between ranks as `cost_quantiles`,
    computed inside an aggregate query, so the figures need no second query there."""

    function = "percentile_cont"
    template = "%(function)s(%(fraction)s) WITHIN GROUP (ORDER BY %(expressions)s)%(filter)s"
    output_field = FloatField()

    def __init__(self, expression, *, fraction: Decimal, **extra):
        super().__init__(expression, fraction=str(Decimal(fraction)), **extra)


def treatment_review_figures(treatment) -> TreatmentFigures:
    """The treatment page's figures from its public reviews: one aggregate query (plus one for the cost
    spread where the database has no `percentile_cont`, i.e. SQLite).

    Computed on demand rather than kept as counters: a treatment's public reviews are found through an
    index on (treatment, …), the aggregate is cheap at the sizes a treatment reaches, and a median or
    quartile cannot be maintained incrementally. Hidden reviews are excluded by `public()`.
    """
    public = Review.objects.public().filter(treatment=treatment)
    in_currency = Q(cost_amount__isnull=False, cost_currency=FIGURES_CURRENCY)
    figures = public.aggregate(
        total=Count("pk"),
        worth_it=Count("pk", filter=Q(verdict=Verdict.WORTH_IT)),
        not_sure=Count("pk", filter=Q(verdict=Verdict.NOT_SURE)),
        not_worth_it=Count("pk", filter=Q(verdict=Verdict.NOT_WORTH_IT)),
        average_rating=Avg("rating"),
        cost_count=Count("pk", filter=in_currency),
        cost_average=Avg("cost_amount", filter=in_currency),
        cost_min=Min("cost_amount", filter=in_currency),
        cost_max=Max("cost_amount", filter=in_currency),
        other_currency=Count("pk", filter=Q(cost_amount__isnull=False) & ~Q(cost_currency=FIGURES_CURRENCY)),
        **_rating_aggregates(),
        **(_cost_quartile_aggregates(in_currency) if connection.vendor == "postgresql" else {}),
    )
    cost = None
    if figures["cost_count"]:
        quarter, half, three_quarters = QUARTILES
        if connection.vendor == "postgresql":
            quantiles = {q: _money(Decimal(str(figures[_quartile_alias(q)]))) for q in QUARTILES}
        else:
            quantiles = cost_quantiles(public.filter(in_currency), figures["cost_count"], list(QUARTILES))
        cost = CostFigures(
            currency=FIGURES_CURRENCY,
            count=figures["cost_count"],
            average=_money(figures["cost_average"]),
            median=quantiles[half],
            minimum=_money(figures["cost_min"]),
            maximum=_money(figures["cost_max"]),
            lower_quartile=quantiles[quarter],
            upper_quartile=quantiles[three_quarters],
        )
    average = figures["average_rating"]
    return TreatmentFigures(
        review_count=figures["total"],
        worth_it_count=figures["worth_it"],
        not_sure_count=figures["not_sure"],
        not_worth_it_count=figures["not_worth_it"],
        average_rating=round(float(average), 1) if average is not None else None,
        ratings=rating_bars({stars: figures[f"stars_{stars}"] for stars in range(1, 6)}),
        cost=cost,
        other_currency_count=figures["other_currency"],
    )


@dataclass(frozen=True)
class SubRatingAverage:
    label: str
    average: float | None
    count: int


@dataclass(frozen=True)
class DoctorReviewSummary:
    doctor: DoctorProfile
    review_count: int
    average_rating: float | None
    worth_it_percent: int | None
    ratings: list[RatingBar]
    sub_ratings: list[SubRatingAverage]
    recent: list[Review] = field(default_factory=list)

    @property
    def rated_sub_ratings(self) -> list[SubRatingAverage]:
        return [sub for sub in self.sub_ratings if sub.count]

    @property
    def figures(self) -> "DoctorReviewSummary":
        """The summary without its latest reviews: what the figures show, so a fragment of them is keyed
        by the figures alone (pagecache.fragments)."""
        return replace(self, recent=[])


def doctor_review_summary(doctor: DoctorProfile, *, recent: int = 5) -> DoctorReviewSummary:
    """A doctor's review figures and latest public reviews for their profile: two queries (none without reviews).

    The headline figures come from the doctor's counters (kept by reviews.services); the rating
    distribution and the sub-rating averages from one aggregate over their public reviews, kept until
    one of them changes.
    """
    if not doctor.review_count:
        # The counters already say there is nothing to summarise: no queries.
        return DoctorReviewSummary(
            doctor=doctor,
            review_count=0,
            average_rating=None,
            worth_it_percent=None,
            ratings=rating_bars({}),
            sub_ratings=[SubRatingAverage(gettext(label), None, 0) for _name, label in SUB_RATINGS],
        )
    aggregates = {**_rating_aggregates()}
    for name, _label in SUB_RATINGS:
        aggregates[f"{name}_avg"] = Avg(name)
        aggregates[f"{name}_n"] = Count(name)
    # The same for everyone until one of the doctor's reviews changes (reviews publish "doctor:<id>").
    figures = cached_until_changed(
        f"doctor-review-figures:{doctor.pk}",
        lambda: Review.objects.public().for_doctor(doctor).aggregate(**aggregates),
        topics=[f"doctor:{doctor.pk}"],
    )
    sub_ratings = [
        SubRatingAverage(
            gettext(label),
            round(float(figures[f"{name}_avg"]), 1) if figures[f"{name}_avg"] is not None else None,
            figures[f"{name}_n"],
        )
        for name, label in SUB_RATINGS
    ]
    return DoctorReviewSummary(
        doctor=doctor,
        review_count=doctor.review_count,
        average_rating=doctor.average_rating,
        worth_it_percent=doctor.worth_it_percent,
        ratings=rating_bars({stars: figures[f"stars_{stars}"] for stars in range(1, 6)}),
        sub_ratings=sub_ratings,
        recent=_recent_reviews_of(doctor, recent) if recent else [],
    )


def _recent_reviews_of(doctor: DoctorProfile, limit: int) -> list[Review]:
    """The doctor's latest public reviews, kept until one of theirs (or a vote on it) moves "doctor:<id>"."""
    return cached_until_changed(
        f"doctor-recent-reviews:{doctor.pk}:{limit}",
        lambda: list(Review.objects.for_list().for_doctor(doctor)[:limit]),
        topics=[f"doctor:{doctor.pk}"],
    )


@dataclass(frozen=True)
class TimelineEntry:
    """One dated step in a review's life: the review itself, an update, or a change of verdict."""

    kind: str  # "review", "update" or "verdict"
    at: datetime
    update: ReviewUpdate | None = None
    verdict: str = ""
    previous: str = ""
    since_treatment: str = ""

    @property
    def verdict_label(self) -> str:
        return Verdict(self.verdict).label if self.verdict else ""

    @property
    def previous_label(self) -> str:
        return Verdict(self.previous).label if self.previous else ""


def _since(treatment_date: date, at: datetime) -> str:
    """ "3 months" from the treatment to `at`; empty on the treatment day or before."""
    start = datetime.combine(treatment_date, time.min, tzinfo=UTC)
    if at - start < timedelta(days=1):
        return ""
    return timesince(start, at, depth=1)


def review_timeline(review: Review) -> list[TimelineEntry]:
    """The review, its updates and its verdict changes in date order: two queries."""
    changes = list(VerdictChange.objects.filter(review=review))
    first_verdict = changes[0].verdict if changes and not changes[0].previous else review.verdict
    since = review.treatment_date
    entries = [
        TimelineEntry(
            "review", review.created_at, verdict=first_verdict, since_treatment=_since(since, review.created_at)
        )
    ]
    by_update = {change.update_id: change for change in changes if change.update_id}
    for update in ReviewUpdate.objects.filter(review=review):
        change = by_update.get(update.pk)
        entries.append(
            TimelineEntry(
                "update",
                update.created_at,
                update=update,
                verdict=change.verdict if change else "",
                previous=change.previous if change else "",
                since_treatment=_since(since, update.created_at),
            )
        )
    for change in changes:
        if change.update_id is None and change.previous:
            entries.append(
                TimelineEntry(
                    "verdict",
                    change.changed_at,
                    verdict=change.verdict,
                    previous=change.previous,
                    since_treatment=_since(since, change.changed_at),
                )
            )
    return sorted(entries, key=lambda entry: entry.at)


def duplicate_review(*, author, treatment, doctor: DoctorProfile | None) -> Review | None:
    """The author's existing review of this doctor (or of no doctor) for this treatment, if any."""
    return Review.objects.filter(author=author, treatment=treatment, doctor=doctor).first()


@dataclass(frozen=True)
class CatalogueFigures:
    """What the treatments list shows of one treatment's public reviews."""

    review_count: int
    worth_it_count: int
    median_cost: Decimal | None

    @property
    def worth_it_percent(self) -> int:
        return _percent(self.worth_it_count, self.review_count)


def catalogue_figures() -> dict[int, CatalogueFigures]:
    """Every reviewed treatment's review count, worth-it share and median cost (US dollars), by treatment
    id: one grouped query (plus one for the costs on SQLite, which has no percentile_cont), kept until
    a review changes ("list:reviews")."""
    return cached_until_changed("catalogue-figures", _catalogue_figures, topics=["list:reviews"])


def _catalogue_figures() -> dict[int, CatalogueFigures]:
    public = Review.objects.public().order_by()
    in_currency = Q(cost_amount__isnull=False, cost_currency=FIGURES_CURRENCY)
    median = {"median": PercentileCont("cost_amount", fraction=Decimal("0.5"), filter=in_currency)}
    rows = public.values("treatment_id").annotate(
        total=Count("pk"),
        worth_it=Count("pk", filter=Q(verdict=Verdict.WORTH_IT)),
        **(median if connection.vendor == "postgresql" else {}),
    )
    medians: dict[int, Decimal | None] = {}
    if connection.vendor != "postgresql":
        costs: dict[int, list[Decimal]] = {}
        for treatment_id, amount in public.filter(in_currency).values_list("treatment_id", "cost_amount"):
            costs.setdefault(treatment_id, []).append(Decimal(amount))
        for treatment_id, amounts in costs.items():
            amounts.sort()
            middle = len(amounts) // 2
            value = amounts[middle] if len(amounts) % 2 else (amounts[middle - 1] + amounts[middle]) / 2
            medians[treatment_id] = _money(value)
    return {
        row["treatment_id"]: CatalogueFigures(
            review_count=row["total"],
            worth_it_count=row["worth_it"],
            median_cost=_money(row["median"]) if "median" in row else medians.get(row["treatment_id"]),
        )
        for row in rows
    }
