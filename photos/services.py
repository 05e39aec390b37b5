"""Writes for before/after cases: posting (with consent), making derivatives, moderating, deleting.

Views, admin actions, `seed_demo` and tests all go through these functions. Files are written by
`photos.pipeline`; files of deleted images are removed from storage after the transaction commits
(see `photos.signals`), so a rolled-back transaction never loses a file that is still referenced.
"""

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.core.files.storage import storages
from django.db import transaction
from django.utils import timezone

from accounts.services import notice_create
from core.cache import content_changed
from moderation.models import ModerationLog
from moderation.services import log_action
from photos import pipeline
from photos.models import BeforeAfterPhoto, ConsentKind, ConsentRecord, ConsentTextVersion, PhotoImage
from photos.permissions import (
    check_can_attach_to_review,
    check_can_delete,
    check_can_moderate,
    check_can_upload_case,
)
from photos.tasks import case_derivatives_make
from treatments.models import Treatment


def consent_text_current(kind: str) -> ConsentTextVersion:
    """The consent wording in force for `kind` (doctor attestation or patient self-confirmation)."""
    return ConsentTextVersion.objects.current(kind)


def photo_case_create(
    *,
    uploader,
    before: pipeline.PreparedImage,
    after: pipeline.PreparedImage,
    treatments: Iterable[Treatment],
    caption: str,
    time_since_treatment: str,
    is_graphic: bool,
    consent_given: bool,
    consent_reference: str = "",
    review=None,
) -> BeforeAfterPhoto:
    """Post a case: a verified doctor's (with their attestation of the patient's written consent) or,
    with `review`, a patient's for their own review (with their own confirmation).

    Stores both stripped originals privately, records the consent, and queues the derivatives; the
    case waits for a moderator. Raises PermissionDenied or ValidationError before anything is stored.
    """
    if review is None:
        doctor = check_can_upload_case(uploader)
        kind = ConsentKind.DOCTOR_ATTESTATION
    else:
        check_can_attach_to_review(uploader, review)
        doctor = review.doctor
        kind = ConsentKind.PATIENT_SELF
    if not consent_given:
        raise ValidationError("Confirm the consent statement to post photos.", code="consent_required")
    treatments = list(treatments)
    if not treatments:
        raise ValidationError("Choose at least one treatment.", code="treatments_required")
    text_version = consent_text_current(kind)

    stored = [pipeline.original_store(before), pipeline.original_store(after)]
    try:
        with transaction.atomic():
            consent = ConsentRecord.objects.create(
                kind=kind, text_version=text_version, attested_by=uploader, reference=consent_reference.strip()
            )
            case = BeforeAfterPhoto(
                uploader=uploader,
                doctor=doctor,
                caption=caption.strip(),
                time_since_treatment=time_since_treatment,
                is_graphic=is_graphic,
                consent=consent,
                review=review,
            )
            case.full_clean(exclude=["treatments"])
            case.save()
            case.treatments.set(treatments)
            PhotoImage.objects.bulk_create(
                PhotoImage(case=case, role=role, original=image.name, width=image.width, height=image.height)
                for role, image in zip((PhotoImage.Role.BEFORE, PhotoImage.Role.AFTER), stored, strict=True)
            )
            transaction.on_commit(lambda: case_derivatives_make.enqueue(case.pk))
    except BaseException:
        # Nothing refers to the originals any more: do not leave them behind.
        pipeline.files_delete([image.name for image in stored], storage=storages["private"])
        raise
    return case


def photo_case_process(*, case_id: int) -> bool:
    """Make the derivatives of the case's unprocessed images; mark the case ready when all have them.

    Safe to run twice and safe against a case rejected or deleted meanwhile: derivatives of an image
    that no longer exists are removed again. Returns whether the case is ready.
    """
    for image in PhotoImage.objects.filter(case_id=case_id, processed_at__isnull=True).order_by("role"):
        renditions = pipeline.renditions_make(image.original.name)
        updated = PhotoImage.objects.filter(pk=image.pk, processed_at__isnull=True).update(
            renditions=renditions, processed_at=timezone.now()
        )
        if not updated:
            pipeline.files_delete(PhotoImage(renditions=renditions).public_file_names())
    images = PhotoImage.objects.filter(case_id=case_id)
    if images.exists() and not images.filter(processed_at__isnull=True).exists():
        if BeforeAfterPhoto.objects.filter(pk=case_id, ready_at__isnull=True).update(ready_at=timezone.now()):
            content_changed()  # an approved case becomes public once it is ready
        return True
    return False


