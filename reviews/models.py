"""Patient reviews: a verdict, a rating, what it cost, and how it went, with later updates and a doctor's reply.

Figures that depend on which reviews are public (a doctor's counters) are kept by `reviews.services`
and the receiver of `moderation.signals.visibility_changed` in reviews.apps; treatment figures are computed on demand in `reviews.selectors`.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, MaxValueValidator, MinLengthValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from core.votes import HelpfulVoteBase
from moderation.models import Hideable, HideableQuerySet

STORY_MIN_LENGTH = 100
STORY_MAX_LENGTH = 10_000


class Verdict(models.TextChoices):
    WORTH_IT = "worth_it", "Worth it"
    NOT_SURE = "not_sure", "Not sure"
    NOT_WORTH_IT = "not_worth_it", "Not worth it"


class Currency(models.TextChoices):
    USD = "USD", "US dollars (USD)"
    CAD = "CAD", "Canadian dollars (CAD)"
    GBP = "GBP", "British pounds (GBP)"
    EUR = "EUR", "Euros (EUR)"
    AUD = "AUD", "Australian dollars (AUD)"


class Rating(models.IntegerChoices):
    ONE = 1, "1 · Poor"
    TWO = 2, "2 · Fair"
    THREE = 3, "3 · Good"
    FOUR = 4, "4 · Very good"
    FIVE = 5, "5 · Excellent"


# The doctor's sub-ratings: (field name, label). Only allowed when the review names a doctor, and
# optional even then: a patient may have no view on, say, the payment process, and seven compulsory
# answers would mostly record impatience. Averages count only the ratings actually given.
SUB_RATINGS: list[tuple[str, str]] = [
    ("bedside_manner", "Bedside manner"),
    ("answered_questions", "Answered my questions"),
    ("aftercare", "After-care follow-up"),
    ("time_spent", "Time spent with me"),
    ("responsiveness", "Responsiveness"),
    ("staff", "Staff professionalism"),
    ("payment_process", "Payment process"),
]
SUB_RATING_FIELDS = [name for name, _ in SUB_RATINGS]


def _rating_field(label: str, **kwargs) -> models.PositiveSmallIntegerField:
    return models.PositiveSmallIntegerField(
        label, choices=Rating, validators=[MinValueValidator(1), MaxValueValidator(5)], **kwargs
    )


def _between_1_and_5(field: str, *, nullable: bool) -> Q:
    in_range = Q(**{f"{field}__gte": 1, f"{field}__lte": 5})
    return in_range | Q(**{f"{field}__isnull": True}) if nullable else in_range


class ReviewQuerySet(HideableQuerySet):
    def visible_to(self, user) -> "ReviewQuerySet":
        """Public reviews, plus the user's own even when a moderator hid them (they see why)."""
        if user.is_authenticated:
            return self.filter(Q(hidden_at__isnull=True) | Q(author=user))
        return self.public()

    def for_list(self) -> "ReviewQuerySet":
        """What a review card needs: author handle, treatment and doctor names, newest first."""
        return self.public().select_related("author", "treatment", "doctor").order_by("-created_at", "-pk")

    def for_treatment(self, treatment) -> "ReviewQuerySet":
        return self.filter(treatment=treatment)

    def for_doctor(self, doctor) -> "ReviewQuerySet":
        return self.filter(doctor=doctor)


