from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.core.validators import RegexValidator
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext, gettext_noop
from django.utils.translation import gettext_lazy as _

handle_validator = RegexValidator(
    r"^[A-Za-z0-9_.-]{3,30}$",
    _("Use 3 to 30 letters, digits, dots, dashes or underscores (no spaces, no @)."),
)
# allauth's ACCOUNT_USERNAME_VALIDATORS: sign-up checks a handle with the same rule as the model.
HANDLE_VALIDATORS = [handle_validator]


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def get_by_natural_key(self, handle_or_email: str) -> "User":
        field = "email__iexact" if "@" in handle_or_email else "handle__iexact"
        return self.get(**{field: handle_or_email})

    def create_user(self, handle: str, email: str, password: str | None = None, **extra) -> "User":
        if not handle or not email:
            raise ValueError("A user needs a handle and an e-mail address.")
        user = self.model(handle=handle, email=self.normalize_email(email), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, handle: str, email: str, password: str | None = None, **extra) -> "User":
        extra.update(is_staff=True, is_superuser=True)
        return self.create_user(handle, email, password, **extra)


class User(AbstractBaseUser, PermissionsMixin):
    """An account. The public sees only `handle`; e-mail and real name stay private.

    A doctor is a user with a `doctors.DoctorProfile`; moderators are staff in the Moderators group.
    """

    handle = models.CharField(
        _("public handle"),
        max_length=30,
        unique=True,
        validators=[handle_validator],
        help_text=_("Shown on everything you post. Don't use your real name or e-mail."),
    )
    email = models.EmailField(_("e-mail address"), unique=True, help_text=_("Private: never shown publicly."))
    full_name = models.CharField(_("real name"), max_length=150, blank=True, help_text=_("Private."))
    is_staff = models.BooleanField(default=False)
    is_active = models.BooleanField(default=True)
    date_joined = models.DateTimeField(default=timezone.now)
    # A moderator's suspension: the member can read and log in, sees the reason, and can't post, vote,
    # flag or review until it is lifted. Set and lifted only by moderation.services.member_suspend and
    # member_reinstate (logged).
    suspended_at = models.DateTimeField(null=True, blank=True)
    suspension_reason = models.CharField(max_length=300, blank=True, help_text=_("Shown to the member."))
    # Set by accounts.services.account_close: the row stays (what the member kept on the site, votes and
    # log entries point at it), but every personal detail on it was replaced and it can never log in.
    closed_at = models.DateTimeField(null=True, blank=True, editable=False)
    # The language the member last chose (accounts.views.choose_language): their pages after log-in on
    # any device, and the e-mails the site sends them. Blank: the site's default.
    language = models.CharField(
        _("language"), max_length=8, blank=True, choices=settings.LANGUAGES, help_text=_("Pages and e-mails.")
    )

    objects = UserManager()

    USERNAME_FIELD = "handle"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["email"]

    class Meta:
        constraints = [
            models.UniqueConstraint(Lower("handle"), name="user_handle_ci_unique"),
            models.UniqueConstraint(Lower("email"), name="user_email_ci_unique"),
            models.CheckConstraint(
                condition=models.Q(suspended_at__isnull=True, suspension_reason="")
                | (models.Q(suspended_at__isnull=False) & ~models.Q(suspension_reason="")),
                name="user_suspension_has_reason",
                violation_error_message=_("A suspension needs a reason the member can read."),
            ),
        ]

    def __str__(self) -> str:
        return self.handle

    # Marked for translation here, translated where it is shown (a page in the reader's language).
    FORMER_MEMBER_LABEL = gettext_noop("Former member")

    @property
    def public_name(self) -> str:
        """What a page may show for this user: the handle, never the e-mail or real name; "Former member"
        once the account is closed (the placeholder handle is never shown)."""
        return gettext(self.FORMER_MEMBER_LABEL) if self.closed_at is not None else self.handle

    @property
    def is_closed(self) -> bool:
        return self.closed_at is not None

    @property
    def has_doctor_profile(self) -> bool:
        """Whether this account applied as a doctor (in any state). No query once the profile was joined."""
        return hasattr(self, "doctor_profile")

    @property
    def is_suspended(self) -> bool:
        return self.suspended_at is not None

    @property
    def has_confirmed_email(self) -> bool:
        """Whether the account's address is confirmed (allauth's EmailAddress). The auth backend loads it
        with the user, so the check costs no query on a request; elsewhere it costs one."""
        loaded = getattr(self, "has_confirmed_email_row", None)
        if loaded is not None:
            return bool(loaded)
        from allauth.account.models import EmailAddress

        return EmailAddress.objects.filter(user_id=self.pk, verified=True).exists()

    @property
    def is_moderator(self) -> bool:
        return self.is_active and self.is_staff

    def get_full_name(self) -> str:
        return self.full_name or self.handle

    def get_short_name(self) -> str:
        return self.handle


class Notice(models.Model):
    """An on-site notification shown on the account page (e.g. "Dr. X answered your question")."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="notices")
    message = models.CharField(max_length=300)
    url = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)
    # Notices about what a member follows (follows.services) name their kind and the followed topic,
    # so that several events on one page make one notice ("3 new answers on ..."), counted here.
    # Notices without a kind (decisions on flags and content) have their own e-mails and no digest.
    kind = models.CharField(max_length=40, blank=True, default="")
    topic = models.CharField(max_length=40, blank=True, default="")
    count = models.PositiveIntegerField(default=1)
    # Direct events (an answer to my question) are e-mailed at once when the member wants that.
    direct = models.BooleanField(default=False)
    # When it was e-mailed (at once or in a digest): never again, and no later event is grouped onto it.
    emailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["user", "-created_at"], name="notice_user_recent"),
            # The unread count that comes with the member's row (accounts.backends).
            models.Index(fields=["user"], condition=models.Q(read_at__isnull=True), name="notice_user_unread"),
            # What a digest run reads: notices about followed pages not yet e-mailed nor read.
            models.Index(
                fields=["created_at", "user"],
                condition=models.Q(emailed_at__isnull=True, read_at__isnull=True) & ~models.Q(kind=""),
                name="notice_digest_pending",
            ),
        ]

    def __str__(self) -> str:
        return self.message
