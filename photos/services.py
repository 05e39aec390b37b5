"""Writes for before/after cases: posting (with consent), making derivatives, moderating, deleting.

Views, admin actions, `seed_demo` and tests all go through these functions. Files are written by
`imaging.pipeline`; files of deleted images are removed from storage after the transaction commits
(see `photos.signals`), so a rolled-back transaction never loses a file that is still referenced.

Hide, never delete: a case that was published is hidden and restored (moderation.services), never
rejected or deleted; only cases nobody but the uploader and the moderators has seen lose their files.

Every write a member or moderator asks for checks its rule itself (photos.permissions), whoever calls it:

- `photo_case_create`: `check_can_upload_case` ("photos.upload_case") for a doctor's case, or
  `check_can_attach_to_review` ("photos.attach_to_review") for a patient's case on their review.
- `photo_case_approve`, `photo_case_reject`, `photo_case_moderator_edit`: `check_can_moderate`
  ("photos.moderate").
- `photo_case_delete`: `check_can_delete` ("photos.delete").
- `photo_case_process`, `photo_case_files_sync`, `photo_cases_files_sync`: the derivatives task and the
  visibility signal, no member's request.
- `photo_case_withdraw`: its uploader only, checked here.
- `photo_case_withdraw_on_request`: `check_can_moderate`, for a patient's request about a doctor's case.
- `photo_cases_for_leaving_member`: on `accounts.signals.member_leaving`, after accounts checked who closes.
- `photo_cases_withdraw_for_review`: on `reviews.signals.review_deleting`, after reviews checked the
  deletion.
"""

import logging
from collections.abc import Iterable
from functools import partial

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files import File
from django.core.files.storage import Storage, storages
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Case, F, Value, When
from django.db.models.functions import Coalesce
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.module_loading import import_string
from django.utils.translation import get_language, gettext

from accounts.services import notice_create
from imaging import pipeline
from moderation.models import ModerationLog
from moderation.services import content_hide, log_action
from pagecache.topics import changed
from photos.models import (
    BeforeAfterPhoto,
    ConsentKind,
    ConsentRecord,
    ConsentTextVersion,
    ConsentWithdrawal,
    PhotoImage,
)
from photos.permissions import (
    check_can_attach_to_review,
    check_can_delete,
    check_can_moderate,
    check_can_upload_case,
)
from treatments.models import Treatment

logger = logging.getLogger(__name__)

