"""Consultation pages: the request form on a doctor's profile, the patient's requests, the doctor's
inbox, the conversation, and its photos. Every page is personal: never cached (login required, and the
page cache shares only pages decorated for it)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.storage import storages
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext, ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from consultations.forms import (
    ConsultationMessageForm,
    ConsultationReportForm,
    ConsultationRequestForm,
    ConsultationStatusForm,
)
from consultations.models import ConsultationPhoto, ConsultationRequest
from consultations.permissions import (
    access_consultation,
    check_can_request_consultation,
    check_can_view_consultation_photo,
    doctor_inbox_owner,
)
from consultations.services import (
    consultation_message_create,
    consultation_report,
    consultation_request_create,
    consultation_status_set,
)
from core.permissions import can
from core.views import ratelimited
from doctors.models import DoctorProfile
from moderation.ratelimits import limit_count, rate_limited

INBOX_SIZE = 50
# A photo's address works for this long, for the member it was made for (and is re-made with each page).
PHOTO_URL_SECONDS = 300
PHOTO_SALT = "consultations.photo"


def photo_url(photo: ConsultationPhoto, user) -> str:
    """A signed address for `photo` that only `user` can open, for PHOTO_URL_SECONDS."""
    token = signing.dumps({"p": photo.pk, "u": user.pk}, salt=PHOTO_SALT, compress=True)
    return reverse("consultations:photo", args=[token])


@never_cache
@login_required
def request_new(request: HttpRequest, slug: str) -> HttpResponse:
    doctor = get_object_or_404(DoctorProfile.objects.select_related("user"), slug=slug)
    check_can_request_consultation(request.user, doctor)
    limited = False
    status = 200
    if request.method == "POST":
        form = ConsultationRequestForm(request.POST, request.FILES)
        if rate_limited(request, "consultation"):
            limited, status = True, 429
            form.is_valid()  # show what was typed, with any other mistakes
            form.add_error(
                None,
                ngettext(
                    "You have sent %(count)d consultation request today. Please try again tomorrow.",
                    "You have sent %(count)d consultation requests today. Please try again tomorrow.",
                    limit_count("consultation"),
                )
                % {"count": limit_count("consultation")},
            )
        elif form.is_valid():
            data = form.cleaned_data
            try:
                consultation = consultation_request_create(
                    patient=request.user,
                    doctor=doctor,
                    treatment=data.get("treatment"),
                    message=data["message"],
                    timing=data["timing"],
                    contact=data["contact"],
                    contact_email=data.get("contact_email", ""),
                    contact_phone=data.get("contact_phone", ""),
                    photos=form.photos,
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(
                    request,
                    gettext("Your request is sent. We'll tell you when %(name)s replies.")
                    % {"name": doctor.display_name},
                )
                return redirect(consultation)
    else:
        form = ConsultationRequestForm(initial={"contact": ConsultationRequest.Contact.SITE})
    context = {"form": form, "doctor": doctor, "limited": limited}
    return render(request, "consultations/request_form.html", context, status=status)


@never_cache
@login_required
def my_requests(request: HttpRequest) -> HttpResponse:
    """The patient's own requests, newest first."""
    requests = list(
        ConsultationRequest.objects.for_patient(request.user).select_related("doctor").order_by("-created_at")[:100]
    )
    return render(request, "consultations/mine.html", {"requests": requests})


@never_cache
@login_required
def inbox(request: HttpRequest) -> HttpResponse:
    """A doctor's requests: all but spam, or those of one status."""
    doctor = doctor_inbox_owner(request.user)
    requests = ConsultationRequest.objects.for_doctor(doctor).select_related("patient", "treatment")
    status = request.GET.get("status", "")
    if status in ConsultationRequest.Status.values:
        requests = requests.filter(status=status).order_by("-last_message_at", "-pk")
    else:
        status = ""
        requests = requests.inbox()
    context = {
        "doctor": doctor,
        "requests": list(requests[:INBOX_SIZE]),
        "status": status,
        "statuses": ConsultationRequest.Status.choices,
    }
    return render(request, "consultations/inbox.html", context)


