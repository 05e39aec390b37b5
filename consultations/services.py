"""Writes for consultation requests. Views, admin, commands and tests all go through these, and each
checks its rule itself (consultations.permissions):

- `consultation_request_create`: `check_can_request_consultation` ("consultations.request").
- `consultation_message_create`: `check_can_write_consultation` ("consultations.write").
- `consultation_status_set`: `check_can_set_consultation_status` ("consultations.set_status").
- `consultation_report`: `check_can_report_consultation` ("consultations.report").
- `consultations_for_leaving_member`: closing an account (accounts.signals.member_leaving).
"""

from collections.abc import Sequence

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import storages
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext, ngettext

from consultations.models import ConsultationMessage, ConsultationPhoto, ConsultationRequest
from consultations.permissions import (
    check_can_report_consultation,
    check_can_request_consultation,
    check_can_set_consultation_status,
    check_can_write_consultation,
)
from doctors.models import DoctorProfile
from follows.services import notify
from imaging import pipeline

MAX_PHOTOS = 3
PHOTO_FOLDER = "consultations"


def consultation_request_create(
    *,
    patient,
    doctor: DoctorProfile,
    message: str,
    timing: str,
    contact: str = ConsultationRequest.Contact.SITE,
    contact_email: str = "",
    contact_phone: str = "",
    treatment=None,
    photos: Sequence[pipeline.PreparedImage] = (),
) -> ConsultationRequest:
    """`patient` asks `doctor` for a consultation (`permissions.check_can_request_consultation`, checked
    here). Only the contact detail matching `contact` is kept; photos (already through the imaging
    pipeline) go to the private storage. The doctor is told. Raises ValidationError on invalid input."""
    check_can_request_consultation(patient, doctor)
    if len(photos) > MAX_PHOTOS:
        raise ValidationError(
            ngettext("Send at most %(count)d photo.", "Send at most %(count)d photos.", MAX_PHOTOS)
            % {"count": MAX_PHOTOS}
        )
    now = timezone.now()
    request = ConsultationRequest(
        doctor=doctor,
        patient=patient,
        treatment=treatment,
        message=(message or "").strip(),
        timing=timing,
        contact=contact,
        contact_email=(contact_email or "").strip() if contact == ConsultationRequest.Contact.EMAIL else "",
        contact_phone=(contact_phone or "").strip() if contact == ConsultationRequest.Contact.PHONE else "",
        created_at=now,
        last_message_at=now,
    )
    request.full_clean(exclude=["doctor", "patient", "treatment"])
    stored: list[pipeline.StoredOriginal] = []
    try:
        with transaction.atomic():
            request.save()
            for prepared in photos:
                original = pipeline.original_store(prepared, folder=PHOTO_FOLDER)
                stored.append(original)
                ConsultationPhoto.objects.create(
                    request=request, image=original.name, width=original.width, height=original.height
                )
            _request_notify_doctor(request)
    except BaseException:
        pipeline.files_delete([original.name for original in stored], storage=storages["private"])
        raise
    return request


@transaction.atomic
def consultation_message_create(*, request: ConsultationRequest, author, body: str) -> ConsultationMessage:
    """The patient or the doctor writes in the conversation (`permissions.check_can_write_consultation`).
    The doctor's first reply marks the request replied and sets the time to first reply; the other side
    is told. Raises ValidationError on invalid text."""
    locked = (
        ConsultationRequest.objects.select_for_update(of=("self",))
        .select_related("doctor", "patient")
        .get(pk=request.pk)
    )
    check_can_write_consultation(author, locked)
    now = timezone.now()
    message = ConsultationMessage(request=locked, author=author, body=(body or "").strip(), created_at=now)
    message.full_clean(exclude=["request", "author"])
    message.save()
    locked.last_message_at = now
    fields = ["last_message_at"]
    from_doctor = author.pk == locked.doctor.user_id
    if from_doctor and locked.first_reply_at is None:
        locked.first_reply_at = now
        fields.append("first_reply_at")
    if from_doctor and locked.status == ConsultationRequest.Status.NEW:
        locked.status = ConsultationRequest.Status.REPLIED
        fields.append("status")
    locked.save(update_fields=fields)
    request.status, request.first_reply_at, request.last_message_at = locked.status, locked.first_reply_at, now
    if from_doctor:
        _reply_notify_patient(message)
    else:
        _message_notify_doctor(message)
    return message


@transaction.atomic
def consultation_status_set(*, request: ConsultationRequest, user, status: str) -> ConsultationRequest:
    """The doctor marks the request replied, booked, declined or spam (back to new is not offered)."""
    locked = ConsultationRequest.objects.select_for_update(of=("self",)).select_related("doctor").get(pk=request.pk)
    check_can_set_consultation_status(user, locked)
    if status not in ConsultationRequest.Status.values or status == ConsultationRequest.Status.NEW:
        raise ValidationError(gettext("Choose replied, booked, declined or spam."))
    locked.status = status
    locked.save(update_fields=["status"])
    request.status = status
    if status in (ConsultationRequest.Status.BOOKED, ConsultationRequest.Status.DECLINED):
        _status_notify_patient(locked)
    return locked