@transaction.atomic
def photo_case_approve(*, moderator, case: BeforeAfterPhoto) -> BeforeAfterPhoto:
    """Publish a case. Refused without a consent record (the database refuses it too) or once rejected."""
    check_can_moderate(moderator)
    case = BeforeAfterPhoto.objects.select_for_update().get(pk=case.pk)
    if case.status == BeforeAfterPhoto.Status.APPROVED:
        return case
    if case.consent_id is None:
        raise ValidationError("This case has no consent record, so it cannot be published.", code="no_consent")
    if case.status == BeforeAfterPhoto.Status.REJECTED:
        raise ValidationError("A rejected case has no files any more; it cannot be approved.", code="rejected")
    before = {"status": case.status}
    case.status = BeforeAfterPhoto.Status.APPROVED
    case.status_reason = ""
    case.moderated_at = timezone.now()
    case.moderated_by = moderator
    case.save(update_fields=["status", "status_reason", "moderated_at", "moderated_by"])
    log_action(
        actor=moderator,
        action=ModerationLog.Action.PHOTO_APPROVE,
        target=case,
        before=before,
        after={"status": case.status, "is_graphic": case.is_graphic},
    )
    content_changed()
    notice_create(
        user=case.uploader,
        message="Your before/after case was approved and is now public.",
        url=case.get_absolute_url(),
    )
    return case


@transaction.atomic
def photo_case_reject(*, moderator, case: BeforeAfterPhoto, reason: str) -> BeforeAfterPhoto:
    """Reject a case with a reason: its image files are removed from storage; the case row, its
    consent record and the moderation log entry stay."""
    check_can_moderate(moderator)
    reason = reason.strip()
    if not reason:
        raise ValidationError("Say why the case is rejected.", code="reason_required")
    case = BeforeAfterPhoto.objects.select_for_update().get(pk=case.pk)
    if case.status == BeforeAfterPhoto.Status.REJECTED:
        return case
    before = {"status": case.status}
    case.status = BeforeAfterPhoto.Status.REJECTED
    case.status_reason = reason[:500]
    case.moderated_at = timezone.now()
    case.moderated_by = moderator
    case.ready_at = None
    case.save(update_fields=["status", "status_reason", "moderated_at", "moderated_by", "ready_at"])
    # Deleting the rows schedules their files' removal for after the commit (photos.signals).
    PhotoImage.objects.filter(case=case).delete()
    log_action(
        actor=moderator,
        action=ModerationLog.Action.PHOTO_REJECT,
        target=case,
        reason=reason,
        before=before,
        after={"status": case.status, "files_removed": True},
    )
    content_changed()
    notice_create(
        user=case.uploader,
        message=f"Your before/after case was not published: {reason}"[:300],
        url=case.get_absolute_url(),
    )
    return case


@transaction.atomic
def photo_case_moderator_edit(*, actor, case: BeforeAfterPhoto, before: dict) -> None:
    """Record a moderator's edit of someone else's case (caption, time, graphic flag) made in the admin.

    `before` holds the changed fields' previous values; the case is already saved.
    """
    check_can_moderate(actor)
    if not before:
        return
    log_action(
        actor=actor,
        action=ModerationLog.Action.EDIT,
        target=case,
        before=before,
        after={field: getattr(case, field) for field in before},
    )
    content_changed()


@transaction.atomic
def photo_case_delete(*, actor, case: BeforeAfterPhoto, reason: str = "") -> None:
    """Delete a case and (after the commit) its files. The consent record and the log entry stay."""
    check_can_delete(actor)
    log_action(
        actor=actor,
        action=ModerationLog.Action.DELETE,
        target=case,
        reason=reason,
        before={"status": case.status, "consent_id": case.consent_id},
    )
    case.delete()
    content_changed()
