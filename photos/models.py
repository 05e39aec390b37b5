"""Before/after cases: two images, the consent behind them, and their moderation state.

Every image file comes from `imaging.pipeline` (metadata stripped, random names). The original lives on
the private storage and is never served; the public sees derivatives only, and only of cases that a
moderator approved, that carry a consent record, that are not hidden and whose derivatives exist.

A published case is never destroyed: moderators hide it (its derivatives then leave the public storage,
see `photos.services.photo_case_files_sync`) and may restore it. Rejection and deletion are for cases
that were never published.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import storages
from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django_cleanup import cleanup
from taggit.managers import TaggableManager
from taggit.models import TaggedItemBase

from moderation.models import Hideable, HideableQuerySet
from treatments.models import WithTreatmentListQuerySet


def _private_storage():
    return storages["private"]


class ConsentKind(models.TextChoices):
    DOCTOR_ATTESTATION = "doctor_attestation", _("Doctor attests the patient's written consent")
    PATIENT_SELF = "patient_self", _("Patient's own confirmation")


class ConsentTextVersionQuerySet(models.QuerySet["ConsentTextVersion"]):
    def current(self, kind: str) -> "ConsentTextVersion":
        """The version in force for `kind`: the newest. Raises DoesNotExist if none exists."""
        return self.filter(kind=kind).latest("number")


class ConsentTextVersion(models.Model):
    """The wording a person agrees to when they post a case, as immutable numbered versions per kind.

    Each consent record points at the version its author saw, so what they agreed to can always be
    reproduced; a new wording is a new version, never an edit.
    """

    kind = models.CharField(max_length=20, choices=ConsentKind)
    number = models.PositiveIntegerField()
    text = models.TextField()
    created_at = models.DateTimeField(default=timezone.now)

    objects = ConsentTextVersionQuerySet.as_manager()

    class Meta:
        ordering = ["kind", "-number"]
        constraints = [models.UniqueConstraint(fields=["kind", "number"], name="consent_text_version_unique")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} v{self.number}"

    def save(self, *args, **kwargs) -> None:
        if self.pk is not None and not self._state.adding:
            raise ValidationError("Consent texts are immutable: create a new version instead.")
        super().save(*args, **kwargs)

    def text_in(self, language: str) -> str:
        """The wording as a reader of `language` agrees to it: its translation, or the version's own."""
        if language == settings.LANGUAGE_CODE:
            return self.text
        translated = self.translations.filter(language=language).values_list("text", flat=True).first()
        return translated or self.text


class ConsentTextTranslation(models.Model):
    """A consent wording in another language: the same statement, for people who read that language.
    Immutable like the version; at most one per version and language. A consent record notes the
    language its author read (`ConsentRecord.language`), so what they agreed to can be reproduced."""

    version = models.ForeignKey(ConsentTextVersion, on_delete=models.PROTECT, related_name="translations")
    language = models.CharField(max_length=8, choices=settings.LANGUAGES)
    text = models.TextField()
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["version", "language"], name="consent_translation_once_per_language"),
            models.CheckConstraint(condition=~Q(text=""), name="consent_translation_says_something"),
        ]

    def __str__(self) -> str:
        return f"{self.version} ({self.language})"

    def save(self, *args, **kwargs) -> None:
        if self.pk is not None and not self._state.adding:
            raise ValidationError("Consent texts are immutable: create a new version instead.")
        super().save(*args, **kwargs)


class ConsentWithdrawal(models.TextChoices):
    BY_POSTER = "by_poster", _("Withdrawn by the person who posted the case")
    ON_REQUEST = "on_request", _("Withdrawn by a moderator at the patient's request")
    ACCOUNT_CLOSED = "account_closed", _("Withdrawn when the poster closed their account")


