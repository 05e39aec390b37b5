"""Doctor writes: applications and the moderator decisions that verify, reject, suspend or reinstate.

Every decision, in one transaction: moves the profile's status, writes one VerificationDecision (the
evidence record) and one ModerationLog entry (the audit trail), leaves an on-site notice, and after
commit e-mails the doctor through the task runner. Views, admin actions and tests all call these.

Each checks its rule itself (doctors.permissions), whoever calls it:

- `doctor_apply`: `check_can_apply` ("doctors.apply") for the applicant.
- `doctor_profile_update`: `check_can_edit_profile` ("doctors.edit_profile") for the doctor's account.
- `doctor_verify`, `doctor_reject`, `doctor_suspend`, `doctor_reinstate`: `check_can_decide`
  ("doctors.decide") for the moderator.
"""

import uuid
from collections.abc import Mapping
from functools import partial
from pathlib import PurePath
from typing import Any

from django.core.exceptions import ValidationError
from django.core.files import File
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from accounts.services import identity_redact, notice_create
from doctors import tasks
from doctors.models import DoctorProfile, VerificationDecision
from doctors.permissions import check_can_apply, check_can_decide, check_can_edit_profile
from moderation.models import ModerationLog
from moderation.services import log_action, member_content_remove

Status = DoctorProfile.Status
Decision = VerificationDecision.Decision

# What an applicant fills in. Status, verification and counters are never taken from a form.
APPLICATION_FIELDS = (
    "full_name",
    "credential",
    "specialty",
    "licence_number",
    "licence_region",
    "board_certifications",
    "practice_name",
    "address",
    "city",
    "region",
    "country",
    "website",
    "bio",
)
# What a verified doctor may change without a new verification.
PUBLIC_PROFILE_FIELDS = ("practice_name", "address", "city", "region", "country", "website", "bio")

# Path segments under /doctors/ that a profile slug must never shadow.
RESERVED_SLUGS = {"apply", "dashboard", "profile", "licence", "edit", "new", "search"}


def _unique_slug(full_name: str, *, exclude_pk: int | None = None) -> str:
    base = (slugify(full_name)[:70] or "doctor").strip("-") or "doctor"
    taken = set(
        DoctorProfile.objects.filter(slug__startswith=base).exclude(pk=exclude_pk).values_list("slug", flat=True)
    )
    taken |= RESERVED_SLUGS
    if base not in taken:
        return base
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"


def doctor_apply(
    *,
    user,
    details: Mapping[str, Any],
    licence_document: UploadedFile | None = None,
    headshot: UploadedFile | None = None,
) -> DoctorProfile:
    """Submit a doctor application for `user`; it waits as `pending` for a moderator.

    A first application needs a licence document. A pending applicant may correct the application;
    a rejected one may apply again (the profile goes back to pending and keeps its decision history,
    and the earlier licence document stays on file unless a new one is uploaded). Verified and
    suspended doctors have nothing to apply for.
    """
    unknown = set(details) - set(APPLICATION_FIELDS)
    if unknown:
        raise ValueError(f"Not application fields: {sorted(unknown)}")
    with transaction.atomic():
        check_can_apply(user)
        profile = DoctorProfile.objects.select_for_update().filter(user=user).first()
        if profile is not None and profile.status not in (Status.PENDING, Status.REJECTED):
            raise ValidationError(_("You already have a verified doctor profile."))
        if profile is None:
            if not licence_document:
                raise ValidationError({"licence_document": _("Upload your licence so a moderator can check it.")})
            profile = DoctorProfile(user=user)
        name_changed = profile.full_name != details.get("full_name", profile.full_name)
        for field in APPLICATION_FIELDS:
            if field in details:
                setattr(profile, field, details[field])
        if profile.pk is None or name_changed:
            # Never public before verification, so the slug may still follow the name.
            profile.slug = _unique_slug(profile.full_name, exclude_pk=profile.pk)
        if licence_document:
            profile.licence_document = licence_document
        if headshot:
            profile.headshot = headshot
        profile.status = Status.PENDING
        profile.status_reason = ""
        profile.verified_at = None
        profile.verified_by = None
        profile.submitted_at = timezone.now()
        profile.full_clean(exclude=["user", "licence_document", "headshot", "slug"])
        try:
            with transaction.atomic():
                profile.save()
        except IntegrityError:
            # Two applications with the same name at once: the other took the slug first.
            profile.slug = _unique_slug(f"{profile.full_name}-{user.pk}", exclude_pk=profile.pk)
            profile.save()
        transaction.on_commit(partial(tasks.send_application_received.enqueue, profile.pk))
    return profile


