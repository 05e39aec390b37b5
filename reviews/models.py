"""Patient reviews: a verdict, a rating, what it cost, and how it went, with later updates and a doctor's reply.

Figures that depend on which reviews are public (a doctor's counters) are kept by `reviews.services`
and the receiver of `moderation.signals.visibility_changed` in reviews.apps; treatment figures are computed on demand in `reviews.selectors`.
"""

import uuid
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import storages
from django.core.validators import MaxLengthValidator, MaxValueValidator, MinLengthValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext, gettext_noop
from django.utils.translation import gettext_lazy as _

from core.i18n import written_in
from core.votes import HelpfulVoteBase
from doctors.permissions import doctor_profile_for
from imaging.fields import LicenceDocumentField
from moderation.models import Hideable, HideableQuerySet

STORY_MIN_LENGTH = 100
STORY_MAX_LENGTH = 10_000
DISCLOSURE_DETAILS_MAX_LENGTH = 200


class Incentive(models.TextChoices):
    """What the reviewer received for the treatment or the review (16 CFR 465.5, EU Directive 2005/29 annex I
    23b-c): a review written in return for something must say so where readers see it."""

    NOTHING = "nothing", _("Nothing: I paid the usual price")
    FREE_TREATMENT = "free_treatment", _("A free treatment")
    DISCOUNTED_TREATMENT = "discounted_treatment", _("A discounted treatment")
    PAYMENT_OR_GIFT = "payment_or_gift", _("A payment or a gift")
    OTHER = "other", _("Something else")
    # Only reviews written before the question was asked; the form never offers it.
    NOT_STATED = "not_stated", _("Not stated")


class Relationship(models.TextChoices):
    """The reviewer's ties to the doctor or clinic (16 CFR 465.6: insiders' reviews must disclose them)."""

    NONE = "none", _("None: I was a patient, nothing more")
    STAFF = "staff", _("I work for the doctor or clinic (employee or staff)")
    FAMILY_OR_FRIEND = "family_or_friend", _("Family member or friend of the doctor or staff")
    BUSINESS = "business", _("A business relationship with the doctor or clinic")
    OTHER = "other", _("Another connection")
    NOT_STATED = "not_stated", _("Not stated")


# What readers see on a review, in plain words (the choices above are what the reviewer answers).
INCENTIVE_PUBLIC_TEXT = {
    Incentive.NOTHING: _("Received nothing for this review"),
    Incentive.FREE_TREATMENT: _("Received a free treatment"),
    Incentive.DISCOUNTED_TREATMENT: _("Received a discounted treatment"),
    Incentive.PAYMENT_OR_GIFT: _("Received a payment or gift"),
    Incentive.OTHER: _("Received something"),
    Incentive.NOT_STATED: _("Didn't say whether they received anything (written before we asked)"),
}
RELATIONSHIP_PUBLIC_TEXT = {
    Relationship.NONE: _("No connection to the doctor or clinic"),
    Relationship.STAFF: _("Works for the doctor or clinic"),
    Relationship.FAMILY_OR_FRIEND: _("Family or friend of the doctor or staff"),
    Relationship.BUSINESS: _("Business relationship with the doctor or clinic"),
    Relationship.OTHER: _("Connected to the doctor or clinic"),
    Relationship.NOT_STATED: _("Didn't say whether they know the doctor or clinic (written before we asked)"),
}


class Verification(models.TextChoices):
    """Whether the reviewer proved, privately, that they had the treatment. Unverified reviews are
    published all the same; the badge only tells readers what was checked."""

    NONE = "none", _("Not verified")
    RECEIPT_PENDING = "receipt_pending", _("Receipt awaiting a moderator")
    RECEIPT_APPROVED = "receipt_approved", _("Verified by receipt")
    RECEIPT_REJECTED = "receipt_rejected", _("Receipt not accepted")
    DOCTOR_CONFIRMED = "doctor_confirmed", _("Confirmed by the doctor")


VERIFIED_STATES = (Verification.RECEIPT_APPROVED, Verification.DOCTOR_CONFIRMED)


def _private_storage():
    return storages["private"]


def receipt_upload_to(instance: "Review", filename: str) -> str:
    """A random name: an upload's name may carry the patient's name or the clinic's."""
    suffix = PurePath(filename).suffix.lower()[:6]
    return f"receipts/{uuid.uuid4().hex}{suffix}"


class Verdict(models.TextChoices):
    WORTH_IT = "worth_it", _("Worth it")
    NOT_SURE = "not_sure", _("Not sure")
    NOT_WORTH_IT = "not_worth_it", _("Not worth it")


class Currency(models.TextChoices):
    USD = "USD", _("US dollars (USD)")
    CAD = "CAD", _("Canadian dollars (CAD)")
    GBP = "GBP", _("British pounds (GBP)")
    EUR = "EUR", _("Euros (EUR)")
    AUD = "AUD", _("Australian dollars (AUD)")