class ConsentRecord(models.Model):
    """Who agreed to what, when, for one case. Kept even when the case and its files are deleted.

    A withdrawal keeps the audit minimum: that consent existed, its kind and wording version, when it
    was given and when and how it was withdrawn. When the poster closes their account, `attested_by`
    and `reference` are erased too (photos.services.photo_cases_for_leaving_member).
    """

    kind = models.CharField(max_length=20, choices=ConsentKind)
    text_version = models.ForeignKey(ConsentTextVersion, on_delete=models.PROTECT, related_name="records")
    attested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Empty once the person who gave it closed their account."),
    )
    # The language of the wording its author read: the version's own, or its translation.
    language = models.CharField(max_length=8, choices=settings.LANGUAGES, default="en")
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    withdrawal = models.CharField(max_length=20, choices=ConsentWithdrawal, blank=True)
    attested_at = models.DateTimeField(default=timezone.now)
    reference = models.CharField(
        _("consent form reference"),
        max_length=100,
        blank=True,
        help_text=_("Private: where the signed form is filed at the practice (no patient names). Moderators only."),
    )

    class Meta:
        ordering = ["-attested_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(withdrawn_at__isnull=True, withdrawal="")
                | (Q(withdrawn_at__isnull=False) & ~Q(withdrawal="")),
                name="consent_withdrawal_has_date_and_way",
            ),
        ]

    def __str__(self) -> str:
        by = self.attested_by if self.attested_by_id else "a former member"
        return f"{self.get_kind_display()} by {by} on {self.attested_at:%Y-%m-%d}"


class PhotoTreatment(TaggedItemBase):
    """Through table between cases and treatments (a real FK on both sides, indexable)."""

    content_object = models.ForeignKey("BeforeAfterPhoto", on_delete=models.CASCADE)
    tag = models.ForeignKey("treatments.Treatment", on_delete=models.CASCADE, related_name="photo_items")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["content_object", "tag"], name="photo_treatment_unique")]


class BeforeAfterPhotoQuerySet(WithTreatmentListQuerySet, HideableQuerySet):
    treatment_through = PhotoTreatment

    def public(self) -> "BeforeAfterPhotoQuerySet":
        """What the public may see: approved, consented, not hidden, derivatives ready; a patient's case
        only with its review, and only while that review is visible."""
        not_hidden = super().public()
        return not_hidden.filter(
            Q(review__isnull=True, consent__kind=ConsentKind.DOCTOR_ATTESTATION)
            | Q(review__isnull=False, review__hidden_at__isnull=True),
            status=BeforeAfterPhoto.Status.APPROVED,
            consent__isnull=False,
            ready_at__isnull=False,
        )

    def visible_to(self, user) -> "BeforeAfterPhotoQuerySet":
        """Published cases, plus the viewer's own uploads in any state (not hidden ones: those are gone
        for everyone but moderators, who use the admin)."""
        if not user.is_authenticated:
            return self.public()
        return self.filter(Q(pk__in=self.public().values("pk")) | Q(uploader=user, hidden_at__isnull=True))

    def with_display(self) -> "BeforeAfterPhotoQuerySet":
        """Everything a card or case page shows: doctor, uploader, images, treatments (`treatment_list`)."""
        return self.select_related("doctor", "uploader").prefetch_related("images").with_treatment_list()

    def for_gallery(self) -> "BeforeAfterPhotoQuerySet":
        return self.public().with_display().order_by("-moderated_at", "-pk")

    def for_treatment(self, treatment) -> "BeforeAfterPhotoQuerySet":
        return self.filter(phototreatment__tag=treatment)

    def for_doctor(self, doctor) -> "BeforeAfterPhotoQuerySet":
        return self.filter(doctor=doctor)

    def for_review(self, review) -> "BeforeAfterPhotoQuerySet":
        """A review's published cases, oldest first, with what a card shows."""
        return self.public().filter(review=review).with_display().order_by("created_at", "pk")

    def pending(self) -> "BeforeAfterPhotoQuerySet":
        return self.filter(status=BeforeAfterPhoto.Status.PENDING)

    def delete(self):
        """Bulk deletes obey the same rule as single ones: published cases are hidden, never deleted."""
        if self.filter(status=BeforeAfterPhoto.Status.APPROVED).exists():
            raise ValidationError(BeforeAfterPhoto.NEVER_DELETED, code="published")
        return super().delete()