def doctor_profile_update(*, doctor: DoctorProfile, details: Mapping[str, Any], headshot=None) -> DoctorProfile:
    """A verified doctor updates how their profile presents them (not their name or licence).
    `check_can_edit_profile` decides here for the doctor's account (PermissionDenied otherwise)."""
    unknown = set(details) - set(PUBLIC_PROFILE_FIELDS)
    if unknown:
        raise ValueError(f"Not editable profile fields: {sorted(unknown)}")
    check_can_edit_profile(doctor.user)
    for field, value in details.items():
        setattr(doctor, field, value)
    fields = list(details)
    if headshot:
        doctor.headshot = headshot
        fields.append("headshot")
    doctor.save(update_fields=fields)
    return doctor


# decision -> (statuses it may follow, resulting status, moderation log action)
TRANSITIONS: dict[str, tuple[tuple[str, ...], str, str]] = {
    Decision.VERIFY: ((Status.PENDING,), Status.VERIFIED, ModerationLog.Action.DOCTOR_VERIFY),
    Decision.REJECT: ((Status.PENDING,), Status.REJECTED, ModerationLog.Action.DOCTOR_REJECT),
    Decision.SUSPEND: ((Status.VERIFIED,), Status.SUSPENDED, ModerationLog.Action.DOCTOR_SUSPEND),
    Decision.REINSTATE: ((Status.SUSPENDED,), Status.VERIFIED, ModerationLog.Action.DOCTOR_REINSTATE),
}

NOTICES = {
    Decision.VERIFY: (
        "You are verified: your profile shows the verified badge and you can answer questions. "
        "Follow the treatments you offer (on their pages) to hear of new questions about them."
    ),
    Decision.REJECT: "Your doctor application was not approved. See why and apply again from your dashboard.",
    Decision.SUSPEND: "Your verification is suspended. Your dashboard says why.",
    Decision.REINSTATE: "Your verification is reinstated.",
}


def can_transition(doctor: DoctorProfile, decision: str) -> bool:
    return doctor.status in TRANSITIONS[decision][0]


def _snapshot(doctor: DoctorProfile) -> dict[str, Any]:
    return {
        "status": doctor.status,
        "status_reason": doctor.status_reason,
        "verified_at": doctor.verified_at.isoformat() if doctor.verified_at else None,
        "verified_by": doctor.verified_by_id,
    }


def _decide(*, doctor: DoctorProfile, moderator, decision: str, evidence: str, reason: str) -> VerificationDecision:
    check_can_decide(moderator)
    evidence, reason = evidence.strip(), reason.strip()
    if decision == Decision.VERIFY and not evidence:
        raise ValidationError(
            {"evidence": _("Say what you checked (register, licence number, date) before verifying.")}
        )
    if decision != Decision.VERIFY and not reason:
        raise ValidationError({"reason": _("Give a reason; the doctor reads it.")})
    allowed_from, new_status, log_name = TRANSITIONS[decision]
    with transaction.atomic():
        # Lock the row: two moderators deciding at once must not both win.
        locked = DoctorProfile.objects.select_for_update().get(pk=doctor.pk)
        if locked.user_id == moderator.pk:
            raise ValidationError(_("Nobody decides on their own doctor profile: ask another moderator."))
        if locked.status not in allowed_from:
            raise ValidationError(
                f"{locked} is {locked.get_status_display().lower()}; "
                f"only {' or '.join(Status(s).label.lower() for s in allowed_from)} doctors can be "
                f"{Decision(decision).label.lower()}."
            )
        before = _snapshot(locked)
        now = timezone.now()
        locked.status = new_status
        if new_status == Status.VERIFIED:
            # verified_at/by describe the current verified period; earlier ones are in the decisions.
            locked.verified_at, locked.verified_by, locked.status_reason = now, moderator, ""
        else:
            locked.verified_at, locked.verified_by, locked.status_reason = None, None, reason[:500]
        locked.save(update_fields=["status", "verified_at", "verified_by", "status_reason"])
        document = _licence_evidence_copy(locked) if decision in (Decision.VERIFY, Decision.REJECT) else ""
        try:
            record = VerificationDecision.about(
                locked,
                decision=decision,
                decided_by=moderator,
                decided_at=now,
                evidence=evidence,
                reason=reason,
                licence_document=document,
            )
            record.save(force_insert=True)
        except BaseException:
            if document:
                _decision_storage().delete(document)
            raise
        log_action(
            actor=moderator,
            action=log_name,
            target=locked,
            reason=record.log_reason,
            before=before,
            after=_snapshot(locked),
        )
        notice_create(user=locked.user, message=NOTICES[decision], url=reverse("doctors:dashboard"))
        transaction.on_commit(partial(tasks.send_decision.enqueue, record.pk))
    # Callers keep using the instance they passed in.
    for field in ("status", "verified_at", "verified_by_id", "status_reason"):
        setattr(doctor, field, getattr(locked, field))
    return record


