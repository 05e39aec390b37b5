"""Who may request a consultation, read a conversation, write in it, change its status, report it and
see its photos. Each check raises PermissionDenied with a reason a person can read, or Http404 where
even saying "not yours" would tell an outsider that a conversation exists."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from accounts.permissions import check_can_participate
from consultations.models import ConsultationRequest
from core.permissions import register
from doctors.models import DoctorProfile
from doctors.permissions import check_is_verified_doctor, doctor_profile_for


def check_can_request_consultation(user, doctor: DoctorProfile) -> None:
    """A member in good standing (confirmed e-mail address, not suspended) asks a verified doctor whose
    profile is public; never themselves."""
    check_can_participate(user, action=_("request a consultation"))
    if doctor.status != DoctorProfile.Status.VERIFIED or doctor.is_hidden:
        raise PermissionDenied(gettext("This doctor is not taking consultation requests on the site at the moment."))
    if doctor.user_id == user.pk:
        raise PermissionDenied(gettext("You can't request a consultation with yourself."))


def _is_moderator(user) -> bool:
    return bool(getattr(user, "is_moderator", False))


def access_consultation(user, pk: int) -> ConsultationRequest:
    """The request `pk` if `user` is its patient or its doctor, or a moderator and the conversation was
    reported; Http404 for everyone else (the same answer as for an id that does not exist)."""
    if not user.is_authenticated:
        raise Http404("No such consultation request.")
    found = (
        ConsultationRequest.objects.select_related("doctor", "patient", "treatment", "reported_by")
        .filter(pk=pk)
        .first()
    )
    if found is None:
        raise Http404("No such consultation request.")
    if found.patient_id == user.pk or found.doctor.user_id == user.pk:
        return found
    if _is_moderator(user) and found.reported_at is not None:
        return found
    raise Http404("No such consultation request.")


def check_can_write_consultation(user, request: ConsultationRequest) -> None:
    """The patient and the doctor write in their conversation while their accounts may take part (the
    doctor while verified), unless the doctor marked it as spam."""
    if request.patient_id == user.pk:
        check_can_participate(user, action=_("write to the doctor"))
    elif request.doctor.user_id == user.pk:
        user.doctor_profile = request.doctor
        check_is_verified_doctor(user, action=_("reply to consultation requests"))
    else:
        raise PermissionDenied(gettext("Only the patient and the doctor write in this conversation."))
    if request.status == ConsultationRequest.Status.SPAM:
        raise PermissionDenied(gettext("This conversation was marked as spam and is closed."))


def check_can_set_consultation_status(user, request: ConsultationRequest) -> DoctorProfile:
    """The doctor the request went to sets its status (booked, declined, spam...)."""
    if request.doctor.user_id != user.pk:
        raise PermissionDenied(gettext("Only the doctor this request was sent to can change its status."))
    user.doctor_profile = request.doctor
    return check_is_verified_doctor(user, action=_("manage consultation requests"))


def check_can_report_consultation(user, request: ConsultationRequest) -> None:
    """Either side reports a conversation to the moderators, once."""
    if user.pk not in (request.patient_id, request.doctor.user_id):
        raise PermissionDenied(gettext("Only the patient and the doctor can report this conversation."))
    if request.reported_at is not None:
        raise PermissionDenied(gettext("This conversation is already reported; a moderator will look at it."))


def check_can_view_consultation_photo(user, request: ConsultationRequest) -> None:
    """The doctor the request went to and the patient who sent the photo see it; moderators only once
    the conversation was reported. Everyone else: Http404."""
    if not user.is_authenticated:
        raise Http404("No such photo.")
    if user.pk in (request.patient_id, request.doctor.user_id):
        return
    if _is_moderator(user) and request.reported_at is not None:
        return
    raise Http404("No such photo.")


def doctor_inbox_owner(user) -> DoctorProfile:
    """The user's doctor profile, for their inbox (whatever its state: a suspended doctor still reads)."""
    doctor = doctor_profile_for(user)
    if doctor is None:
        raise PermissionDenied(gettext("The consultation inbox is for doctors' accounts."))
    return doctor


register("consultations.request", check_can_request_consultation)
register("consultations.write", check_can_write_consultation)
register("consultations.set_status", check_can_set_consultation_status)
register("consultations.report", check_can_report_consultation)
register("consultations.view_photo", check_can_view_consultation_photo)