class BeforeAfterPhoto(Hideable):
    """One case: a before and an after image of the same patient, with the consent that allows showing them.

    Created by `photos.services.photo_case_create` (verified doctors, or patients for their own review);
    approved or rejected by moderators through `photo_case_approve/photo_case_reject`. The database
    refuses an approved case without a consent record.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for a moderator")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    class TimeSince(models.TextChoices):
        IMMEDIATELY = "immediately", _("Straight after")
        WEEKS_1_2 = "1_2_weeks", _("1 to 2 weeks after")
        WEEKS_3_6 = "3_6_weeks", _("3 to 6 weeks after")
        MONTHS_2_3 = "2_3_months", _("2 to 3 months after")
        MONTHS_4_6 = "4_6_months", _("4 to 6 months after")
        MONTHS_7_12 = "7_12_months", _("7 to 12 months after")
        YEARS_1_PLUS = "1_year_plus", _("More than a year after")

    uploader = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="photo_cases")
    doctor = models.ForeignKey(
        "doctors.DoctorProfile",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="photo_cases",
        help_text=_("The doctor who treated the patient, if known."),
    )
    review = models.ForeignKey(
        "reviews.Review",
        null=True,
        blank=True,
        # A review goes only through reviews.services.review_delete, which first withdraws its cases
        # (photos.services.photo_cases_withdraw_for_review): a cascade would destroy published photos.
        on_delete=models.PROTECT,
        related_name="photo_cases",
        help_text=_("For a patient's photos: the review they belong to."),
    )
    treatments = TaggableManager(through=PhotoTreatment, related_name="photo_cases", help_text="")
    caption = models.TextField(validators=[MaxLengthValidator(1000)])
    time_since_treatment = models.CharField(max_length=20, choices=TimeSince)
    is_graphic = models.BooleanField(
        _("graphic"),
        default=False,
        help_text=_("Nudity, surgery or wounds: blurred until the viewer chooses to see it."),
    )
    consent = models.OneToOneField(
        ConsentRecord, null=True, blank=True, on_delete=models.PROTECT, related_name="photo_case"
    )

    status = models.CharField(max_length=10, choices=Status, default=Status.PENDING, db_index=True)
    status_reason = models.CharField(max_length=500, blank=True)
    moderated_at = models.DateTimeField(null=True, blank=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    ready_at = models.DateTimeField(
        null=True, blank=True, editable=False, help_text=_("When every image's derivatives were made.")
    )

    objects = BeforeAfterPhotoQuerySet.as_manager()

    NEVER_DELETED = _("A published case is never deleted: hide it instead (it can be restored later).")

    class Meta:
        verbose_name = _("before/after case")
        verbose_name_plural = _("before/after cases")
        constraints = [
            # No consent, no publication: stated in SQL so no code path can get round it.
            models.CheckConstraint(
                condition=~Q(status="approved") | Q(consent__isnull=False),
                name="photo_approved_has_consent",
                violation_error_message=_("A case without a consent record cannot be approved."),
            ),
            models.CheckConstraint(
                condition=~Q(status="rejected") | ~Q(status_reason=""),
                name="photo_rejected_has_reason",
                violation_error_message=_("Say why the case is rejected."),
            ),
        ]
        indexes = [
            models.Index(fields=["status", "-moderated_at"], name="photo_status_recent"),
        ]

    def __str__(self) -> str:
        return f"Case {self.pk}: {self.caption[:60]}" if self.pk else "New case"

    def get_absolute_url(self) -> str:
        return reverse("photos:detail", args=[self.pk])

    def delete(self, *args, **kwargs):
        # The rule lives here as well as in photos.services, so no code path (shell, command, admin)
        # destroys what the public has seen and the audit trail refers to.
        if self.status == self.Status.APPROVED:
            raise ValidationError(self.NEVER_DELETED, code="published")
        return super().delete(*args, **kwargs)

    @property
    def files_public(self) -> bool:
        """Whether the derivatives belong on the public storage: not while the case or its review is
        hidden, nor for a patient's case whose review is gone. Uses `review` (select it with the case)."""
        if self.is_hidden:
            return False
        if self.review_id is not None:
            return not self.review.is_hidden
        return self.consent is None or self.consent.kind == ConsentKind.DOCTOR_ATTESTATION

    @property
    def is_ready(self) -> bool:
        return self.ready_at is not None

    @property
    def is_public(self) -> bool:
        return (
            self.status == self.Status.APPROVED
            and self.consent_id is not None
            and self.ready_at is not None
            and not self.is_hidden
        )

    def image_for(self, role: str) -> "PhotoImage | None":
        """The before or after image, from the prefetched images when there are any (no extra query)."""
        return next((image for image in self.images.all() if image.role == role), None)

    @property
    def before(self) -> "PhotoImage | None":
        return self.image_for(PhotoImage.Role.BEFORE)

    @property
    def after(self) -> "PhotoImage | None":
        return self.image_for(PhotoImage.Role.AFTER)

    def _alt_parts(self) -> dict[str, str]:
        # `treatment_list` from with_display(); a case loaded otherwise reads its treatments.
        listed = getattr(self, "treatment_list", None)
        treatments = ", ".join(str(t) for t in (listed if listed is not None else self.treatments.all()))
        caption = self.caption if len(self.caption) <= 140 else self.caption[:139].rstrip() + "…"
        return {"treatments": treatments, "caption": caption}

    @property
    def before_alt(self) -> str:
        return gettext("Before photo, %(treatments)s: %(caption)s") % self._alt_parts()

    @property
    def after_alt(self) -> str:
        time = self.get_time_since_treatment_display().lower()
        return gettext("After (%(time)s) photo, %(treatments)s: %(caption)s") % {**self._alt_parts(), "time": time}

    @property
    def credit(self) -> str:
        """Who the public sees as the source: the doctor's name for doctors' cases, else the patient's handle."""
        if self.doctor_id and self.doctor.user_id == self.uploader_id:
            return self.doctor.display_name
        return self.uploader.public_name


