"""Follows, e-mail preferences and the record of digests sent.

A follow is keyed by the page-cache topic the followed page already depends on ("question:12",
"treatment:5", "doctor:3"; pagecache/README.md): the content apps name that string when they publish,
so telling followers needs no foreign key into them, and this app sits below them (docs/architecture.md).
"""

import re

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# The kinds of page a member may follow, and the topic each is keyed by.
TOPIC_PATTERN = re.compile(r"\A(question|treatment|doctor):([1-9][0-9]{0,17})\Z")


class Follow(models.Model):
    """A member follows one page: they are told (notices, digests) when something new appears on it."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="follows")
    topic = models.CharField(max_length=40)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "topic"], name="follow_once"),
            models.CheckConstraint(
                condition=models.Q(topic__regex=r"^(question|treatment|doctor):[1-9][0-9]{0,17}$"),
                name="follow_topic_shape",
            ),
        ]
        # Who follows a topic: read on every fan-out.
        indexes = [models.Index(fields=["topic", "user"], name="follow_topic_user")]

    def __str__(self) -> str:
        return f"{self.user_id} follows {self.topic}"

    @property
    def kind(self) -> str:
        return self.topic.partition(":")[0]

    @property
    def object_id(self) -> int:
        return int(self.topic.partition(":")[2])


class EmailPreference(models.Model):
    """How a member wants to hear by e-mail. No row means the defaults below."""

    class Digest(models.TextChoices):
        NONE = "none", _("No digest")
        DAILY = "daily", _("A daily digest")
        WEEKLY = "weekly", _("A weekly digest")

    DEFAULT_IMMEDIATE = True
    DEFAULT_DIGEST = Digest.WEEKLY

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, primary_key=True, related_name="email_preference"
    )
    immediate = models.BooleanField(
        _("e-mail me at once about direct events"),
        default=DEFAULT_IMMEDIATE,
        help_text=_("A doctor answers your question, or replies to your follow-up."),
    )
    digest = models.CharField(
        _("for everything else I follow"),
        max_length=8,
        choices=Digest,
        default=DEFAULT_DIGEST,
        db_index=True,
    )
    updated_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"{self.user_id}: immediate={self.immediate}, digest={self.digest}"


class DigestSent(models.Model):
    """One digest e-mail per member and period: claimed before sending, so a rerun sends nothing twice."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    # "day:2026-12-01" or "week:2026-W49".
    period = models.CharField(max_length=16)
    sent_at = models.DateTimeField(default=timezone.now)
    notice_count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "period"], name="digest_once_per_period")]
        indexes = [models.Index(fields=["period"], name="digest_period")]

    def __str__(self) -> str:
        return f"{self.period} to {self.user_id}"