class Rating(models.IntegerChoices):
    ONE = 1, _("1 · Poor")
    TWO = 2, _("2 · Fair")
    THREE = 3, _("3 · Good")
    FOUR = 4, _("4 · Very good")
    FIVE = 5, _("5 · Excellent")


# The doctor's sub-ratings: (field name, label; marked for translation, translated where shown). Only allowed when the review names a doctor, and
# optional even then: a patient may have no view on, say, the payment process, and seven compulsory
# answers would mostly record impatience. Averages count only the ratings actually given.
SUB_RATINGS: list[tuple[str, str]] = [
    ("bedside_manner", gettext_noop("Bedside manner")),
    ("answered_questions", gettext_noop("Answered my questions")),
    ("aftercare", gettext_noop("After-care follow-up")),
    ("time_spent", gettext_noop("Time spent with me")),
    ("responsiveness", gettext_noop("Responsiveness")),
    ("staff", gettext_noop("Staff professionalism")),
    ("payment_process", gettext_noop("Payment process")),
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
        help_text=_("Optional: leave empty to review the treatment without naming who did it."),
    )
    verdict = models.CharField(_("was it worth it?"), max_length=12, choices=Verdict)
    rating = _rating_field(_("overall rating"))

    bedside_manner = _rating_field(_("bedside manner"), null=True, blank=True)
    answered_questions = _rating_field(_("answered my questions"), null=True, blank=True)
    aftercare = _rating_field(_("after-care follow-up"), null=True, blank=True)
    time_spent = _rating_field(_("time spent with me"), null=True, blank=True)
    responsiveness = _rating_field(_("responsiveness"), null=True, blank=True)
    staff = _rating_field(_("staff professionalism"), null=True, blank=True)
    payment_process = _rating_field(_("payment process"), null=True, blank=True)

    cost_amount = models.DecimalField(
        _("what it cost"),
        max_digits=10,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0, _("The cost can't be negative."))],
        help_text=_("Optional: the total you paid, including follow-up sessions."),
    )
    cost_currency = models.CharField(_("currency"), max_length=3, choices=Currency, default=Currency.USD)
    treatment_date = models.DateField(_("when it was done"))
    language = written_in()
    title = models.CharField(max_length=120, validators=[MinLengthValidator(5)])
    story = models.TextField(
        _("your story"),
        validators=[MinLengthValidator(STORY_MIN_LENGTH), MaxLengthValidator(STORY_MAX_LENGTH)],
    )

    # Disclosures. New reviews must answer both (the form offers no default and never "not stated").
    incentive = models.CharField(
        _("did you receive anything for this treatment or this review?"),
        max_length=24,
        choices=Incentive,
        default=Incentive.NOT_STATED,
    )
    incentive_details = models.CharField(_("what you received"), max_length=DISCLOSURE_DETAILS_MAX_LENGTH, blank=True)
    relationship = models.CharField(
        _("are you connected to the doctor or clinic?"),
        max_length=20,
        choices=Relationship,
        default=Relationship.NOT_STATED,
    )
    relationship_details = models.CharField(_("your connection"), max_length=DISCLOSURE_DETAILS_MAX_LENGTH, blank=True)

    # Proof of treatment. The receipt is private (moderators only) and deleted once they decide: the
    # decision is all the badge needs, and a receipt carries health and payment details nobody should
    # keep longer than it takes to check them (reviews.services.review_receipt_decide).
    verification = models.CharField(max_length=20, choices=Verification, default=Verification.NONE)
    receipt = LicenceDocumentField(
        "receipt",
        upload_to=receipt_upload_to,
        storage=_private_storage,
        blank=True,
        help_text=_("Private: moderators only, deleted once they decide."),
    )
    receipt_uploaded_at = models.DateTimeField(null=True, blank=True)
    verified_at = models.DateTimeField(_("verification decided at"), null=True, blank=True)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("verification decided by"),
        help_text=_("The moderator who decided on the receipt, or the doctor's account that confirmed the visit."),
    )
    verification_note = models.CharField(_("reason given to the reviewer"), max_length=300, blank=True)

    helpful_count = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ReviewQuerySet.as_manager()

    class Meta:
        verbose_name = _("review")
        verbose_name_plural = _("reviews")
        constraints = [
            models.UniqueConstraint(
                fields=["author", "doctor", "treatment"],
                condition=Q(doctor__isnull=False),
                name="review_once_per_doctor_treatment",
                violation_error_message=_("You have already reviewed this doctor for this treatment."),
            ),
            models.UniqueConstraint(
                fields=["author", "treatment"],
                condition=Q(doctor__isnull=True),
                name="review_once_per_treatment_without_doctor",
                violation_error_message=_("You have already reviewed this treatment without naming a doctor."),
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
            models.CheckConstraint(condition=Q(incentive__in=Incentive.values), name="review_incentive_valid"),
            models.CheckConstraint(condition=Q(relationship__in=Relationship.values), name="review_relationship_valid"),
            # "Something else" and "another connection" say what it was.
            models.CheckConstraint(
                condition=~Q(incentive=Incentive.OTHER) | ~Q(incentive_details=""),
                name="review_other_incentive_described",
            ),
            models.CheckConstraint(
                condition=~Q(relationship=Relationship.OTHER) | ~Q(relationship_details=""),
                name="review_other_relationship_described",
            ),
            models.CheckConstraint(condition=Q(verification__in=Verification.values), name="review_verification_valid"),
            # A decided verification names who decided and when.
            models.CheckConstraint(
                condition=Q(verification__in=[Verification.NONE, Verification.RECEIPT_PENDING])
                | Q(verified_at__isnull=False),
                name="review_verification_decided_at",
            ),
        ]
        permissions = [("decide_receipt", "Can open patients' treatment receipts and decide on them")]
        indexes = [
            models.Index(fields=["treatment", "-created_at"], name="review_treatment_recent"),
            models.Index(fields=["doctor", "-created_at"], name="review_doctor_recent"),
            models.Index(fields=["-created_at"], name="review_newest"),
            models.Index(fields=["-helpful_count", "-created_at"], name="review_most_helpful"),
            # The moderators' queue of receipts to check.
            models.Index(
                fields=["receipt_uploaded_at"],
                condition=Q(verification="receipt_pending"),
                name="review_receipt_queue",
            ),
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
            errors["treatment_date"] = _("The date can't be in the future: review a treatment once you've had it.")
        if self.doctor_id is None and any(getattr(self, field) is not None for field in SUB_RATING_FIELDS):
            errors["doctor"] = _("You rated the doctor: choose which doctor, or clear the doctor's ratings.")
        if self._state.adding and self.author_id is not None:
            # Reviews are patients' words: no doctor (about themself or a rival) and no staff member (who
            # decides on reviews) writes one, whichever way the row is made (form, service, admin).
            if self.author.is_staff:
                errors["author"] = _("Staff accounts can't write patient reviews.")
            elif doctor_profile_for(self.author) is not None:
                errors["author"] = _("Doctor accounts can't write patient reviews.")
        if self.incentive == Incentive.OTHER and not self.incentive_details.strip():
            errors["incentive_details"] = _("Say in a few words what you received.")
        if self.relationship == Relationship.OTHER and not self.relationship_details.strip():
            errors["relationship_details"] = _("Say in a few words how you are connected.")
        if errors:
            raise ValidationError(errors)

    @property
    def incentive_public_text(self) -> str:
        text = str(INCENTIVE_PUBLIC_TEXT[self.incentive])
        if self.incentive == Incentive.OTHER and self.incentive_details:
            return f"{text}: {self.incentive_details}"
        return text

    @property
    def relationship_public_text(self) -> str:
        text = str(RELATIONSHIP_PUBLIC_TEXT[self.relationship])
        if self.relationship == Relationship.OTHER and self.relationship_details:
            return f"{text}: {self.relationship_details}"
        return text

    @property
    def received_something(self) -> bool:
        """Whether readers should weigh this review knowing the reviewer got something for it."""
        return self.incentive not in (Incentive.NOTHING, Incentive.NOT_STATED)

    @property
    def has_connection(self) -> bool:
        return self.relationship not in (Relationship.NONE, Relationship.NOT_STATED)

    @property
    def is_verified(self) -> bool:
        return self.verification in VERIFIED_STATES

    @property
    def sub_ratings(self) -> list[tuple[str, int]]:
        """The doctor's sub-ratings this patient gave, as (label, value), skipping the empty ones."""
        return [(gettext(label), getattr(self, name)) for name, label in SUB_RATINGS if getattr(self, name) is not None]


class ReviewUpdate(models.Model):
    """A dated note the author adds later ("three months on…"), shown under the review as a timeline."""

    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="updates")
    body = models.TextField(_("your update"), validators=[MinLengthValidator(20), MaxLengthValidator(STORY_MAX_LENGTH)])
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("review update")
        verbose_name_plural = _("review updates")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["review", "created_at"], name="review_update_timeline")]

    def __str__(self) -> str:
        return f"Update to review {self.review_id} on {self.created_at:%Y-%m-%d}"


class VerdictChange(models.Model):
    """The history of a review's verdict: the first one, and each change (with the update that made it)."""

    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="verdict_changes")
    verdict = models.CharField(max_length=12, choices=Verdict)
    previous = models.CharField(max_length=12, choices=Verdict, blank=True, help_text=_("Empty for the first verdict."))
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
    body = models.TextField(_("your response"), validators=[MinLengthValidator(20), MaxLengthValidator(5000)])
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
