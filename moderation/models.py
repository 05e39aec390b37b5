from functools import reduce
from operator import or_

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class HideableQuerySet(models.QuerySet):
    """Hidden content is kept, never deleted; public pages only ever see `public()` rows.

    `public()` is what anonymous visitors may see; a model whose rows need more than "not hidden" to be
    public (a verified doctor, an approved case) narrows it. `visible_to(user)`, where a model has one,
    adds what only that viewer may also see (their own hidden review, everything for moderators).
    """

    def public(self):
        return self.filter(hidden_at__isnull=True)

    def hidden(self):
        return self.filter(hidden_at__isnull=False)


class Hideable(models.Model):
    """Mixin for content a moderator (or enough flags) can hide and restore.

    Who hid it and why is in the moderation log; these fields say what the public sees.
    `moderation.services.content_hide/content_restore` change them and then send
    `moderation.signals.visibility_changed`, which the content app connects (in its apps.py) to the
    services that bring its counters and files back in line (in the same transaction).
    """

    hidden_at = models.DateTimeField(null=True, blank=True, editable=False)
    hidden_reason = models.CharField(max_length=300, blank=True, editable=False)

    class Meta:
        abstract = True

    @property
    def is_hidden(self) -> bool:
        return self.hidden_at is not None


class ModerationLogQuerySet(models.QuerySet["ModerationLog"]):
    """Entries are only ever added: bulk updates and deletes are refused like single ones."""

    def update(self, **kwargs):
        raise ValueError("Moderation log entries are immutable.")

    def delete(self):
        raise ValueError("Moderation log entries are immutable.")

    def redact_identity(self, identity: list[str]) -> int:
        """The one change an entry ever takes: a member who closed their account leaves no identifying
        text behind (accounts.services.identity_redact over the repr, the reason and the snapshots).
        What was decided, when, and about which row stays. Returns how many entries changed."""
        from accounts.services import identity_redact, identity_redact_value

        if not identity:
            return 0
        matches = models.Q()
        for value in identity:
            for field in ("target_repr", "reason", "before", "after"):
                matches |= models.Q(**{f"{field}__icontains": value})
        changed = 0
        for entry in self.filter(matches).only("pk", "target_repr", "reason", "before", "after"):
            models.QuerySet.update(  # past the immutability guard of update(), on purpose and only here
                ModerationLog.objects.filter(pk=entry.pk),
                target_repr=identity_redact(entry.target_repr, identity)[:200],
                reason=identity_redact(entry.reason, identity),
                before=identity_redact_value(entry.before, identity),
                after=identity_redact_value(entry.after, identity),
            )
            changed += 1
        return changed

    def for_target(self, target: models.Model) -> "ModerationLogQuerySet":
        return self.filter(
            target_type=ContentType.objects.get_for_model(target, for_concrete_model=False), target_id=target.pk
        )

    def current_hiding(self, target: "Hideable") -> "ModerationLog | None":
        """The entry of whoever hid `target` as it is now hidden (None when it is visible or no entry says):
        a moderator's hiding, flags' automatic one, or the moderator who upheld flags that had hidden it
        (the latest of these since it was hidden, as that is the decision an appeal asks to revisit)."""
        if target.hidden_at is None:
            return None
        Action = ModerationLog.Action
        return (
            self.for_target(target)
            .filter(
                models.Q(action__in=[Action.HIDE, Action.AUTO_HIDE])
                | models.Q(action=Action.FLAG_RESOLVE, after__outcome="hidden"),
                created_at__gte=target.hidden_at,
            )
            .order_by("-created_at", "-pk")
            .first()
        )