@cleanup.ignore
class PhotoImage(models.Model):
    """One image of a case: the stripped original (private storage) and its public derivatives.

    `renditions` lists, smallest first, one dict per width: width, height and the storage names of
    the WebP and JPEG files and of their blurred copies. Empty until the derivatives task has run.
    While the case is hidden the derivatives are `withheld`: kept under the same names on the private
    storage, so nothing at their public URLs answers.

    django-cleanup ignores this model: most of its files (the derivatives) are names inside a JSON
    field that django-cleanup cannot see, and they move between storages when a case is hidden or
    restored. `photos.services` and `photos.signals` remove them, only when an image row is deleted
    (a rejected or deleted case that was never published).
    """

    class Role(models.TextChoices):
        BEFORE = "before", _("Before")
        AFTER = "after", _("After")

    case = models.ForeignKey(BeforeAfterPhoto, on_delete=models.CASCADE, related_name="images")
    role = models.CharField(max_length=6, choices=Role)
    original = models.FileField(storage=_private_storage, max_length=200, editable=False)
    width = models.PositiveIntegerField()
    height = models.PositiveIntegerField()
    renditions = models.JSONField(default=list, blank=True, editable=False)
    processed_at = models.DateTimeField(null=True, blank=True, editable=False)
    withheld = models.BooleanField(
        default=False,
        editable=False,
        help_text=_("The derivatives are on the private storage (the case or its review is hidden)."),
    )

    class Meta:
        ordering = ["case", "role"]
        constraints = [models.UniqueConstraint(fields=["case", "role"], name="photo_image_one_per_role")]

    def __str__(self) -> str:
        return f"{self.get_role_display()} image of case {self.case_id}"

    @property
    def is_processed(self) -> bool:
        return self.processed_at is not None and bool(self.renditions)

    def public_file_names(self) -> list[str]:
        keys = ("webp", "jpeg", "blurred_webp", "blurred_jpeg")
        return [r[key] for r in self.renditions for key in keys if r.get(key)]

    def picture(self, *, blurred: bool) -> dict | None:
        """What a <picture> element needs: WebP and JPEG srcsets, a fallback src, the intrinsic size.

        Builds URLs from storage names only (no query, no file access).
        """
        if not self.is_processed or self.withheld:
            return None
        storage = storages["default"]
        prefix = "blurred_" if blurred else ""

        def srcset(fmt: str) -> str:
            return ", ".join(f"{storage.url(r[prefix + fmt])} {r['width']}w" for r in self.renditions)

        middle = next((r for r in self.renditions if r["width"] >= 768), self.renditions[-1])
        return {
            "webp_srcset": srcset("webp"),
            "jpeg_srcset": srcset("jpeg"),
            "src": storage.url(middle[prefix + "jpeg"]),
            "width": middle["width"],
            "height": middle["height"],
            "thumb_src": storage.url(self.renditions[0][prefix + "jpeg"]),
            "thumb_width": self.renditions[0]["width"],
            "thumb_height": self.renditions[0]["height"],
        }