def _decision_storage():
    return VerificationDecision._meta.get_field("licence_document").storage


def _licence_evidence_copy(doctor: DoctorProfile) -> str:
    """A copy of the doctor's current licence document for a decision's record (private storage, random
    name), or "" without one. The copy, not the profile's file, is the evidence: the doctor may replace
    their document later, and the replaced file is then removed (django-cleanup)."""
    if not doctor.licence_document:
        return ""
    source = doctor.licence_document
    suffix = PurePath(source.name).suffix.lower()[:6]
    try:
        with source.storage.open(source.name, "rb") as handle:
            return _decision_storage().save(f"licences/decisions/{uuid.uuid4().hex}{suffix}", File(handle))
    except FileNotFoundError:
        return ""


def doctor_verify(*, doctor: DoctorProfile, moderator, evidence: str, reason: str = "") -> VerificationDecision:
    """Verify a pending application. `evidence` says what was checked, where and when (required)."""
    return _decide(doctor=doctor, moderator=moderator, decision=Decision.VERIFY, evidence=evidence, reason=reason)


def doctor_reject(*, doctor: DoctorProfile, moderator, reason: str, evidence: str = "") -> VerificationDecision:
    """Reject a pending application; the doctor reads `reason` and may apply again."""
    return _decide(doctor=doctor, moderator=moderator, decision=Decision.REJECT, evidence=evidence, reason=reason)


def doctor_suspend(*, doctor: DoctorProfile, moderator, reason: str, evidence: str = "") -> VerificationDecision:
    """Suspend a verified doctor: no badge, no new answers; earlier answers stay with their disclaimer."""
    return _decide(doctor=doctor, moderator=moderator, decision=Decision.SUSPEND, evidence=evidence, reason=reason)


def doctor_reinstate(*, doctor: DoctorProfile, moderator, reason: str, evidence: str = "") -> VerificationDecision:
    """Lift a suspension; the doctor is verified again from now."""
    return _decide(doctor=doctor, moderator=moderator, decision=Decision.REINSTATE, evidence=evidence, reason=reason)


DECIDERS = {
    Decision.VERIFY: doctor_verify,
    Decision.REJECT: doctor_reject,
    Decision.SUSPEND: doctor_suspend,
    Decision.REINSTATE: doctor_reinstate,
}


@transaction.atomic
def doctor_profile_for_leaving_member(*, member, actor, identity: list[str]) -> bool:
    """A doctor closes their account (accounts.signals.member_leaving). Returns whether they had a profile.

    Their answers and responses stay up: patients rely on them and the questions' threads read on
    them, and each still carries its disclaimer, which now names "a former Candid doctor" (the
    database's disclaimer constraint concerns the version's text, untouched). What named them goes:
    the profile is hidden for good (no profile page, no directory card, no list quoting their words),
    its name, slug, practice, address, website, biography, licence number and certifications are
    blanked, and the headshot and every licence document leave the storages after the commit. The
    verification decisions stay (when, by whom, which outcome), with the name taken out of their text.
    Their names join `identity`, so the moderation log and flags lose them too (accounts.signals.member_left).
    """
    profile = DoctorProfile.objects.select_for_update().filter(user=member).first()
    if profile is None:
        return False
    identity.extend(value for value in {profile.full_name, profile.display_name} if len(value) >= 3)
    files = [(profile.headshot.storage, profile.headshot.name)] if profile.headshot else []
    if profile.licence_document:
        files.append((profile.licence_document.storage, profile.licence_document.name))
    for decision in VerificationDecision.objects.filter(doctor=profile):
        if decision.licence_document:
            files.append((decision.licence_document.storage, decision.licence_document.name))
        # Decisions are immutable for every edit but this one: the record keeps its meaning, not the name.
        VerificationDecision.objects.filter(pk=decision.pk).update(
            evidence=identity_redact(decision.evidence, identity),
            reason=identity_redact(decision.reason, identity),
            licence_number="",
            licence_document="",
        )
    profile.full_name = ""
    profile.slug = f"former-doctor-{profile.pk}"
    profile.status_reason = identity_redact(profile.status_reason, identity)
    # The city too: with the specialty it can point at one clinician in a small town.
    fields = ("practice_name", "address", "city", "region", "website", "bio", "licence_number", "board_certifications")
    for field in fields:
        setattr(profile, field, "")
    profile.headshot = profile.licence_document = ""
    profile.save()
    member_content_remove(actor=actor, items=[profile])

    def files_delete() -> None:
        for storage, name in files:
            storage.delete(name)

    transaction.on_commit(files_delete)
    return True