class ModerationLog(models.Model):
    """One immutable entry per moderation action: who did what to which object, why, and what changed."""

    class Action(models.TextChoices):
        DOCTOR_VERIFY = "doctor_verify", _("Verified doctor")
        DOCTOR_REJECT = "doctor_reject", _("Rejected doctor application")
        DOCTOR_SUSPEND = "doctor_suspend", _("Suspended doctor")
        DOCTOR_REINSTATE = "doctor_reinstate", _("Reinstated doctor")
        MEMBER_SUSPEND = "member_suspend", _("Suspended member")
        MEMBER_REINSTATE = "member_reinstate", _("Lifted member's suspension")
        MEMBER_CLOSE = "member_close", _("Closed a member's account (data request)")
        HIDE = "hide", _("Hid content")
        RESTORE = "restore", _("Restored content")
        AUTO_HIDE = "auto_hide", _("Hid content automatically (flags)")
        FLAG_RESOLVE = "flag_resolve", _("Resolved flag")
        PHOTO_APPROVE = "photo_approve", _("Approved photo")
        PHOTO_REJECT = "photo_reject", _("Rejected photo")
        EDIT = "edit", _("Edited someone else's content")
        DISCLAIMER_CHANGE = "disclaimer_change", _("Published a new disclaimer version")
        DELETE = "delete", _("Deleted content")
        DATA_EXPORT = "data_export", _("Exported a member's data")
        APPEAL = "appeal", _("Appealed a hiding")
        APPEAL_UPHOLD = "appeal_uphold", _("Upheld a hiding on appeal")
        APPEAL_RESTORE = "appeal_restore", _("Restored content on appeal")

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Empty for automatic actions."),
    )
    action = models.CharField(max_length=24, choices=Action, db_index=True)
    target_type = models.ForeignKey(ContentType, on_delete=models.PROTECT)
    target_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("target_type", "target_id")
    target_repr = models.CharField(max_length=200, help_text=_("What the target was called at the time."))
    reason = models.TextField(blank=True)
    before = models.JSONField(default=dict, blank=True)
    after = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    objects = ModerationLogQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["target_type", "target_id"], name="modlog_target")]
        # Entries are written by the services only: nobody gets add/change/delete, not even in the admin.
        default_permissions = ("view",)
        # Moderation powers over many kinds of content (granted to groups by moderation.roles).
        permissions = [
            ("hide_content", "Can hide and restore content"),
            ("approve_photos", "Can approve and reject photos"),
            ("suspend_members", "Can suspend members and lift suspensions"),
        ]

    def __str__(self) -> str:
        return f"{self.get_action_display()}: {self.target_repr}"

    def save(self, *args, **kwargs) -> None:
        if not self._state.adding:
            raise ValueError("Moderation log entries are immutable.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("Moderation log entries are immutable.")


# Content written by one member about a doctor it names (a patient's review, a patient's case): the
# field that holds the writer. Flags from the doctor such content is about are queued like any other
# but never weigh toward hiding it: a doctor must not be able to take down a critical review of
# themself (16 CFR 465.7: no suppressing reviews for being negative).
WRITER_FIELDS = ("author", "uploader")


def _content_about_doctors() -> list[tuple[type[models.Model], str]]:
    """(model, writer field) for each content model with a writer and a `doctor` it names."""
    found = []
    for model in apps.get_models():
        if not issubclass(model, Hideable):
            continue
        names = {field.name for field in model._meta.concrete_fields}
        writer = next((name for name in WRITER_FIELDS if name in names), None)
        if writer and "doctor" in names:
            found.append((model, writer))
    return found


def reporter_is_subject() -> models.Expression:
    """Whether a flag's reporter is the doctor the flagged item is about (and not its writer), as one
    expression over the flag row."""
    conditions = [
        models.Exists(
            model._default_manager.filter(
                pk=models.OuterRef("object_id"), doctor__user_id=models.OuterRef("reporter_id")
            ).exclude(**{f"{writer}_id": models.OuterRef("reporter_id")})
        )
        & models.Q(content_type_id=ContentType.objects.get_for_model(model, for_concrete_model=False).pk)
        for model, writer in _content_about_doctors()
    ]
    if not conditions:
        return models.Value(False)
    return models.ExpressionWrapper(reduce(or_, conditions), output_field=models.BooleanField())


class FlagQuerySet(models.QuerySet["Flag"]):
    def open(self) -> "FlagQuerySet":
        return self.filter(status=Flag.Status.OPEN)

    def with_reporter_trust(self) -> "FlagQuerySet":
        """Each flag with what `moderation.trust.reporter_trust()` needs about its reporter, in the same
        query: whether their address is confirmed, how many of their flags moderators upheld/rejected, and
        whether they are the doctor the flagged item is about."""
        from allauth.account.models import EmailAddress

        def resolved_as(outcome: str) -> models.Expression:
            rows = (
                Flag.objects.filter(
                    reporter_id=models.OuterRef("reporter_id"), status=Flag.Status.RESOLVED, outcome=outcome
                )
                .order_by()
                .values("reporter_id")
                .annotate(n=models.Count("pk"))
                .values("n")
            )
            return Coalesce(models.Subquery(rows), 0)

        return self.select_related("reporter").annotate(
            reporter_email_confirmed=models.Exists(
                EmailAddress.objects.filter(user_id=models.OuterRef("reporter_id"), verified=True)
            ),
            reporter_upheld=resolved_as(Flag.Outcome.HIDDEN),
            reporter_rejected=resolved_as(Flag.Outcome.KEPT),
            reporter_is_subject=reporter_is_subject(),
        )

    def for_target(self, target: models.Model) -> "FlagQuerySet":
        return self.filter(
            content_type=ContentType.objects.get_for_model(target, for_concrete_model=False), object_id=target.pk
        )

    def for_queue(self) -> "FlagQuerySet":
        """The moderators' queue: open flags first, most-flagged items first, each item's flags together."""
        open_on_target = (
            Flag.objects.open()
            .filter(content_type=models.OuterRef("content_type"), object_id=models.OuterRef("object_id"))
            .order_by()
            .values("object_id")
            .annotate(n=models.Count("pk"))
            .values("n")
        )
        return (
            self.select_related("content_type", "reporter", "resolved_by")
            .annotate(
                target_open_flags=Coalesce(models.Subquery(open_on_target), 0),
                is_open=models.Case(
                    models.When(status="open", then=models.Value(0)),
                    default=models.Value(1),
                ),
            )
            .order_by("is_open", "-target_open_flags", "content_type_id", "object_id", "-created_at")
        )


class Flag(models.Model):
    """A signed-in person's report that something breaks the rules; moderators resolve it.

    A person has at most one open flag per item (a partial unique constraint). When the open flags on
    an item weigh `settings.FLAG_AUTO_HIDE_THRESHOLD` (only trusted reporters' flags weigh anything,
    see `moderation.trust`) it is hidden until a moderator decides, unless it is something only a
    moderator may hide, like a doctor's profile (see `moderation.services.flag_create`).
    """

    class Reason(models.TextChoices):
        SPAM = "spam", _("Spam or advertising")
        MISINFORMATION = "misinformation", _("Medical misinformation")
        PRIVACY = "privacy", _("Shares someone's private information")
        HARASSMENT = "harassment", _("Harassment or abuse")
        NOT_GENUINE = "not_genuine", _("Not a real patient or doctor")
        OTHER = "other", _("Something else")

    class Status(models.TextChoices):
        OPEN = "open", pgettext_lazy("flag status", "Open")
        RESOLVED = "resolved", pgettext_lazy("flag status", "Resolved")

    class Outcome(models.TextChoices):
        HIDDEN = "hidden", _("Content hidden")
        KEPT = "kept", _("Content kept")
        OTHER_ACTION = "other_action", _("Handled another way (see the log)")

    content_type = models.ForeignKey(ContentType, on_delete=models.PROTECT, related_name="+")
    object_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("content_type", "object_id")
    target_repr = models.CharField(max_length=200, help_text=_("What the item was called when it was flagged."))
    reporter = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="flags")
    reason = models.CharField(max_length=20, choices=Reason)
    details = models.TextField(blank=True, max_length=1000)
    created_at = models.DateTimeField(default=timezone.now)

    status = models.CharField(max_length=10, choices=Status, default=Status.OPEN)
    outcome = models.CharField(max_length=20, choices=Outcome, blank=True)
    resolution_note = models.CharField(max_length=300, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    resolved_at = models.DateTimeField(null=True, blank=True)

    objects = FlagQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "reporter"],
                condition=models.Q(status="open"),
                name="flag_one_open_per_reporter",
                violation_error_message=_("You have already flagged this; a moderator will look at it."),
            ),
            models.CheckConstraint(
                condition=~models.Q(reason="other") | ~models.Q(details=""),
                name="flag_other_needs_details",
            ),
            models.CheckConstraint(
                condition=(models.Q(status="open") & models.Q(resolved_at__isnull=True) & models.Q(outcome=""))
                | (models.Q(status="resolved") & models.Q(resolved_at__isnull=False) & ~models.Q(outcome="")),
                name="flag_resolution_complete",
            ),
        ]
        indexes = [
            models.Index(fields=["content_type", "object_id", "status"], name="flag_target_status"),
            models.Index(fields=["status", "-created_at"], name="flag_queue"),
        ]

    def __str__(self) -> str:
        return f"{self.get_reason_display()}: {self.target_repr}"

    def clean(self) -> None:
        if self.reason == self.Reason.OTHER and not self.details.strip():
            raise ValidationError({"details": _("Tell us what is wrong when you choose “Something else”.")})


