from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from doctors.forms import LICENCE_SIGNATURES, ApplicationForm, ProfileForm
from doctors.models import DoctorProfile, VerificationDecision
from doctors.permissions import (
    check_can_apply,
    check_can_edit_profile,
    check_can_view_licence,
)
from doctors.services import APPLICATION_FIELDS, PUBLIC_PROFILE_FIELDS, doctor_apply, doctor_profile_update

CONTENT_TYPES = {".pdf": "application/pdf", ".jpg": "image/jpeg", ".png": "image/png"}


@login_required
def apply(request: HttpRequest) -> HttpResponse:
    """Apply as a doctor; a pending applicant corrects the application, a rejected one applies again."""
    try:
        existing = check_can_apply(request.user)
    except PermissionDenied as denied:
        messages.info(request, str(denied))
        return redirect("doctors:dashboard")
    reapplying = existing is not None
    form = ApplicationForm(request.POST or None, request.FILES or None, instance=existing, reapplying=reapplying)
    if request.method == "POST" and form.is_valid():
        details = {name: form.cleaned_data[name] for name in APPLICATION_FIELDS}
        try:
            doctor_apply(
                user=request.user,
                details=details,
                licence_document=form.cleaned_data.get("licence_document"),
                headshot=form.cleaned_data.get("headshot"),
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _(
                    "Thank you. A moderator will check your licence, usually within two working days, "
                    "and we will e-mail you either way."
                ),
            )
            return redirect("doctors:dashboard")
    return render(request, "doctors/apply.html", {"form": form, "existing": existing})


@login_required
def profile_edit(request: HttpRequest) -> HttpResponse:
    """A verified doctor keeps their practice details, bio and photo current."""
    doctor = check_can_edit_profile(request.user)
    form = ProfileForm(request.POST or None, request.FILES or None, instance=doctor)
    if request.method == "POST" and form.is_valid():
        details = {name: form.cleaned_data[name] for name in PUBLIC_PROFILE_FIELDS}
        doctor_profile_update(doctor=doctor, details=details, headshot=form.cleaned_data.get("headshot"))
        messages.success(request, _("Your profile is updated."))
        return redirect("doctors:dashboard")
    return render(request, "doctors/profile_edit.html", {"form": form, "doctor": doctor})


@never_cache
def licence_document(request: HttpRequest, slug: str) -> FileResponse:
    """A doctor's licence document, for moderators with the permission only, as a download.

    Everyone else gets a 404, the doctor included, so the URL reveals nothing; staff without the
    permission get a 403 that says why.
    """
    if not request.user.is_authenticated or not request.user.is_staff:
        raise Http404("No such page.")
    check_can_view_licence(request.user)
    doctor = get_object_or_404(DoctorProfile, slug=slug)
    if not doctor.licence_document:
        raise Http404("This doctor has not uploaded a licence document.")
    return licence_file_response(doctor.licence_document, filename=f"licence-{doctor.slug}")


@never_cache
def decision_licence_document(request: HttpRequest, pk: int) -> FileResponse:
    """The copy of the licence document a verification decision was based on: evidence for audits,
    for moderators with the licence permission only (404 for everyone else who is not staff)."""
    if not request.user.is_authenticated or not request.user.is_staff:
        raise Http404("No such page.")
    check_can_view_licence(request.user)
    decision = get_object_or_404(VerificationDecision.objects.select_related("doctor"), pk=pk)
    if not decision.licence_document:
        raise Http404("No licence document was recorded with this decision.")
    return licence_file_response(
        decision.licence_document, filename=f"licence-{decision.doctor.slug}-decision-{decision.pk}"
    )


def licence_file_response(file, *, filename: str) -> FileResponse:
    """A stored licence file as an attachment that no browser renders in the site's origin.

    Uploaded files are evidence, not pages: whatever a file turned out to contain, it is downloaded
    (Content-Disposition: attachment), never sniffed into another type (nosniff), and if a browser
    showed it anyway it would run in a sandbox with nothing allowed (CSP).
    """
    try:
        handle = file.open("rb")
    except FileNotFoundError as missing:
        raise Http404("The licence document file is missing from storage.") from missing
    head = handle.read(16)
    handle.seek(0)
    suffix = next((s for signature, s in LICENCE_SIGNATURES.items() if head.startswith(signature)), None)
    if suffix is None:
        handle.close()
        raise Http404("The stored file is not a PDF, JPEG or PNG.")
    response = FileResponse(
        handle, content_type=CONTENT_TYPES[suffix], filename=f"{filename}{suffix}", as_attachment=True
    )
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "sandbox; default-src 'none'"
    return response
