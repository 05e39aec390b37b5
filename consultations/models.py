"""Consultation requests: a patient asks a verified doctor for a consultation, privately.

Nothing here is public: a request, its messages and its photos are seen by the patient who sent it and
the doctor it went to, and by moderators only once one of them reports the conversation
(`consultations.permissions`). Photos are stored in the private storage and served only through a
permission-checked view behind a signed URL that expires (`consultations.views.photo`).
"""

import statistics
from datetime import timedelta

from django.conf import settings
from django.core.validators import MaxLengthValidator, MinLengthValidator, RegexValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.timesince import timesince
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

PHONE_VALIDATOR = RegexValidator(
    r"^\+?[0-9 ()./-]{6,30}$", _("Enter a phone number: digits, spaces and + ( ) - . / only.")
)


class ConsultationRequestQuerySet(models.QuerySet["ConsultationRequest"]):
    def for_patient(self, user) -> "ConsultationRequestQuerySet":
        return self.filter(patient_id=user.pk) if user.is_authenticated else self.none()

    def for_doctor(self, doctor) -> "ConsultationRequestQuerySet":
        return self.filter(doctor=doctor)

    def inbox(self) -> "ConsultationRequestQuerySet":
        """What a doctor's inbox lists: not what they marked as spam, newest activity first."""
        return self.exclude(status=ConsultationRequest.Status.SPAM).order_by("-last_message_at", "-pk")

    def reported(self) -> "ConsultationRequestQuerySet":
        return self.filter(reported_at__isnull=False)


class ConsultationRequest(models.Model):
    class Status(models.TextChoices):
        NEW = "new", _("New")
        REPLIED = "replied", _("Replied")
        BOOKED = "booked", _("Booked")
        DECLINED = "declined", _("Declined")
        SPAM = "spam", _("Spam")

    class Timing(models.TextChoices):
        SOON = "soon", _("As soon as possible")
        MONTH = "month", _("Within a month")
        QUARTER = "quarter", _("In the next three months")
        EXPLORING = "exploring", _("Just exploring for now")

    class Contact(models.TextChoices):
        SITE = "site", _("Reply on the site only")
        EMAIL = "email", _("Reply on the site, or e-mail me")
        PHONE = "phone", _("Reply on the site, or phone me")

    doctor = models.ForeignKey("doctors.DoctorProfile", on_delete=models.PROTECT, related_name="consultation_requests")
    patient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="consultation_requests"
    )
    treatment = models.ForeignKey(
        "treatments.Treatment", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    message = models.TextField(validators=[MinLengthValidator(20), MaxLengthValidator(3000)])
    timing = models.CharField(max_length=12, choices=Timing, default=Timing.MONTH)
    contact = models.CharField(max_length=8, choices=Contact, default=Contact.SITE)
    contact_email = models.EmailField(blank=True)
    contact_phone = models.CharField(max_length=30, blank=True, validators=[PHONE_VALIDATOR])
    status = models.CharField(max_length=10, choices=Status, default=Status.NEW)
    created_at = models.DateTimeField(default=timezone.now)
    first_reply_at = models.DateTimeField(null=True, blank=True, help_text=_("When the doctor first replied."))
    last_message_at = models.DateTimeField(default=timezone.now)
    reported_at = models.DateTimeField(
        null=True, blank=True, help_text=_("When the doctor or the patient reported the conversation to moderators.")
    )
    reported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    report_reason = models.TextField(blank=True)

    objects = ConsultationRequestQuerySet.as_manager()

    class Meta:
        verbose_name = _("consultation request")
        verbose_name_plural = _("consultation requests")
        constraints = [
            # The patient chooses what the doctor may see: an e-mail address or a phone number only when
            # they chose that way of being contacted, and then one must be given.
            models.CheckConstraint(
                condition=Q(contact="site", contact_email="", contact_phone="")
                | (Q(contact="email", contact_phone="") & ~Q(contact_email=""))
                | (Q(contact="phone", contact_email="") & ~Q(contact_phone="")),
                name="consultation_contact_as_chosen",
                violation_error_message=_("Give the e-mail address or phone number you chose, and only that."),
            ),
            models.CheckConstraint(
                condition=Q(status__in=["new", "replied", "booked", "declined", "spam"]),
                name="consultation_status_known",
            ),
            models.CheckConstraint(
                condition=Q(first_reply_at__isnull=True) | Q(first_reply_at__gte=models.F("created_at")),
                name="consultation_reply_after_request",
            ),
        ]
        indexes = [
            models.Index(fields=["doctor", "-last_message_at"], name="consultation_inbox"),
            models.Index(fields=["patient", "-created_at"], name="consultation_patient"),
        ]

    def __str__(self) -> str:
        return f"Consultation request {self.pk} to {self.doctor_id}"

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("consultations:detail", args=[self.pk])

    @property
    def contact_shared(self) -> str:
        """What the patient chose to share with the doctor: their e-mail address, phone number, or ""."""
        return self.contact_email or self.contact_phone


class ConsultationMessage(models.Model):
    """One message in a request's conversation, from the patient or the doctor."""

    request = models.ForeignKey(ConsultationRequest, on_delete=models.CASCADE, related_name="messages")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    body = models.TextField(validators=[MinLengthValidator(2), MaxLengthValidator(3000)])
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["request", "created_at"], name="consultation_thread")]

    def __str__(self) -> str:
        return f"Message {self.pk} in consultation request {self.request_id}"


class ConsultationPhoto(models.Model):
    """A photo the patient sent with their request: stripped by the imaging pipeline and kept in the
    private storage under a random name; never given a public URL."""

    request = models.ForeignKey(ConsultationRequest, on_delete=models.CASCADE, related_name="photos")
    image = models.CharField(max_length=200, help_text=_("Name in the private storage."))
    width = models.PositiveIntegerField()
    height = models.PositiveIntegerField()
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["pk"]

    def __str__(self) -> str:
        return f"Photo {self.pk} of consultation request {self.request_id}"


def reply_figures(doctor) -> dict:
    """A doctor's figures: requests received (spam aside) and the median time to their first reply."""
    rows = list(
        ConsultationRequest.objects.for_doctor(doctor)
        .exclude(status=ConsultationRequest.Status.SPAM)
        .values_list("created_at", "first_reply_at")
    )
    waits = [replied - created for created, replied in rows if replied is not None]
    median = timedelta(seconds=statistics.median(wait.total_seconds() for wait in waits)) if waits else None
    words = ""
    if median is not None:
        start = timezone.now()
        words = (
            gettext("under a minute") if median < timedelta(minutes=1) else timesince(start, start + median, depth=2)
        )
    return {"received": len(rows), "replied": len(waits), "median_first_reply": median, "median_words": words}
