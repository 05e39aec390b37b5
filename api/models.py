"""Personal API tokens and the origins a doctor lets frame their reviews widget."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ApiTokenQuerySet(models.QuerySet["ApiToken"]):
    def active(self) -> "ApiTokenQuerySet":
        return self.filter(revoked_at__isnull=True)

    def owned_by(self, user) -> "ApiTokenQuerySet":
        """The member's own tokens: every lookup on the token page starts here."""
        return self.filter(user=user)


class ApiToken(models.Model):
    """A member's personal token for the API. Only a SHA-256 hash of the secret is stored: the secret is
    shown once, when the token is made (`api.services.api_token_create`), and can never be shown again.

    The secret is 256 random bits, so a fast hash is enough: there is nothing to guess from it.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(max_length=60, help_text=_("What the token is for, so you know which to revoke."))
    prefix = models.CharField(max_length=16, help_text=_("The secret's first characters, to recognise it."))
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    can_post_answers = models.BooleanField(
        default=False, help_text=_("Doctors only: the token may publish answers under the doctor's name.")
    )
    created_at = models.DateTimeField(default=timezone.now)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    objects = ApiTokenQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["user", "-created_at"], name="api_token_user_recent")]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None


def origin_validate(value: str) -> str:
    """`value` as a web origin (scheme://host[:port], nothing else), lower-cased; ValidationError otherwise.

    https only, except http for localhost (a doctor trying the widget on their own machine). No path,
    query, fragment, user name, wildcard or CSP keyword: the value goes into a `frame-ancestors` header
    as it is.
    """
    text = (value or "").strip().rstrip("/").lower()
    bad = ValidationError(
        _(
            "Enter your website's origin: https:// and the host name, like https://www.example-clinic.com "
            "(no path, no wildcard)."
        )
    )
    if not text or any(char.isspace() or char in "*;,'\"\\" for char in text) or len(text) > 200:
        raise bad
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        raise bad from None
    host = parts.hostname or ""
    local = host in ("localhost", "127.0.0.1")
    if parts.scheme not in ("https", "http") or (parts.scheme == "http" and not local):
        raise bad
    if not host or parts.path or parts.query or parts.fragment or parts.username or parts.password:
        raise bad
    if not local and ("." not in host or host.startswith(".") or host.endswith(".")):
        raise bad
    allowed = set("abcdefghijklmnopqrstuvwxyz0123456789.-:[]")
    if not set(host) <= allowed:
        raise bad
    return f"{parts.scheme}://{host}" + (f":{port}" if port else "")


class WidgetOrigin(models.Model):
    """A website that may show the doctor's reviews widget in a frame (its CSP `frame-ancestors`)."""

    MAX_PER_DOCTOR = 10

    doctor = models.ForeignKey("doctors.DoctorProfile", on_delete=models.CASCADE, related_name="widget_origins")
    origin = models.CharField(max_length=200, validators=[origin_validate])
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["origin"]
        constraints = [
            models.UniqueConstraint(fields=["doctor", "origin"], name="widget_origin_once"),
            models.CheckConstraint(
                condition=Q(origin__startswith="https://") | Q(origin__startswith="http://"),
                name="widget_origin_is_web",
            ),
        ]

    def __str__(self) -> str:
        return self.origin
