"""Data exports: asking for one, building it, telling the member, and deleting it once expired.

- `data_export_request`: the member, on /accounts/data/ (at most one in progress, one a day).
- `data_export_request_for_member`: a moderator answering a data request from someone who cannot log
  in (`check_can_export_member_data`), logged in the moderation log with the reason.
- `data_export_build`: the background task (privacy.tasks) builds the ZIP into the private storage.
- `data_exports_purge_expired`: `manage.py purge_expired_exports` (run it hourly, see docs/deploy.md).
"""

import datetime
import logging
import tempfile
from functools import partial

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files import File
from django.core.files.storage import storages
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import dateformat, timezone, translation
from django.utils.module_loading import import_string
from django.utils.translation import gettext

from accounts.models import User
from accounts.services import notice_create
from core.i18n import path_without_language
from moderation.models import ModerationLog
from moderation.services import log_action
from privacy.archive import write_export
from privacy.models import EXPORT_LIFETIME, EXPORT_REQUEST_INTERVAL, EXPORT_STALE_AFTER, DataExport, export_upload_to
from privacy.permissions import check_can_export_member_data

logger = logging.getLogger(__name__)

# Enqueued by name: privacy.tasks calls these services, so importing it here would make a loop.
BUILD_TASK = "privacy.tasks.data_export_build_task"


class ExportRefused(ValidationError):
    """The export can't be asked for now; the message says why and when it can."""


def _enqueue_build(export: DataExport) -> None:
    transaction.on_commit(partial(import_string(BUILD_TASK).enqueue, export.pk))


def _create(*, member: User, requested_by: User | None, reason: str) -> DataExport:
    try:
        with transaction.atomic():
            export = DataExport.objects.create(member=member, requested_by=requested_by, reason=reason)
    except IntegrityError as clash:  # two clicks at once: the partial unique constraint decides
        raise ExportRefused(gettext("An export of this data is already being prepared.")) from clash
    return export


def data_export_next_allowed_at(*, member: User, now=None) -> datetime.datetime | None:
    """When the member may ask for their next export, or None if they may now (one a day; a failed
    export does not count)."""
    now = now or timezone.now()
    latest = DataExport.objects.for_member(member).exclude(status=DataExport.Status.FAILED).first()
    if latest is None or latest.requested_at <= now - EXPORT_REQUEST_INTERVAL:
        return None
    return latest.requested_at + EXPORT_REQUEST_INTERVAL


def data_export_request(*, member: User, now=None) -> DataExport:
    """The member asks for an export of their own data. Refused (ExportRefused, with a message to
    show) while one is in progress or within a day of their last request."""
    now = now or timezone.now()
    with transaction.atomic():
        # One member's requests one after the other: the row lock on the member serialises double clicks.
        User.objects.select_for_update().filter(pk=member.pk).first()
        if DataExport.objects.filter(member=member).in_progress().exists():
            raise ExportRefused(gettext("Your export is already being prepared. We'll e-mail you when it is ready."))
        next_at = data_export_next_allowed_at(member=member, now=now)
        if next_at is not None:
            when = dateformat.format(timezone.localtime(next_at), gettext("M j, H:i T"))
            raise ExportRefused(
                gettext("You can ask for one export a day: you can ask for a new one after %(when)s.") % {"when": when}
            )
        export = _create(member=member, requested_by=None, reason="")
        _enqueue_build(export)
    return export


def data_export_request_for_member(*, moderator: User, member: User, reason: str) -> DataExport:
    """A moderator exports a member's data to answer a request from someone who cannot log in.

    The file is for that moderator only (downloaded from the admin); the member is not told by the
    site, since the request may not have come through their account. Logged with the reason.
    """
    check_can_export_member_data(moderator, member)
    if not reason.strip():
        raise ExportRefused(
            gettext("Say why you export this member's data (who asked, and how you checked it was them).")
        )
    with transaction.atomic():
        if DataExport.objects.filter(member=member).in_progress().exists():
            raise ExportRefused(
                gettext("An export of %(handle)s's data is already being prepared.") % {"handle": member.handle}
            )
        export = _create(member=member, requested_by=moderator, reason=reason.strip())
        log_action(
            actor=moderator,
            action=ModerationLog.Action.DATA_EXPORT,
            target=member,
            reason=reason.strip(),
            after={"data_export": export.pk},
        )
        _enqueue_build(export)
    return export


