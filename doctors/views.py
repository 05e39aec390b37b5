from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import F
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.cache import never_cache

from core.shared_pages import shared_with_members
from doctors import queries
from doctors.forms import LICENCE_SIGNATURES, ApplicationForm, DirectoryFilterForm, ProfileForm
from doctors.models import DoctorProfile, VerificationDecision
from doctors.permissions import (
    check_can_apply,
    check_can_edit_profile,
    check_can_view_licence,
    check_is_verified_doctor,
    doctor_profile_for,
)
from doctors.seo import json_ld, physician_data
from doctors.services import APPLICATION_FIELDS, PUBLIC_PROFILE_FIELDS, doctor_apply, doctor_profile_update
from photos.graphic import GraphicChoice, mark_blurred
from photos.models import BeforeAfterPhoto
from reviews.selectors import doctor_review_summary
from treatments.models import Treatment

DIRECTORY_PAGE_SIZE = 20
PROFILE_ANSWERS_PAGE_SIZE = 10
PROFILE_PHOTO_CASES = 6
DIRECTORY_DEFAULTS = {"verified": "on", "sort": "helpful"}
DIRECTORY_ORDER = {
    "helpful": ["-helpful_vote_count", "-answer_count", "full_name", "pk"],
    "rating": [F("rating_score").desc(nulls_last=True), "-review_count", "-helpful_vote_count", "pk"],
    "reviews": ["-review_count", F("rating_score").desc(nulls_last=True), "pk"],
    "answers": ["-answer_count", "-helpful_vote_count", "pk"],
    "name": ["full_name", "pk"],
}
CONTENT_TYPES = {".pdf": "application/pdf", ".jpg": "image/jpeg", ".png": "image/png"}


@shared_with_members()
def directory(request: HttpRequest) -> HttpResponse:
    """Find a doctor: filter by specialty, treatment, place; sort by rating, reviews or helpful answers."""
    treatments = list(Treatment.objects.order_by("name").only("pk", "name", "slug"))
    # A first visit (or a bare ?page=) gets the defaults; a submitted form says everything itself,
    # so an unticked "verified only" box means "include suspended doctors".
    submitted = any(name in request.GET for name in DirectoryFilterForm.base_fields)
    form = DirectoryFilterForm(request.GET if submitted else DIRECTORY_DEFAULTS, treatments=treatments)
    form.is_valid()
    filters = form.cleaned_data  # invalid values are left out: the list falls back to "any"

    doctors = DoctorProfile.objects.for_directory()
    if filters.get("verified"):
        doctors = doctors.verified()
    if filters.get("q"):
        doctors = doctors.search_name(filters["q"])
    if filters.get("specialty"):
        doctors = doctors.filter(specialty=filters["specialty"])
    treatment = next((t for t in treatments if t.slug == filters.get("treatment")), None)
    if treatment:
        doctors = doctors.for_treatment(treatment)
    if filters.get("location"):
        doctors = doctors.in_location(filters["location"])
    doctors = doctors.order_by(*DIRECTORY_ORDER[filters.get("sort") or "helpful"])

    page = Paginator(doctors, DIRECTORY_PAGE_SIZE).get_page(request.GET.get("page"))
    locations = (
        DoctorProfile.objects.public().exclude(city="").values_list("city", "region").distinct().order_by("city")
    )
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "doctors/directory.html",
        {
            "form": form,
            "page": page,
            "doctors": page.object_list,
            "treatment": treatment,
            "locations": [", ".join(part for part in pair if part) for pair in locations],
            "query_string": query.urlencode(),
        },
    )


@shared_with_members()
def profile(request: HttpRequest, slug: str) -> HttpResponse:
    """A doctor's public page. Pending and rejected applications are not public (404)."""
    doctor = get_object_or_404(DoctorProfile.objects.public().select_related("verified_by"), slug=slug)
    newest_first = request.GET.get("answers") == "newest"
    page = Paginator(queries.profile_answers(doctor, newest_first=newest_first), PROFILE_ANSWERS_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    photo_cases = list(BeforeAfterPhoto.objects.for_gallery().for_doctor(doctor)[:PROFILE_PHOTO_CASES])
    mark_blurred(photo_cases, GraphicChoice(request))
    canonical = doctor.get_absolute_url()
    if page.number > 1:
        canonical += f"?page={page.number}"
    return render(
        request,
        "doctors/profile.html",
        {
            "doctor": doctor,
            "page": page,
            "answers": page.object_list,
            "newest_first": newest_first,
            "query_string": "answers=newest" if newest_first else "",
            "canonical_url": request.build_absolute_uri(canonical),
            "json_ld": json_ld(physician_data(doctor, request)),
            "review_summary": doctor_review_summary(doctor),
            "photo_cases": photo_cases,
        },
    )


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
                "Thank you. A moderator will check your licence, usually within two working days, "
                "and we will e-mail you either way.",
            )
            return redirect("doctors:dashboard")
    return render(request, "doctors/apply.html", {"form": form, "existing": existing})


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    """The doctor's own page: verification status and what's missing, questions to answer, recent answers."""
    doctor = doctor_profile_for(request.user)
    if doctor is None:
        messages.info(request, "This account has no doctor profile yet. Apply below to answer as a verified doctor.")
        return redirect("doctors:apply")
    can_answer, answer_refusal = True, ""
    try:
        check_is_verified_doctor(request.user, action="answer questions")
    except PermissionDenied as refusal:
        can_answer, answer_refusal = False, str(refusal)
    was_verified = doctor.status in (DoctorProfile.Status.VERIFIED, DoctorProfile.Status.SUSPENDED)
    treatments, open_questions = [], []
    if can_answer:
        treatments = list(queries.treatments_answered(doctor))
        open_questions = queries.open_questions_for(doctor, treatments)
    latest_decision = doctor.decisions.select_related("decided_by").order_by("-decided_at", "-pk").first()
    return render(
        request,
        "doctors/dashboard.html",
        {
            "doctor": doctor,
            "can_answer": can_answer,
            "answer_refusal": answer_refusal,
            "treatments": treatments,
            "open_questions": open_questions,
            "recent_answers": queries.recent_answers(doctor) if was_verified else [],
            "latest_decision": latest_decision,
        },
    )


@login_required
def profile_edit(request: HttpRequest) -> HttpResponse:
    """A verified doctor keeps their practice details, bio and photo current."""
    doctor = check_can_edit_profile(request.user)
    form = ProfileForm(request.POST or None, request.FILES or None, instance=doctor)
    if request.method == "POST" and form.is_valid():
        details = {name: form.cleaned_data[name] for name in PUBLIC_PROFILE_FIELDS}
        doctor_profile_update(doctor=doctor, details=details, headshot=form.cleaned_data.get("headshot"))
        messages.success(request, "Your profile is updated.")
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