@transaction.atomic
def consultation_report(*, request: ConsultationRequest, user, reason: str) -> ConsultationRequest:
    """Either side reports the conversation: moderators can then read it (and only then) in the admin."""
    locked = ConsultationRequest.objects.select_for_update(of=("self",)).select_related("doctor").get(pk=request.pk)
    check_can_report_consultation(user, locked)
    locked.reported_at = timezone.now()
    locked.reported_by = user
    locked.report_reason = (reason or "").strip()[:2000]
    locked.save(update_fields=["reported_at", "reported_by", "report_reason"])
    request.reported_at, request.reported_by, request.report_reason = (
        locked.reported_at,
        user,
        locked.report_reason,
    )
    return locked


def consultation_photos_delete(*, requests) -> int:
    """Delete the photos of `requests` from the private storage (after commit) and their rows (now)."""
    photos = list(ConsultationPhoto.objects.filter(request__in=requests).values_list("pk", "image"))
    names = [name for _pk, name in photos]
    ConsultationPhoto.objects.filter(pk__in=[pk for pk, _name in photos]).delete()
    transaction.on_commit(lambda: pipeline.files_delete(names, storage=storages["private"]))
    return len(photos)


@transaction.atomic
def consultations_for_leaving_member(*, member) -> None:
    """A member closes their account: the photos they sent are deleted from the private storage, and the
    e-mail address or phone number they shared with doctors is erased from their requests. The
    conversations stay with the doctor, shown as from "Former member"."""
    requests = ConsultationRequest.objects.filter(patient=member)
    consultation_photos_delete(requests=requests)
    requests.update(contact=ConsultationRequest.Contact.SITE, contact_email="", contact_phone="")


# Telling the other side -------------------------------------------------------------------------
# One function per event: a notice now, an e-mail after commit (never with anyone's address in it).


def _absolute(path: str) -> str:
    return f"{getattr(settings, 'SITE_URL', '').rstrip('/')}{path}"


# The notices' kind: a direct event (the member's own conversation), e-mailed here, not in digests.
CONSULTATION = "consultation"


def _tell(*, user, message: str, url: str, subject: str, template: str, context: dict) -> None:
    notify(user=user, kind=CONSULTATION, message=message, url=url, direct=True, mail=False)
    from consultations.tasks import consultation_mail

    context = {**context, "url": _absolute(url), "message": message}
    transaction.on_commit(
        lambda: consultation_mail.enqueue(user_id=user.pk, subject=subject, template=template, context=context)
    )


def _in_language_of(user) -> translation.override:
    """What a member is told (notices, e-mails) is in the language they chose, whoever's request sends it."""
    return translation.override(getattr(user, "language", "") or settings.LANGUAGE_CODE)


def _request_notify_doctor(request: ConsultationRequest) -> None:
    user = request.doctor.user
    with _in_language_of(user):
        _tell(
            user=user,
            message=gettext("%(patient)s requested a consultation.") % {"patient": request.patient.public_name},
            url=request.get_absolute_url(),
            subject=gettext("%(site)s: a new consultation request") % {"site": settings.SITE_NAME},
            template="consultations/email/request_notify.txt",
            context={"name": request.doctor.display_name},
        )


def _reply_notify_patient(message: ConsultationMessage) -> None:
    request = message.request
    with _in_language_of(request.patient):
        _tell(
            user=request.patient,
            message=gettext("%(doctor)s replied to your consultation request.")
            % {"doctor": request.doctor.display_name},
            url=request.get_absolute_url(),
            subject=gettext("%(site)s: %(doctor)s replied to your consultation request")
            % {"site": settings.SITE_NAME, "doctor": request.doctor.display_name},
            template="consultations/email/reply_notify.txt",
            context={"name": request.patient.handle},
        )


def _message_notify_doctor(message: ConsultationMessage) -> None:
    request = message.request
    user = request.doctor.user
    with _in_language_of(user):
        _tell(
            user=user,
            message=gettext("%(patient)s wrote in a consultation request.") % {"patient": request.patient.public_name},
            url=request.get_absolute_url(),
            subject=gettext("%(site)s: a new message in a consultation request") % {"site": settings.SITE_NAME},
            template="consultations/email/request_notify.txt",
            context={"name": request.doctor.display_name},
        )


def _status_notify_patient(request: ConsultationRequest) -> None:
    with _in_language_of(request.patient):
        _tell(
            user=request.patient,
            message=gettext("%(doctor)s marked your consultation request as %(status)s.")
            % {"doctor": request.doctor.display_name, "status": request.get_status_display().lower()},
            url=request.get_absolute_url(),
            subject=gettext("%(site)s: your consultation request with %(doctor)s")
            % {"site": settings.SITE_NAME, "doctor": request.doctor.display_name},
            template="consultations/email/reply_notify.txt",
            context={"name": request.patient.handle},
        )
