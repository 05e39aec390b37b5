import datetime
import secrets

from django.conf import settings
from django.core.files.storage import storages
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# How long a finished export can be downloaded before its file is deleted. A week covers a member who
# reads their mail once a week (and a moderator who forwards the file to someone who cannot log in),
# while a full copy of someone's data, photos included, does not linger as a second copy of everything
# they may later ask us to erase. A new export can be asked for at any time after the daily limit.
EXPORT_LIFETIME = datetime.timedelta(days=7)
# A member may ask for one export a day: building one reads everything they ever posted, photos included.
EXPORT_REQUEST_INTERVAL = datetime.timedelta(days=1)
# An export still not built after this long is counted as failed (a worker died while building it), so
# that the member may ask again instead of waiting for ever.
EXPORT_STALE_AFTER = datetime.timedelta(hours=6)


def _private_storage():
    return storages["private"]


def export_upload_to(export: "DataExport", filename: str) -> str:
    # A random part: the name is never guessable, even by someone who knows the member's handle.
    return f"exports/{timezone.now():%Y/%m}/candid-data-{secrets.token_urlsafe(16)}.zip"


class DataExportQuerySet(models.QuerySet["DataExport"]):
    def in_progress(self) -> "DataExportQuerySet":
        return self.filter(status__in=DataExport.IN_PROGRESS)

    def requested_by_member(self) -> "DataExportQuerySet":
        """Exports members asked for themselves (not those moderators made to answer a request)."""
        return self.filter(requested_by__isnull=True)

    def for_member(self, member) -> "DataExportQuerySet":
        """A member's own exports, the ones they may see and download: never one a moderator made."""
        return self.requested_by_member().filter(member=member)

    def for_moderator(self, moderator) -> "DataExportQuerySet":
        """The exports a moderator made, the only ones they may see and download in the admin."""
        return self.filter(requested_by=moderator)

    def expired(self, *, now: datetime.datetime | None = None) -> "DataExportQuerySet":
        return self.filter(status=DataExport.Status.READY, expires_at__lte=now or timezone.now())


class DataExport(models.Model):
    """A ZIP of everything Candid holds about a member, built in the background (privacy.tasks).

    Asked for by the member on /accounts/data/ (`requested_by` empty) or by a moderator answering a data
    request from someone who cannot log in (`requested_by` is the moderator, `reason` says why). Only
    the one who asked may download it, until `expires_at`; then `export_purge_expired` deletes the file
    and the row stays as a record that the request was answered.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting to be built")
        BUILDING = "building", _("Being built")
        READY = "ready", _("Ready to download")
        FAILED = "failed", _("Failed")
        EXPIRED = "expired", _("Expired (file deleted)")

    IN_PROGRESS = (Status.PENDING, Status.BUILDING)

    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="data_exports")
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The moderator who made this export for a data request; empty when the member asked."),
    )
    reason = models.TextField(blank=True, help_text=_("Why a moderator made it (how the request was verified)."))
    status = models.CharField(max_length=10, choices=Status, default=Status.PENDING, db_index=True)
    requested_at = models.DateTimeField(default=timezone.now)
    ready_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField(null=True, blank=True, db_index=True)
    size = models.PositiveBigIntegerField(null=True, blank=True, help_text=_("Bytes."))
    file = models.FileField(storage=_private_storage, upload_to=export_upload_to, max_length=200, blank=True)

    objects = DataExportQuerySet.as_manager()

    class Meta:
        ordering = ["-requested_at", "-pk"]
        indexes = [models.Index(fields=["member", "-requested_at"], name="data_export_member_recent")]
        constraints = [
            models.UniqueConstraint(
                fields=["member"],
                condition=models.Q(status__in=["pending", "building"]),
                name="data_export_one_in_progress",
                violation_error_message=_("An export of this member's data is already being prepared."),
            ),
            models.CheckConstraint(
                condition=~models.Q(status="ready") | models.Q(ready_at__isnull=False, expires_at__isnull=False),
                name="data_export_ready_has_dates",
            ),
        ]
        permissions = [("export_member_data", "Can export a member's data to answer a data request")]

    def __str__(self) -> str:
        return f"Data export of {self.member} ({self.requested_at:%Y-%m-%d %H:%M})"

    @property
    def is_in_progress(self) -> bool:
        return self.status in self.IN_PROGRESS

    def is_downloadable(self, *, now: datetime.datetime | None = None) -> bool:
        return self.status == self.Status.READY and bool(self.file) and self.expires_at > (now or timezone.now())

    @property
    def download_filename(self) -> str:
        return f"candid-data-{self.member.handle}-{self.requested_at:%Y-%m-%d}.zip"
