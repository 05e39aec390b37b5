import uuid
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import storages
from django.db import models
from django.db.models import Case, ExpressionWrapper, F, FloatField, Q, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_cleanup import cleanup

from core.links import reverse_often
from imaging.fields import HeadshotField, LicenceDocumentField
from moderation.models import Hideable, HideableQuerySet


def _private_storage():
    return storages["private"]


def licence_upload_to(instance: "DoctorProfile", filename: str) -> str:
    """A random name: the uploaded file name may carry personal details and must not be guessable."""
    suffix = PurePath(filename).suffix.lower()[:6]
    return f"licences/{uuid.uuid4().hex}{suffix}"


def headshot_upload_to(instance: "DoctorProfile", filename: str) -> str:
    suffix = PurePath(filename).suffix.lower()[:6]
    return f"headshots/{uuid.uuid4().hex}{suffix}"


class DoctorProfileQuerySet(HideableQuerySet):
    def verified(self) -> "DoctorProfileQuerySet":
        return self.filter(status=DoctorProfile.Status.VERIFIED)

    def public(self) -> "DoctorProfileQuerySet":
        """Profiles anyone may see: verified or suspended (their answers stay up), not hidden."""
        return super().public().filter(status__in=[DoctorProfile.Status.VERIFIED, DoctorProfile.Status.SUSPENDED])

    def pending(self) -> "DoctorProfileQuerySet":
        return self.filter(status=DoctorProfile.Status.PENDING)

    def with_rating_score(self) -> "DoctorProfileQuerySet":
        """Annotate `rating_score`: the average rating pulled towards a neutral prior.

        A plain average ranks one 5-star review above two hundred 4.9-star ones; adding
        RATING_PRIOR_COUNT imaginary reviews of RATING_PRIOR_MEAN stars rewards evidence. Doctors
        without reviews get NULL so they sort after every reviewed doctor.
        """
        prior_count, prior_mean = DoctorProfile.RATING_PRIOR_COUNT, DoctorProfile.RATING_PRIOR_MEAN
        score = ExpressionWrapper(
            (F("rating_sum") + Value(prior_count * prior_mean)) * 1.0 / (F("review_count") + Value(prior_count)),
            output_field=FloatField(),
        )
        return self.annotate(
            rating_score=Case(When(review_count__gt=0, then=score), default=None, output_field=FloatField())
        )

    def search_name(self, query: str) -> "DoctorProfileQuerySet":
        """Every word must appear in the name or the practice name ("ruiz", "ana ruiz", "ruiz aesthetics")."""
        qs = self
        for word in query.split()[:6]:
            qs = qs.filter(Q(full_name__icontains=word) | Q(practice_name__icontains=word))
        return qs

    def in_location(self, location: str) -> "DoctorProfileQuerySet":
        """ "Austin, TX" matches city and state; a single word matches either a city or a state."""
        parts = [part.strip() for part in location.split(",") if part.strip()]
        if not parts:
            return self
        if len(parts) >= 2:
            return self.filter(city__iexact=parts[0], region__iexact=parts[1])
        return self.filter(Q(city__iexact=parts[0]) | Q(region__iexact=parts[0]))

    def for_directory(self) -> "DoctorProfileQuerySet":
        """Public profiles with what a directory card shows; no joins needed."""
        return self.public().with_rating_score()


