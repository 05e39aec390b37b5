from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext
from django.views.decorators.http import require_POST

from core.permissions import can
from core.permissions import refusal as refusal_for
from core.redirects import safe_next_url
from core.views import ratelimited, submit_form
from doctors.models import DoctorProfile
from doctors.permissions import doctor_profile_for
from moderation.ratelimits import rate_limited
from photos import services
from photos.forms import PhotoCaseForm
from photos.graphic import GraphicChoice, mark_blurred
from photos.models import BeforeAfterPhoto, ConsentKind
from photos.permissions import (
    check_can_attach_to_review,
    check_can_upload_case,
)
from reviews.models import Review
from treatments.models import Treatment

PAGE_SIZE = 12


def _cases_for(user):
    """Cases this user may open: moderators preview any (not via the gallery), others per visible_to."""
    if can(user, "photos.moderate"):
        return BeforeAfterPhoto.objects.all()
    return BeforeAfterPhoto.objects.visible_to(user)


def _safe_next(request: HttpRequest, fallback: str) -> str:
    return safe_next_url(request, fallback)


def gallery(request: HttpRequest) -> HttpResponse:
    """Published cases, newest first, filtered by treatment and doctor."""
    published = BeforeAfterPhoto.objects.public()
    treatments = list(Treatment.objects.filter(photo_items__content_object__in=published).distinct().order_by("name"))
    doctors = list(DoctorProfile.objects.filter(photo_cases__in=published).distinct().order_by("full_name"))
    treatment = next((t for t in treatments if t.slug == request.GET.get("treatment")), None)
    doctor = next((d for d in doctors if d.slug == request.GET.get("doctor")), None)

    cases = BeforeAfterPhoto.objects.for_gallery()
    if treatment:
        cases = cases.for_treatment(treatment)
    if doctor:
        cases = cases.for_doctor(doctor)
    page = Paginator(cases, PAGE_SIZE).get_page(request.GET.get("page"))
    choice = GraphicChoice(request)
    mark_blurred(page.object_list, choice)
    query = "&".join(f"{key}={obj.slug}" for key, obj in (("treatment", treatment), ("doctor", doctor)) if obj)
    return render(
        request,
        "photos/gallery.html",
        {
            "page": page,
            "cases": page.object_list,
            "treatments": treatments,
            "doctors": doctors,
            "treatment": treatment,
            "doctor": doctor,
            "query_string": query,
            "show_all": choice.show_all,
        },
    )


def case_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """A case with its before and after images; while derivatives are made, a "processing" note that
    htmx refreshes."""
    case = get_object_or_404(_cases_for(request.user).with_display().select_related("consent", "review"), pk=pk)
    case.blurred = not GraphicChoice(request).shows(case)
    context = {"case": case, "is_owner": case.uploader_id == request.user.pk}
    if request.htmx and request.GET.get("part") == "images":
        return render(request, "photos/detail.html#case-images", context)
    return render(request, "photos/detail.html", context)


@require_POST
def case_show(request: HttpRequest, pk: int) -> HttpResponse:
    """The viewer chose to see a graphic case unblurred (remembered for this browser session)."""
    case = get_object_or_404(_cases_for(request.user), pk=pk)
    GraphicChoice(request).reveal(case)
    return redirect(_safe_next(request, case.get_absolute_url()))


@require_POST
def graphic_preference(request: HttpRequest) -> HttpResponse:
    """Show every graphic case unblurred, or go back to blurring them, for this browser session."""
    GraphicChoice(request).set_show_all(request.POST.get("show") == "1")
    return redirect(_safe_next(request, "photos:gallery"))


@login_required
def my_cases(request: HttpRequest) -> HttpResponse:
    """The cases this user posted, in every state."""
    cases = BeforeAfterPhoto.objects.filter(uploader=request.user).with_display().order_by("-created_at", "-pk")
    page = Paginator(cases, PAGE_SIZE).get_page(request.GET.get("page"))
    for case in page.object_list:
        case.blurred = False  # Their own photos: they took them.
    # Doctors learn why they can't post (pending, suspended, unconfirmed e-mail); patients never could.
    is_doctor = doctor_profile_for(request.user) is not None
    refusal = refusal_for(request.user, "photos.upload_case") if is_doctor else ""
    context = {"page": page, "cases": page.object_list, "can_post": is_doctor and not refusal, "post_refusal": refusal}
    return render(request, "photos/mine.html", context)


def _case_form_view(request: HttpRequest, *, kind: str, heading: str, review=None) -> HttpResponse:
    # Counted as the upload arrives, before the images are checked: checking them is the expense.
    if request.method == "POST" and rate_limited(request, "photo"):
        return ratelimited(request)
    initial = {"treatments": [review.treatment_id]} if review is not None else None
    form = PhotoCaseForm(request.POST or None, request.FILES or None, kind=kind, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        done = submit_form(
            request,
            form,
            lambda: services.photo_case_create(
                uploader=request.user,
                before=data["before"],
                after=data["after"],
                treatments=data["treatments"],
                caption=data["caption"],
                time_since_treatment=data["time_since_treatment"],
                is_graphic=data["is_graphic"],
                consent_given=data["consent"],
                consent_reference=data.get("consent_reference", ""),
                review=review,
            ),
            success=gettext("Thank you. Your case is being processed and will be public once a moderator approves it."),
            redirect_to=lambda case: case,
        )
        if done:
            return done
    context = {"form": form, "heading": heading, "review": review, "files_sent": bool(request.FILES)}
    return render(request, "photos/upload.html", context)


@login_required
def case_new(request: HttpRequest) -> HttpResponse:
    """A verified doctor posts a before/after case with their attestation of the patient's consent."""
    check_can_upload_case(request.user)
    return _case_form_view(request, kind=ConsentKind.DOCTOR_ATTESTATION, heading=gettext("Post a before/after case"))


@login_required
def review_case_new(request: HttpRequest, review_id: int) -> HttpResponse:
    """A patient adds their own before/after photos to their own review (their own confirmation)."""
    review = get_object_or_404(Review.objects.filter(author=request.user).select_related("treatment"), pk=review_id)
    check_can_attach_to_review(request.user, review)
    return _case_form_view(
        request, kind=ConsentKind.PATIENT_SELF, heading=gettext("Add before/after photos to your review"), review=review
    )