class Review(Hideable):
    """One patient's account of one treatment, optionally naming the doctor who did it.

    A patient reviews a doctor for a treatment once (and a treatment without a doctor once); later
    experience goes into `ReviewUpdate`s, and every change of verdict is kept as a `VerdictChange`.
    """

    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="reviews")
    treatment = models.ForeignKey("treatments.Treatment", on_delete=models.PROTECT, related_name="reviews")
    doctor = models.ForeignKey(
        "doctors.DoctorProfile",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="reviews",
        help_text="Optional: leave empty to review the treatment without naming who did it.",
    )
    verdict = models.CharField("was it worth it?", max_length=12, choices=Verdict)
    rating = _rating_field("overall rating")

    bedside_manner = _rating_field("bedside manner", null=True, blank=True)
    answered_questions = _rating_field("answered my questions", null=True, blank=True)
    aftercare = _rating_field("after-care follow-up", null=True, blank=True)
    time_spent = _rating_field("time spent with me", null=True, blank=True)
    responsiveness = _rating_field("responsiveness", null=True, blank=True)
    staff = _rating_field("staff professionalism", null=True, blank=True)
    payment_process = _rating_field("payment process", null=True, blank=True)

    cost_amount = models.DecimalField(
        "what it cost",
        max_digits=10,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0, "The cost can't be negative.")],
        help_text="Optional: the total you paid, including follow-up sessions.",
    )
    cost_currency = models.CharField("currency", max_length=3, choices=Currency, default=Currency.USD)
    treatment_date = models.DateField("when it was done")
    title = models.CharField(max_length=120, validators=[MinLengthValidator(5)])
    story = models.TextField(
        "your story",
        validators=[MinLengthValidator(STORY_MIN_LENGTH), MaxLengthValidator(STORY_MAX_LENGTH)],
    )
    helpful_count = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ReviewQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["author", "doctor", "treatment"],
                condition=Q(doctor__isnull=False),
                name="review_once_per_doctor_treatment",
                violation_error_message="You have already reviewed this doctor for this treatment.",
            ),
            models.UniqueConstraint(
                fields=["author", "treatment"],
                condition=Q(doctor__isnull=True),
                name="review_once_per_treatment_without_doctor",
                violation_error_message="You have already reviewed this treatment without naming a doctor.",
            ),
            models.CheckConstraint(condition=_between_1_and_5("rating", nullable=False), name="review_rating_1_5"),
            *[
                models.CheckConstraint(condition=_between_1_and_5(field, nullable=True), name=f"review_{field}_1_5")
                for field in SUB_RATING_FIELDS
            ],
            models.CheckConstraint(
                condition=Q(doctor__isnull=False) | Q(**{f"{field}__isnull": True for field in SUB_RATING_FIELDS}),
                name="review_sub_ratings_need_doctor",
            ),
            models.CheckConstraint(
                condition=Q(cost_amount__isnull=True) | Q(cost_amount__gte=0), name="review_cost_not_negative"
            ),
            models.CheckConstraint(condition=Q(verdict__in=Verdict.values), name="review_verdict_valid"),
        ]
        indexes = [
            models.Index(fields=["treatment", "-created_at"], name="review_treatment_recent"),
            models.Index(fields=["doctor", "-created_at"], name="review_doctor_recent"),
            models.Index(fields=["-created_at"], name="review_newest"),
            models.Index(fields=["-helpful_count", "-created_at"], name="review_most_helpful"),
            # The cost spread on a treatment page orders that treatment's costs.
            models.Index(fields=["treatment", "cost_currency", "cost_amount"], name="review_treatment_cost"),
            # "Doctors who treat it": each doctor's public reviews for one treatment, counted and averaged
            # from the index alone.
            models.Index(
                fields=["treatment", "doctor", "rating"],
                condition=Q(hidden_at__isnull=True),
                name="review_treatment_doctor",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("reviews:detail", args=[self.pk])

    def clean(self) -> None:
        errors: dict[str, str] = {}
        if self.treatment_date and self.treatment_date > timezone.localdate():
            errors["treatment_date"] = "The date can't be in the future: review a treatment once you've had it."
        if self.doctor_id is None and any(getattr(self, field) is not None for field in SUB_RATING_FIELDS):
            errors["doctor"] = "You rated the doctor: choose which doctor, or clear the doctor's ratings."
        if errors:
            raise ValidationError(errors)

    @property
    def sub_ratings(self) -> list[tuple[str, int]]:
        """The doctor's sub-ratings this patient gave, as (label, value), skipping the empty ones."""
        return [(label, getattr(self, name)) for name, label in SUB_RATINGS if getattr(self, name) is not None]


class ReviewUpdate(models.Model):
    """A dated note the author adds later ("three months on…"), shown under the review as a timeline."""

    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="updates")
    body = models.TextField("your update", validators=[MinLengthValidator(20), MaxLengthValidator(STORY_MAX_LENGTH)])
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["review", "created_at"], name="review_update_timeline")]

    def __str__(self) -> str:
        return f"Update to review {self.review_id} on {self.created_at:%Y-%m-%d}"


class VerdictChange(models.Model):
    """The history of a review's verdict: the first one, and each change (with the update that made it)."""

    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="verdict_changes")
    verdict = models.CharField(max_length=12, choices=Verdict)
    previous = models.CharField(max_length=12, choices=Verdict, blank=True, help_text="Empty for the first verdict.")
    update = models.OneToOneField(
        ReviewUpdate, null=True, blank=True, on_delete=models.CASCADE, related_name="verdict_change"
    )
    changed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["changed_at", "pk"]
        indexes = [models.Index(fields=["review", "changed_at"], name="verdict_change_timeline")]

    def __str__(self) -> str:
        return f"Review {self.review_id}: {self.previous or '-'} -> {self.verdict}"


class DoctorResponse(Hideable):
    """The reviewed doctor's public reply: one per review, editable by that doctor."""

    review = models.OneToOneField(Review, on_delete=models.CASCADE, related_name="response")
    doctor = models.ForeignKey("doctors.DoctorProfile", on_delete=models.PROTECT, related_name="review_responses")
    body = models.TextField("your response", validators=[MinLengthValidator(20), MaxLengthValidator(5000)])
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    objects = HideableQuerySet.as_manager()

    def __str__(self) -> str:
        return f"{self.doctor} on review {self.review_id}"

    def get_absolute_url(self) -> str:
        return f"{reverse('reviews:detail', args=[self.review_id])}#response"

    @property
    def was_edited(self) -> bool:
        return (self.updated_at - self.created_at).total_seconds() > 60


class ReviewHelpfulVote(HelpfulVoteBase):
    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="helpful_votes")

    target_field = "review"

    class Meta:
        constraints = [models.UniqueConstraint(fields=["review", "user"], name="review_helpful_vote_once")]

    def __str__(self) -> str:
        return f"{self.user_id} found review {self.review_id} helpful"
