"""Policy documents in versions, members' acceptance of them, and concerns reported through /contact/."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from policies.text import clean_policy_text, render_policy


class PolicyKind(models.TextChoices):
    """The documents the site publishes; the value is the slug of its page (/policies/<slug>/)."""

    GUIDELINES = "guidelines", _("Community guidelines")
    PRIVACY = "privacy", _("Privacy policy")
    TERMS = "terms", _("Terms of use")
    MEDICAL_DISCLAIMER = "medical-disclaimer", _("Medical disclaimer")
    REPORTING = "reporting", _("Reporting a concern")


# The documents a member agrees to: at sign-up, and again whenever a new version takes effect.
KINDS_TO_ACCEPT = (PolicyKind.TERMS, PolicyKind.PRIVACY)


class PolicyVersionQuerySet(models.QuerySet):
    def in_effect(self, now=None) -> "PolicyVersionQuerySet":
        """Versions whose effective date has come (the current one and those it replaced)."""
        return self.filter(effective_at__lte=now or timezone.now())

    def of_kind(self, kind: str) -> "PolicyVersionQuerySet":
        return self.filter(kind=kind)

    def current(self, kind: str, now=None) -> "PolicyVersion | None":
        """The version of `kind` in force: the latest one whose effective date has come."""
        return self.of_kind(kind).in_effect(now).order_by("-number").first()


class PolicyVersion(models.Model):
    """One version of a policy document. Written once: after its effective date nothing about it
    changes (a correction is a new version), so what a member accepted is exactly what they read.
    Before that date an administrator may still fix it. Published through
    `policies.services.policy_version_publish`, which numbers it and renders the body."""

    kind = models.CharField(max_length=32, choices=PolicyKind.choices)
    number = models.PositiveIntegerField(editable=False)
    effective_at = models.DateTimeField(
        _("effective from"), help_text=_("When this version replaces the previous one. It can't be changed after that.")
    )
    summary = models.CharField(
        _("what changed"),
        max_length=500,
        help_text=_("One or two sentences for members: what is different from the previous version."),
    )
    body = models.TextField(help_text=_("Markdown: ## headings, paragraphs, - lists, **bold**, [links](/path/)."))
    body_html = models.TextField(editable=False)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+", editable=False
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    objects = PolicyVersionQuerySet.as_manager()

    class Meta:
        ordering = ["kind", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "number"], name="policy_version_number_unique_per_kind"),
            models.CheckConstraint(condition=models.Q(number__gte=1), name="policy_version_number_positive"),
        ]

    def __str__(self) -> str:
        return gettext("%(kind)s, version %(number)s") % {"kind": self.get_kind_display(), "number": self.number}

    def save(self, *args, **kwargs) -> None:
        if self.pk is not None:
            stored = type(self).objects.filter(pk=self.pk).values_list("effective_at", flat=True).first()
            if stored is not None and stored <= timezone.now():
                raise ValidationError(
                    gettext("%(version)s took effect on %(date)s and can't be changed. Publish a new version instead.")
                    % {"version": self, "date": f"{stored:%d %B %Y}"}
                )
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("policies:version", kwargs={"slug": self.kind, "number": self.number})

    def delete(self, *args, **kwargs):
        if self.is_in_effect:
            raise ValidationError(
                gettext("%(version)s has taken effect and is kept for the record; it can't be deleted.")
                % {"version": self}
            )
        return super().delete(*args, **kwargs)

    @property
    def is_in_effect(self) -> bool:
        return self.effective_at <= timezone.now()


class PolicyTranslation(models.Model):
    """A policy version in another language, for members who read that language better. The version
    is what binds (and what a member accepts); the translation renders the same words. Like the
    version, it can't be changed once the version has taken effect, so what a member read stays as
    they read it."""

    version = models.ForeignKey(PolicyVersion, on_delete=models.PROTECT, related_name="translations")
    language = models.CharField(max_length=8, choices=settings.LANGUAGES)
    summary = models.CharField("what changed", max_length=500)
    body = models.TextField(help_text="Markdown, as the version's.")
    body_html = models.TextField(editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["version", "language"], name="policy_translation_once_per_language"),
        ]

    def __str__(self) -> str:
        return f"{self.version} ({self.language})"

    def save(self, *args, **kwargs) -> None:
        if self.pk is not None and self.version.is_in_effect:
            raise ValidationError(f"{self.version} has taken effect: its translations can't be changed any more.")
        self.body = clean_policy_text(self.body)
        self.body_html = render_policy(self.body)
        super().save(*args, **kwargs)


class PolicyAcceptance(models.Model):
    """A member agreed to a version of a document (sign-up, or the page asking after a new version)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="policy_acceptances")
    version = models.ForeignKey(PolicyVersion, on_delete=models.PROTECT, related_name="acceptances")
    accepted_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "version"], name="policy_acceptance_once_per_version"),
        ]

    def __str__(self) -> str:
        return f"{self.version} accepted on {self.accepted_at:%Y-%m-%d}"


class ConcernReport(models.Model):
    """A concern sent through /contact/, by anyone, with or without an account. Moderators work from
    these in the admin; the sender hears back at the reply address."""

    class Reason(models.TextChoices):
        DOCTOR = "doctor", _("Report a doctor")
        LEGAL = "legal", _("A legal concern (copyright, defamation, privacy)")
        SAFETY = "safety", _("A safety issue")
        OTHER = "other", _("Something else")

    class Status(models.TextChoices):
        NEW = "new", _("New")
        IN_PROGRESS = "in_progress", _("In progress")
        CLOSED = "closed", _("Closed")

    reason = models.CharField(max_length=16, choices=Reason.choices)
    about_url = models.CharField(_("about (address on the site)"), max_length=500, blank=True)
    message = models.TextField(max_length=5000)
    reply_email = models.EmailField(_("reply e-mail"))
    sender = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("The member who sent it, when they were logged in."),
    )
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.NEW)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    handled_at = models.DateTimeField(null=True, blank=True)
    notes = models.TextField(_("moderators' notes"), blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "-created_at"], name="concern_status_recent")]

    def __str__(self) -> str:
        return f"{self.get_reason_display()} from {self.reply_email} ({self.created_at:%Y-%m-%d})"