class AppealQuerySet(models.QuerySet["Appeal"]):
    def pending(self) -> "AppealQuerySet":
        return self.filter(status=Appeal.Status.PENDING)

    def for_target(self, target: models.Model) -> "AppealQuerySet":
        return self.filter(
            content_type=ContentType.objects.get_for_model(target, for_concrete_model=False), object_id=target.pk
        )


class Appeal(models.Model):
    """A member asking the moderators to look again at one hiding of their own content.

    One appeal per hiding: the hiding is named by the moment the item was hidden (`hidden_at`), so an
    item restored and hidden again may be appealed again. A moderator other than the one who hid it
    (`hidden_by`, empty when flags hid it) decides: uphold the hiding, or restore the item
    (`moderation.services.appeal_create`, `appeal_decide`).
    """

    REASON_MAX_LENGTH = 2000

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for a moderator")
        UPHELD = "upheld", _("Hiding upheld")
        RESTORED = "restored", pgettext_lazy("appeal status", "Restored")

    content_type = models.ForeignKey(ContentType, on_delete=models.PROTECT, related_name="+")
    object_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("content_type", "object_id")
    target_repr = models.CharField(max_length=200, help_text=_("What the item was called when it was appealed."))
    appellant = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="appeals")
    hidden_at = models.DateTimeField(help_text=_("When the appealed hiding happened."))
    hidden_reason = models.CharField(max_length=300, blank=True, help_text=_("The reason the member was given."))
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The moderator who hid it; empty when flags hid it."),
    )
    reason = models.TextField(
        _("member's reason"), max_length=REASON_MAX_LENGTH, help_text=_("Why the member thinks it should be public.")
    )
    created_at = models.DateTimeField(_("appealed at"), default=timezone.now)

    status = models.CharField(max_length=10, choices=Status, default=Status.PENDING)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_note = models.CharField(max_length=300, blank=True, help_text=_("Sent to the member with the decision."))

    objects = AppealQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "hidden_at"],
                name="appeal_one_per_hiding",
                violation_error_message=_("This hiding has already been appealed."),
            ),
            models.CheckConstraint(
                condition=(models.Q(status="pending") & models.Q(decided_at__isnull=True))
                | (~models.Q(status="pending") & models.Q(decided_at__isnull=False) & ~models.Q(decision_note="")),
                name="appeal_decision_complete",
            ),
            models.CheckConstraint(
                condition=models.Q(decided_by__isnull=True) | ~models.Q(decided_by=models.F("hidden_by")),
                name="appeal_decided_by_another_moderator",
            ),
        ]
        indexes = [models.Index(fields=["status", "created_at"], name="appeal_queue")]

    def __str__(self) -> str:
        return f"Appeal: {self.target_repr}"

    @property
    def is_pending(self) -> bool:
        return self.status == self.Status.PENDING