@never_cache
@login_required
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    """The conversation, with the reply form for either side and the doctor's status and report forms."""
    consultation = access_consultation(request.user, pk)
    user = request.user
    form = ConsultationMessageForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if not can(user, "consultations.write", consultation):
            raise PermissionDenied(gettext("You can't write in this conversation."))
        if form.is_valid():
            if rate_limited(request, "consultation_message"):
                form.add_error(None, gettext("You have sent many messages in the last hour. Please wait a little."))
                status = 429
            else:
                try:
                    consultation_message_create(request=consultation, author=user, body=form.cleaned_data["body"])
                except ValidationError as error:
                    form.add_error(None, error)
                else:
                    messages.success(request, gettext("Your message is sent."))
                    return redirect(consultation)
    is_doctor = consultation.doctor.user_id == user.pk
    photos = list(consultation.photos.all())
    context = {
        "consultation": consultation,
        "conversation": list(consultation.messages.select_related("author")),
        "photos": [(photo, photo_url(photo, user)) for photo in photos],
        "form": form,
        "can_write": can(user, "consultations.write", consultation),
        "is_doctor": is_doctor,
        "is_patient": consultation.patient_id == user.pk,
        "status_form": ConsultationStatusForm(initial={"status": consultation.status}) if is_doctor else None,
        "report_form": ConsultationReportForm() if can(user, "consultations.report", consultation) else None,
    }
    return render(request, "consultations/detail.html", context, status=status)


@require_POST
@login_required
def status_set(request: HttpRequest, pk: int) -> HttpResponse:
    consultation = access_consultation(request.user, pk)
    form = ConsultationStatusForm(request.POST)
    if not form.is_valid():
        messages.error(request, gettext("Choose a status from the list."))
        return redirect(consultation)
    consultation_status_set(request=consultation, user=request.user, status=form.cleaned_data["status"])
    messages.success(request, gettext("Marked as %(status)s.") % {"status": consultation.get_status_display().lower()})
    if consultation.status == ConsultationRequest.Status.SPAM:
        return redirect("consultations:inbox")
    return redirect(consultation)


@require_POST
@login_required
def report(request: HttpRequest, pk: int) -> HttpResponse:
    consultation = access_consultation(request.user, pk)
    form = ConsultationReportForm(request.POST)
    if rate_limited(request, "flag"):
        return ratelimited(request)
    if not form.is_valid():
        messages.error(request, gettext("Say in a few words what is wrong, so a moderator knows what to look for."))
        return redirect(consultation)
    consultation_report(request=consultation, user=request.user, reason=form.cleaned_data["reason"])
    messages.success(request, gettext("Reported. A moderator will read this conversation."))
    return redirect(consultation)


@never_cache
def photo(request: HttpRequest, token: str) -> HttpResponse:
    """A consultation photo, for the member its signed address was made for while it is fresh, and only
    while they may still see it (`check_can_view_consultation_photo`); 404 for everyone else."""
    try:
        signed = signing.loads(token, salt=PHOTO_SALT, max_age=PHOTO_URL_SECONDS)
        photo_id, user_id = int(signed["p"]), int(signed["u"])
    except (signing.BadSignature, KeyError, TypeError, ValueError) as refused:
        raise Http404("No such photo.") from refused
    if not request.user.is_authenticated or request.user.pk != user_id:
        raise Http404("No such photo.")
    found = ConsultationPhoto.objects.select_related("request__doctor").filter(pk=photo_id).first()
    if found is None:
        raise Http404("No such photo.")
    check_can_view_consultation_photo(request.user, found.request)
    try:
        handle = storages["private"].open(found.image, "rb")
    except (FileNotFoundError, OSError) as missing:
        raise Http404("No such photo.") from missing
    response = FileResponse(handle, content_type="image/jpeg")
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "sandbox; default-src 'none'"
    response["Cross-Origin-Resource-Policy"] = "same-origin"
    return response