def data_export_build(*, export_id: int) -> DataExport | None:
    """Build the ZIP of an export into the private storage, then tell whoever asked.

    Streams: the ZIP is written to a temporary file on disk (images copied in chunks), which the
    storage then uploads; nothing holds the whole archive in memory.
    """
    with transaction.atomic():
        export = DataExport.objects.select_for_update().select_related("member").filter(pk=export_id).first()
        if export is None or export.status != DataExport.Status.PENDING:
            return export  # built already, or the request is gone
        export.status = DataExport.Status.BUILDING
        export.save(update_fields=["status"])
    try:
        # The README and the files' notes in the member's language (User.language; blank: the site's default).
        with tempfile.TemporaryFile(suffix=".zip") as archive, translation.override(_language_of(export.member)):
            write_export(archive, export.member)
            size = archive.tell()
            archive.seek(0)
            # The storage by alias, as imaging.pipeline does: a model field keeps the one it was first given.
            export.file.name = storages["private"].save(export_upload_to(export, "export.zip"), File(archive))
    except Exception:
        logger.exception("Data export %s failed", export_id)
        DataExport.objects.filter(pk=export_id).update(status=DataExport.Status.FAILED)
        raise
    now = timezone.now()
    export.status = DataExport.Status.READY
    export.size = size
    export.ready_at = now
    export.expires_at = now + EXPORT_LIFETIME
    with transaction.atomic():
        export.save(update_fields=["status", "size", "ready_at", "expires_at", "file"])
        if export.requested_by_id is None:
            _tell_member(export)
    return export


def _language_of(member: User) -> str:
    return member.language or settings.LANGUAGE_CODE


def _tell_member(export: DataExport) -> None:
    """An on-site notice and an e-mail (after commit) with the link to the download page, in the
    member's language (User.language): its texts, and the link under that language's prefix."""
    with translation.override(_language_of(export.member)):
        _tell_member_in_language(export)


def _tell_member_in_language(export: DataExport) -> None:
    member = export.member
    page = reverse("privacy:data")
    expires = timezone.localtime(export.expires_at)
    notice_create(
        user=member,
        message=gettext("Your data export is ready: download it before %(date)s.")
        % {"date": dateformat.format(expires, gettext("M j, Y"))},
        url=path_without_language(page),  # the page in whichever language the member reads later
    )
    context = {
        "SITE_NAME": settings.SITE_NAME,
        "member": member,
        "export": export,
        "expires_at": expires,
        "page_url": f"{settings.SITE_URL.rstrip('/')}{page}",
    }
    message = EmailMultiAlternatives(
        subject=gettext("%(site)s: your data export is ready") % {"site": settings.SITE_NAME},
        body=render_to_string("privacy/email/export_ready.txt", context),
        to=[member.email],
    )
    message.attach_alternative(render_to_string("privacy/email/export_ready.html", context), "text/html")
    transaction.on_commit(message.send)


def data_exports_purge_expired(*, now=None) -> int:
    """Delete the files of expired exports (the rows stay, marked expired, as a record of the request),
    and count exports stuck in progress for hours as failed so their members may ask again.
    Returns the number of files deleted."""
    now = now or timezone.now()
    DataExport.objects.in_progress().filter(requested_at__lt=now - EXPORT_STALE_AFTER).update(
        status=DataExport.Status.FAILED
    )
    deleted = 0
    for export in DataExport.objects.expired(now=now).iterator():
        with transaction.atomic():
            locked = DataExport.objects.select_for_update().filter(pk=export.pk).expired(now=now).first()
            if locked is None:
                continue
            if locked.file:
                storages["private"].delete(locked.file.name)
                deleted += 1
            locked.file = ""
            locked.status = DataExport.Status.EXPIRED
            locked.save(update_fields=["file", "status"])
    return deleted


def data_exports_erase_for_leaving_member(*, member: User, **kwargs) -> int:
    """A member closes their account (accounts.signals.member_leaving): every export of their data, theirs
    or a moderator's, is a full copy of it, so its file is deleted now (after the commit, so a rollback
    never leaves a row naming a missing file) and the row stays, marked expired, as the record of the
    request. Returns the number of files deleted."""
    deleted = 0
    for export in DataExport.objects.select_for_update().filter(member=member):
        if export.file:
            name = export.file.name
            transaction.on_commit(lambda name=name: storages["private"].delete(name))
            deleted += 1
        export.file = ""
        export.status = DataExport.Status.EXPIRED if export.status == DataExport.Status.READY else export.status
        if export.is_in_progress:
            export.status = DataExport.Status.FAILED  # a build still queued finds nothing to do
        export.save(update_fields=["file", "status"])
    return deleted