class DoctorProfile(Hideable):
    """A doctor's professional identity. Only `verified` doctors may answer, respond or post photos.

    Verification is a moderator's decision: `verified_by`/`verified_at` record the current one and
    `VerificationDecision` rows (see doctors.services) keep every decision with its evidence.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending review")
        VERIFIED = "verified", _("Verified")
        REJECTED = "rejected", _("Rejected")
        SUSPENDED = "suspended", _("Suspended")

    class Credential(models.TextChoices):
        MD = "MD", "MD"
        DO = "DO", "DO"
        MBBS = "MBBS", "MBBS"
        DDS = "DDS", "DDS"
        DMD = "DMD", "DMD"
        NP = "NP", _("Nurse practitioner (NP)")
        PA = "PA", _("Physician assistant (PA)")
        RN = "RN", _("Registered nurse (RN)")

    class Specialty(models.TextChoices):
        DERMATOLOGY = "dermatology", _("Dermatology")
        PLASTIC_SURGERY = "plastic_surgery", _("Plastic surgery")
        FACIAL_PLASTIC_SURGERY = "facial_plastic_surgery", _("Facial plastic surgery")
        OCULOPLASTIC_SURGERY = "oculoplastic_surgery", _("Oculoplastic surgery")
        COSMETIC_DENTISTRY = "cosmetic_dentistry", _("Cosmetic dentistry")
        AESTHETIC_MEDICINE = "aesthetic_medicine", _("Aesthetic medicine")
        OTOLARYNGOLOGY = "otolaryngology", _("Otolaryngology")

    # Credentials that carry the title "Dr." in front of the name.
    DOCTOR_TITLE_CREDENTIALS = {"MD", "DO", "MBBS", "DDS", "DMD"}
    # The "sort by rating" prior (see DoctorProfileQuerySet.with_rating_score).
    RATING_PRIOR_COUNT = 5
    RATING_PRIOR_MEAN = 3.5

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="doctor_profile")
    slug = models.SlugField(max_length=80, unique=True)
    full_name = models.CharField(max_length=150)
    credential = models.CharField(max_length=8, choices=Credential)
    specialty = models.CharField(max_length=40, choices=Specialty, db_index=True)
    licence_number = models.CharField(_("licence number"), max_length=60)
    licence_region = models.CharField(_("licence issued by (state/country)"), max_length=100)
    board_certifications = models.CharField(max_length=300, blank=True)
    practice_name = models.CharField(max_length=150, blank=True)
    address = models.CharField(max_length=200, blank=True)
    city = models.CharField(max_length=100, db_index=True)
    region = models.CharField(_("state/region"), max_length=100, blank=True)
    country = models.CharField(max_length=100, default="United States")
    website = models.URLField(blank=True)
    bio = models.TextField(blank=True)
    # Both go through imaging.pipeline on every path that stores a file (see imaging.fields).
    headshot = HeadshotField(upload_to=headshot_upload_to, blank=True)
    licence_document = LicenceDocumentField(
        upload_to=licence_upload_to,
        storage=_private_storage,
        blank=True,
        help_text=_("Private: visible to moderators only."),
    )

    status = models.CharField(max_length=12, choices=Status, default=Status.PENDING, db_index=True)
    status_reason = models.CharField(max_length=500, blank=True)
    verified_at = models.DateTimeField(null=True, blank=True)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    submitted_at = models.DateTimeField(
        default=timezone.now, help_text=_("When the application was last submitted (re-applications move it).")
    )

    # Counters kept exact by the services that change them (F() updates in the same transaction).
    answer_count = models.PositiveIntegerField(default=0)
    helpful_vote_count = models.PositiveIntegerField(default=0)
    chosen_answer_count = models.PositiveIntegerField(
        default=0, help_text=_("Answers the asker marked as the one that helped most.")
    )
    review_count = models.PositiveIntegerField(default=0)
    rating_sum = models.PositiveIntegerField(default=0)
    worth_it_count = models.PositiveIntegerField(default=0)

    objects = DoctorProfileQuerySet.as_manager()

    class Meta:
        verbose_name = _("doctor profile")
        verbose_name_plural = _("doctor profiles")
        permissions = [
            ("verify_doctorprofile", "Can verify, reject, suspend and reinstate doctors"),
            ("view_licence_document", "Can open doctors' private licence documents"),
        ]
        indexes = [
            models.Index(fields=["status", "submitted_at"], name="doctor_status_submitted"),
            models.Index(fields=["status", "-helpful_vote_count"], name="doctor_status_helpful"),
            models.Index(fields=["status", "-review_count"], name="doctor_status_reviews"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(status="verified") | models.Q(verified_at__isnull=False),
                name="doctor_verified_has_date",
            ),
        ]

    def __str__(self) -> str:
        return self.display_name

    def get_absolute_url(self) -> str:
        return reverse_often("doctors:profile", self.slug)

    @property
    def display_name(self) -> str:
        """ "Dr. Ana Ruiz" for physicians and dentists, "Sam Lee, NP" for other clinicians; "a former Candid
        doctor" once the doctor closed their account (doctors.services.doctor_profile_for_leaving_member
        blanks the name)."""
        if not self.full_name:
            return "a former Candid doctor"
        if self.credential in self.DOCTOR_TITLE_CREDENTIALS:
            return f"Dr. {self.full_name}"
        return f"{self.full_name}, {self.credential}"

    @property
    def is_former(self) -> bool:
        """The doctor closed their account: their name is erased (doctor_profile_for_leaving_member)."""
        return not self.full_name

    @property
    def is_verified(self) -> bool:
        return self.status == self.Status.VERIFIED

    @property
    def is_public(self) -> bool:
        return not self.is_hidden and self.status in (self.Status.VERIFIED, self.Status.SUSPENDED)

    @property
    def credentials_line(self) -> str:
        """ "MD · Dermatology" and the board certifications, for cards and headers."""
        return " · ".join(part for part in [self.get_credential_display(), self.get_specialty_display()] if part)

    @property
    def location(self) -> str:
        return ", ".join(part for part in [self.city, self.region] if part)

    @property
    def initials(self) -> str:
        return "".join(word[0] for word in self.full_name.split()[:2]).upper()

    @property
    def average_rating(self) -> float | None:
        return round(self.rating_sum / self.review_count, 1) if self.review_count else None

    @property
    def worth_it_percent(self) -> int | None:
        return round(100 * self.worth_it_count / self.review_count) if self.review_count else None


class VerificationDecisionQuerySet(models.QuerySet["VerificationDecision"]):
    def for_doctor(self, doctor: DoctorProfile) -> "VerificationDecisionQuerySet":
        return self.filter(doctor=doctor).select_related("decided_by").order_by("-decided_at", "-pk")


@cleanup.ignore
class VerificationDecision(models.Model):
    """One moderator decision about a doctor, kept forever: who, when, on what evidence, why.

    Written only by `doctors.services`; never edited or deleted (like the moderation log). A decision
    to verify or reject keeps its own copy of the licence document it was based on, so a doctor who
    uploads a new one later changes neither what was decided on nor the audit trail. django-cleanup
    ignores this model: that copy is evidence and must outlive every path that deletes rows, a bulk
    queryset delete included. (The profile's own current document and headshot are cleaned up by
    django-cleanup as soon as they are replaced.)
    """

    class Decision(models.TextChoices):
        VERIFY = "verify", _("Verified")
        REJECT = "reject", _("Rejected")
        SUSPEND = "suspend", _("Suspended")
        REINSTATE = "reinstate", _("Reinstated")

    doctor = models.ForeignKey(DoctorProfile, on_delete=models.PROTECT, related_name="decisions")
    decision = models.CharField(max_length=10, choices=Decision)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    decided_at = models.DateTimeField(default=timezone.now)
    evidence = models.TextField(
        _("evidence checked"),
        blank=True,
        help_text=_(
            "What was checked, where and when, e.g. "
            '"Licence TX-123456 checked on the Texas Medical Board lookup on 2026-11-20".'
        ),
    )
    reason = models.TextField(blank=True, help_text=_("Why; for a rejection or suspension the doctor reads it."))
    # What the application said when the decision was made: re-applications can change it later.
    licence_number = models.CharField(max_length=60, blank=True)
    licence_region = models.CharField(max_length=100, blank=True)
    licence_document = models.FileField(
        _("licence document decided on"),
        storage=_private_storage,
        max_length=200,
        blank=True,
        editable=False,
        help_text=_("Private: a copy of the document the moderator looked at."),
    )

    objects = VerificationDecisionQuerySet.as_manager()

    class Meta:
        ordering = ["-decided_at", "-pk"]
        indexes = [models.Index(fields=["doctor", "-decided_at"], name="decision_doctor_recent")]
        constraints = [
            models.CheckConstraint(
                condition=~Q(decision="verify") | ~Q(evidence=""),
                name="decision_verify_has_evidence",
            ),
            models.CheckConstraint(
                condition=~Q(decision__in=["reject", "suspend", "reinstate"]) | ~Q(reason=""),
                name="decision_has_reason",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_decision_display()}: {self.doctor} ({self.decided_at:%Y-%m-%d})"

    def save(self, *args, **kwargs) -> None:
        if not self._state.adding:
            raise ValueError("Verification decisions are immutable: record a new decision instead.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("Verification decisions are immutable.")

    def clean(self) -> None:
        if self.decision == self.Decision.VERIFY and not self.evidence.strip():
            raise ValidationError({"evidence": _("Say what you checked before verifying a doctor.")})
        if self.decision != self.Decision.VERIFY and not self.reason.strip():
            raise ValidationError({"reason": _("Give a reason.")})

    @classmethod
    def about(
        cls,
        doctor: DoctorProfile,
        *,
        decision: str,
        decided_by,
        decided_at,
        evidence: str = "",
        reason: str = "",
        **fields,
    ) -> "VerificationDecision":
        """An unsaved decision about `doctor`, keeping the licence it was made on (the profile's may change later)."""
        return cls(
            doctor=doctor,
            decision=decision,
            decided_by=decided_by,
            decided_at=decided_at,
            evidence=evidence,
            reason=reason,
            licence_number=doctor.licence_number,
            licence_region=doctor.licence_region,
            **fields,
        )

    @property
    def log_reason(self) -> str:
        """What the moderation log keeps of this decision: the reason, then the evidence checked."""
        return "\n\n".join(
            part for part in [self.reason, f"Evidence: {self.evidence}" if self.evidence else ""] if part
        )