RENDITION_KEYS = ("webp", "jpeg", "blurred_webp", "blurred_jpeg")
PUBLIC_FOLDER = "photos"
WITHHELD_FOLDER = "photos/withheld"
# The task that makes a case's derivatives, enqueued by name: photos.tasks calls these services, so
# importing it here would make the two modules import each other.
DERIVATIVES_TASK = "photos.tasks.case_derivatives_make"


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
        raise ValidationError(gettext("Confirm the consent statement to post photos."), code="consent_required")
    treatments = list(treatments)
    if not treatments:
        raise ValidationError(gettext("Choose at least one treatment."), code="treatments_required")
    text_version = consent_text_current(kind)

    stored = [pipeline.original_store(before), pipeline.original_store(after)]
    try:
        with transaction.atomic():
            consent = ConsentRecord.objects.create(
                kind=kind,
                text_version=text_version,
                language=get_language() or settings.LANGUAGE_CODE,  # the wording they saw (ConsentTextVersion.text_in)
                attested_by=uploader,
                reference=consent_reference.strip(),
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
            transaction.on_commit(lambda: import_string(DERIVATIVES_TASK).enqueue(case.pk))
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
    # Derivatives of a case hidden while they were being made go straight to the private storage.
    if BeforeAfterPhoto.objects.filter(pk=case_id).exists():
        photo_case_files_sync(case_id=case_id)
    images = PhotoImage.objects.filter(case_id=case_id)
    if images.exists() and not images.filter(processed_at__isnull=True).exists():
        if BeforeAfterPhoto.objects.filter(pk=case_id, ready_at__isnull=True).update(ready_at=timezone.now()):
            # update(), so that only one run marks it; an approved case becomes public once it is ready.
            changed(BeforeAfterPhoto.objects.get(pk=case_id))
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
        raise ValidationError(gettext("This case has no consent record, so it cannot be published."), code="no_consent")
    if case.status == BeforeAfterPhoto.Status.REJECTED:
        raise ValidationError(gettext("A rejected case has no files any more; it cannot be approved."), code="rejected")
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
    with _in_language_of(case.uploader):
        message = gettext("Your before/after case was approved and is now public.")
    notice_create(user=case.uploader, message=message, url=case.get_absolute_url())
    return case


def _derivatives_move(image: PhotoImage, *, source: Storage, target: Storage, folder: str) -> list[str]:
    """Copy every derivative of `image` from `source` to `target` under new random names and point
    `image.renditions` at the copies (not saved). Returns the old names, for the caller to delete from
    `source` once the new names are committed; if a copy fails, the copies already made are removed."""
    old_names, written, renditions = [], [], []
    try:
        for rendition in image.renditions:
            moved = dict(rendition)
            for key in RENDITION_KEYS:
                if name := rendition.get(key):
                    with source.open(name, "rb") as handle:
                        moved[key] = target.save(pipeline.random_name(folder, name.rsplit(".", 1)[-1]), File(handle))
                    written.append(moved[key])
                    old_names.append(name)
            renditions.append(moved)
    except BaseException:
        pipeline.files_delete(written, storage=target)
        raise
    image.renditions = renditions
    return old_names


@transaction.atomic
def photo_case_files_sync(*, case_id: int) -> int:
    """Put a case's derivatives where its visibility says: on the public storage while the case may be
    shown (`BeforeAfterPhoto.files_public`), on the private storage while it or its review is hidden.
    Called on `moderation.signals.visibility_changed` inside the hide/restore transaction, and after derivatives are
    made. Returns how many images moved.

    Hiding *moves* the files out of the public storage (local directory or bucket) rather than renaming
    them inside it: nothing is left at any public name, whoever kept a link, and the private bucket is
    never readable without a signed URL. Restoring copies them back under *new* random names, which
    is what makes this work behind a CDN: an edge that cached a 404/403 for an old URL while the case
    was hidden can never serve that answer for the restored case, and an old link that someone saved
    stays dead. What a CDN already holds for the old names is beyond the origin's reach until its
    Cache-Control lifetime runs out, so the withdrawn names are logged (logger `photos.services`) for
    a purge by URL. Copies are written before the commit and the old names removed after it, so a
    failed copy changes nothing; a rolled-back transaction can leave unreferenced copies behind, never
    a referenced name without its file.
    """
    case = BeforeAfterPhoto.objects.select_related("review", "consent").get(pk=case_id)
    public = case.files_public
    misplaced = PhotoImage.objects.select_for_update().filter(
        case_id=case_id, withheld=public, processed_at__isnull=False
    )
    moved = 0
    for image in misplaced:
        if public:
            source, target, folder = storages["private"], storages["default"], PUBLIC_FOLDER
        else:
            source, target, folder = storages["default"], storages["private"], WITHHELD_FOLDER
        old_names = _derivatives_move(image, source=source, target=target, folder=folder)
        image.withheld = not public
        image.save(update_fields=["renditions", "withheld"])
        if not public:
            logger.info("Derivatives of hidden case %s withdrawn from public storage: %s", case_id, old_names)
        transaction.on_commit(partial(pipeline.files_delete, old_names, storage=source))
        moved += 1
    return moved


def photo_cases_files_sync(*, review) -> None:
    """A review was hidden or restored: its cases' derivatives follow (on moderation.signals.visibility_changed)."""
    for case_id in BeforeAfterPhoto.objects.filter(review=review).values_list("pk", flat=True):
        photo_case_files_sync(case_id=case_id)


CASE_WITHDRAWN_REASON = "Withdrawn by the person who posted it."
CASE_WITHDRAWN_ON_REQUEST_REASON = "Consent withdrawn: removed at the patient's request."
CASE_POSTER_LEFT_REASON = "Its poster closed their account: the photos are deleted."


def _case_erase(*, case: BeforeAfterPhoto, actor, reason: str, withdrawal: str) -> BeforeAfterPhoto:
    """Withdraw consent for `case` (locked by the caller): every image row goes, and with it (after the
    commit, photos.signals) the original and every derivative, on the public and the private storage,
    local or S3. The case row stays, hidden or rejected, without caption, as the subject of its log
    entries; the consent record keeps the audit minimum and the withdrawal date."""
    PhotoImage.objects.filter(case=case).delete()
    BeforeAfterPhoto.objects.filter(pk=case.pk).update(caption="", ready_at=None)
    case.caption, case.ready_at = "", None
    if case.status == BeforeAfterPhoto.Status.APPROVED:
        if case.is_hidden:
            BeforeAfterPhoto.objects.filter(pk=case.pk).update(hidden_reason=reason[:300])
            changed(case)
        else:
            content_hide(actor=actor, target=case, reason=reason)
    elif case.status == BeforeAfterPhoto.Status.PENDING:
        # Never published: it leaves the moderators' queue as a rejection with the withdrawal as reason.
        BeforeAfterPhoto.objects.filter(pk=case.pk).update(
            status=BeforeAfterPhoto.Status.REJECTED, status_reason=reason[:500], moderated_at=timezone.now()
        )
        case.status = BeforeAfterPhoto.Status.REJECTED
    if case.consent_id:
        ConsentRecord.objects.filter(pk=case.consent_id, withdrawn_at__isnull=True).update(
            withdrawn_at=timezone.now(), withdrawal=withdrawal
        )
    return case


@transaction.atomic
def photo_case_withdraw(*, case: BeforeAfterPhoto, user) -> BeforeAfterPhoto:
    """The person who posted a case withdraws it (and their consent), in any state: its photos are
    deleted from every storage at once (`_case_erase`), the case is hidden (kept with its consent
    record, marked withdrawn, and logged), and no public page shows it any more. Raises
    PermissionDenied for anyone else.
    """
    locked = BeforeAfterPhoto.objects.select_for_update().get(pk=case.pk)
    if not user.is_authenticated or locked.uploader_id != user.pk:
        raise PermissionDenied(gettext("You can only withdraw photos you posted."))
    _case_erase(case=locked, actor=user, reason=CASE_WITHDRAWN_REASON, withdrawal=ConsentWithdrawal.BY_POSTER)
    case.hidden_at, case.hidden_reason = locked.hidden_at, locked.hidden_reason
    return locked


def _in_language_of(user) -> translation.override:
    """What a member is told (notices, e-mails) is in the language they chose, whoever's request sends it."""
    return translation.override(getattr(user, "language", "") or settings.LANGUAGE_CODE)


def _doctor_tell_withdrawn(*, case_id: int, address: str, display_name: str, language: str = "") -> None:
    with translation.override(language or settings.LANGUAGE_CODE):
        subject = gettext("%(site)s: a patient withdrew consent for case %(case_id)s") % {
            "site": settings.SITE_NAME,
            "case_id": case_id,
        }
        body = render_to_string(
            "photos/email/consent_withdrawn.txt",
            {"SITE_NAME": settings.SITE_NAME, "case_id": case_id, "doctor_name": display_name},
        )
    send_mail(subject, body, None, [address])


@transaction.atomic
def photo_case_withdraw_on_request(*, moderator, case: BeforeAfterPhoto, note: str = "") -> BeforeAfterPhoto:
    """A patient whose case a doctor posted (doctor attestation: the case names no patient account, so
    they cannot withdraw it themselves) asked to withdraw their consent, and a moderator completes it:
    the photos are deleted from every storage, the consent record is marked withdrawn, the decision is
    logged, and the doctor who posted it is told (a notice, and an e-mail after the commit).
    `check_can_moderate` decides for the moderator."""
    check_can_moderate(moderator)
    locked = BeforeAfterPhoto.objects.select_for_update().select_related("uploader").get(pk=case.pk)
    if locked.consent_id and ConsentRecord.objects.filter(pk=locked.consent_id, withdrawn_at__isnull=False).exists():
        return locked
    reason = CASE_WITHDRAWN_ON_REQUEST_REASON + (f" {note.strip()}" if note.strip() else "")
    _case_erase(case=locked, actor=moderator, reason=reason, withdrawal=ConsentWithdrawal.ON_REQUEST)
    log_action(
        actor=moderator,
        action=ModerationLog.Action.DELETE,
        target=locked,
        reason=reason,
        after={"files_removed": True, "consent": "withdrawn"},
    )
    doctor = getattr(locked.uploader, "doctor_profile", None)
    if doctor is not None and locked.uploader.is_active:
        with _in_language_of(locked.uploader):
            message = gettext(
                "A patient withdrew their consent for before/after case %(case_id)s: its photos are deleted."
            ) % {"case_id": locked.pk}
        notice_create(user=locked.uploader, message=message, url=reverse("photos:mine"))
        transaction.on_commit(
            partial(
                _doctor_tell_withdrawn,
                case_id=locked.pk,
                address=locked.uploader.email,
                display_name=doctor.display_name,
                language=locked.uploader.language,
            )
        )
    return locked


@transaction.atomic
def photo_cases_for_leaving_member(*, member, actor) -> int:
    """A member closes their account (accounts.signals.member_leaving): whatever they chose for their
    posts, every case they posted loses its photos in every storage, and its consent record loses who
    gave it and the practice's reference (the audit keeps kind, version, dates and the withdrawal).
    Returns how many cases."""
    cases = list(BeforeAfterPhoto.objects.select_for_update().filter(uploader=member).order_by("pk"))
    for case in cases:
        _case_erase(case=case, actor=actor, reason=CASE_POSTER_LEFT_REASON, withdrawal=ConsentWithdrawal.ACCOUNT_CLOSED)
    ConsentRecord.objects.filter(attested_by=member).update(
        attested_by=None,
        reference="",
        withdrawn_at=Coalesce("withdrawn_at", Value(timezone.now())),
        withdrawal=Case(When(withdrawal="", then=Value(ConsentWithdrawal.ACCOUNT_CLOSED)), default=F("withdrawal")),
    )
    return len(cases)


@transaction.atomic
def photo_cases_withdraw_for_review(*, review, actor) -> int:
    """Before a review is deleted: its cases are hidden (their files leave the public storage), kept
    with their consent record and audit trail, and detached from the review. Returns how many.

    A patient's case is shown only with its review, so these cannot be restored on their own.
    """
    cases = list(BeforeAfterPhoto.objects.select_for_update().filter(review=review).order_by("pk"))
    for case in cases:
        BeforeAfterPhoto.objects.filter(pk=case.pk).update(review=None)
        case.review = None
        if case.is_hidden:
            photo_case_files_sync(case_id=case.pk)
        else:
            content_hide(
                actor=actor,
                target=case,
                reason=f"Withdrawn with the review “{review.title[:80]}”, deleted by its author."[:300],
            )
    return len(cases)


@transaction.atomic
def photo_case_reject(*, moderator, case: BeforeAfterPhoto, reason: str) -> BeforeAfterPhoto:
    """Reject a case that was never published, with a reason: its image files are removed from storage;
    the case row, its consent record and the moderation log entry stay. A published case is refused:
    moderators hide it instead, which can be undone."""
    check_can_moderate(moderator)
    reason = reason.strip()
    if not reason:
        raise ValidationError(gettext("Say why the case is rejected."), code="reason_required")
    case = BeforeAfterPhoto.objects.select_for_update().get(pk=case.pk)
    if case.status == BeforeAfterPhoto.Status.REJECTED:
        return case
    if case.status == BeforeAfterPhoto.Status.APPROVED:
        raise ValidationError(
            gettext(
                "This case is published, so it is not rejected (that would delete its photos): hide it instead; "
                "it can be restored later."
            ),
            code="published",
        )
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
    with _in_language_of(case.uploader):
        message = gettext("Your before/after case was not published: %(reason)s") % {"reason": reason}
    notice_create(user=case.uploader, message=message[:300], url=case.get_absolute_url())
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


@transaction.atomic
def photo_case_delete(*, actor, case: BeforeAfterPhoto, reason: str = "") -> None:
    """Delete a case that was never published, and (after the commit) its files. The consent record and
    the log entry stay. A published case is refused (hide it): the audit trail refers to it."""
    check_can_delete(actor)
    case = BeforeAfterPhoto.objects.select_for_update().get(pk=case.pk)
    if case.status == BeforeAfterPhoto.Status.APPROVED:
        raise ValidationError(BeforeAfterPhoto.NEVER_DELETED, code="published")
    log_action(
        actor=actor,
        action=ModerationLog.Action.DELETE,
        target=case,
        reason=reason,
        before={"status": case.status, "consent_id": case.consent_id},
    )
    case.delete()
