"""The site's own pages and the pages that combine apps: each reads from several apps, so it lives above them.

The apps' own pages (the treatment list, a doctor's application, a review form) stay in the apps; a page
here may show questions, reviews, doctors and photos together because this app sits above all of them.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import F
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from core.permissions import refusal
from doctors.forms import DirectoryFilterForm
from doctors.models import DoctorProfile
from doctors.permissions import doctor_profile_for
from doctors.seo import json_ld, physician_data
from pagecache.members import shared_with_members
from pagecache.paginator import CachedCountPaginator
from pagecache.topics import cached_until_changed, depends_on
from pages import queries
from pages.selectors import doctors_for_treatment, treatment_doctors
from photos.graphic import GraphicChoice, cases_for_review, mark_blurred
from photos.models import BeforeAfterPhoto
from questions.models import Question, QuestionTreatment
from reviews.models import Review
from reviews.selectors import doctor_review_summary, review_timeline, treatment_review_figures
from reviews.views import helpful_context
from treatments.models import Treatment, attach_treatment_list

HOME_TREATMENTS = 16
HOME_REVIEWS = 4
DIRECTORY_PAGE_SIZE = 20
DIRECTORY_DEFAULTS = {"verified": "on", "sort": "helpful"}
DIRECTORY_ORDER = {
    "helpful": ["-helpful_vote_count", "-answer_count", "full_name", "pk"],
    "rating": [F("rating_score").desc(nulls_last=True), "-review_count", "-helpful_vote_count", "pk"],
    "reviews": ["-review_count", F("rating_score").desc(nulls_last=True), "pk"],
    "answers": ["-answer_count", "-helpful_vote_count", "pk"],
    "name": ["full_name", "pk"],
}
PROFILE_ANSWERS_PAGE_SIZE = 10
PROFILE_PHOTO_CASES = 6


@shared_with_members()
def home(request: HttpRequest) -> HttpResponse:
    """Recent questions, recent reviews and the most asked-about treatments: four queries."""
    depends_on(request, "list:questions", "list:reviews", "list:treatments")
    # Ranking treatments by question count reads every question; it changes only with the questions.
    treatments = cached_until_changed(
        "home-treatments",
        lambda: list(Treatment.objects.for_home()[:HOME_TREATMENTS]),
        topics=["list:questions", "list:treatments"],
    )
    context = {"treatments": treatments}
    context["recent_questions"] = Question.objects.for_list()[:8]
    context["recent_reviews"] = Review.objects.for_list()[:HOME_REVIEWS]
    return render(request, "pages/home.html", context)


def medical_disclaimer(request: HttpRequest) -> HttpResponse:
    """The site-wide statement behind the footer link: what answers here are and are not."""
    return render(request, "pages/medical_disclaimer.html")


@shared_with_members()
def treatment_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """The hub for one treatment: what patients say and paid, top questions, doctors who treat it.

    A fixed number of queries whatever the number of reviews: the treatment, its figures (one
    aggregate, plus one for the cost spread), recent reviews, top questions (and their treatments),
    doctors and photo cases (and their images and treatments).
    """
    treatment = get_object_or_404(Treatment, slug=slug)
    # Its reviews, questions, answers and photo cases; its top questions are ordered by helpful votes.
    depends_on(request, f"treatment:{treatment.pk}", "ranking:questions", "list:doctors")
    # An aggregate over all its reviews, the same for everyone until one of them changes.
    figures = cached_until_changed(
        f"treatment-figures:{treatment.pk}",
        lambda: treatment_review_figures(treatment),
        topics=[f"treatment:{treatment.pk}"],
    )
    recent_reviews = list(Review.objects.for_list().for_treatment(treatment)[:5])
    questions = list(Question.objects.for_list().for_treatment(treatment).order_by("-helpful_count", "-created_at")[:6])
    photo_cases = list(BeforeAfterPhoto.objects.for_gallery().for_treatment(treatment)[:6])
    mark_blurred(photo_cases, GraphicChoice(request))
    return render(
        request,
        "pages/treatment.html",
        {
            "treatment": treatment,
            "figures": figures,
            "recent_reviews": recent_reviews,
            "questions": questions,
            "doctors": treatment_doctors(treatment),
            "photo_cases": photo_cases,
        },
    )


@shared_with_members()
def doctor_directory(request: HttpRequest) -> HttpResponse:
    """Find a doctor: filter by specialty, treatment, place; sort by rating, reviews or helpful answers.

    A page of its own here because the treatment filter reads answers (doctors who answered about it).
    """
    depends_on(request, "list:doctors", "list:treatments")  # doctors' figures, answers and votes move it
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
        doctors = doctors_for_treatment(doctors, treatment)
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
        "pages/doctor_directory.html",
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
def doctor_profile(request: HttpRequest, slug: str) -> HttpResponse:
    """A doctor's public page. Pending and rejected applications are not public (404)."""
    doctor = get_object_or_404(DoctorProfile.objects.public().select_related("verified_by"), slug=slug)
    depends_on(request, f"doctor:{doctor.pk}")  # their answers, reviews, photo cases and figures
    newest_first = request.GET.get("answers") == "newest"
    # Their answers move "doctor:<id>" (questions.apps), so the total is counted once until one does.
    page = CachedCountPaginator(
        queries.profile_answers(doctor, newest_first=newest_first),
        PROFILE_ANSWERS_PAGE_SIZE,
        topics=[f"doctor:{doctor.pk}"],
    ).get_page(request.GET.get("page"))
    answers = list(page.object_list)
    attach_treatment_list([answer.question for answer in answers], through=QuestionTreatment)
    photo_cases = list(BeforeAfterPhoto.objects.for_gallery().for_doctor(doctor)[:PROFILE_PHOTO_CASES])
    mark_blurred(photo_cases, GraphicChoice(request))
    canonical = doctor.get_absolute_url()
    if page.number > 1:
        canonical += f"?page={page.number}"
    return render(
        request,
        "pages/doctor_profile.html",
        {
            "doctor": doctor,
            "page": page,
            "answers": answers,
            "newest_first": newest_first,
            "query_string": "answers=newest" if newest_first else "",
            "canonical_url": request.build_absolute_uri(canonical),
            "json_ld": json_ld(physician_data(doctor, request)),
            "review_summary": doctor_review_summary(doctor),
            "photo_cases": photo_cases,
        },
    )


@login_required
def doctor_dashboard(request: HttpRequest) -> HttpResponse:
    """The doctor's own page: verification status and what's missing, questions to answer, recent answers."""
    doctor = doctor_profile_for(request.user)
    if doctor is None:
        messages.info(request, "This account has no doctor profile yet. Apply below to answer as a verified doctor.")
        return redirect("doctors:apply")
    # The answering rule (questions.permissions.check_can_write_answers), asked by name.
    answer_refusal = refusal(request.user, "questions.write_answers")
    can_answer = not answer_refusal
    was_verified = doctor.status in (DoctorProfile.Status.VERIFIED, DoctorProfile.Status.SUSPENDED)
    treatments, open_questions = [], []
    if can_answer:
        treatments = list(queries.treatments_answered(doctor))
        open_questions = queries.open_questions_for(doctor, treatments)
    latest_decision = doctor.decisions.select_related("decided_by").order_by("-decided_at", "-pk").first()
    return render(
        request,
        "pages/doctor_dashboard.html",
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


def review_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """A review with its timeline, the doctor's response and the before/after cases attached to it."""
    review = get_object_or_404(
        Review.objects.visible_to(request.user).select_related("author", "treatment", "doctor", "response"), pk=pk
    )
    response = getattr(review, "response", None)
    user = request.user
    context = {
        "review": review,
        "timeline": review_timeline(review),
        "photo_cases": cases_for_review(request, review),
        "response": response if response is not None and not response.is_hidden else None,
        **helpful_context(review, user),
    }
    return render(request, "pages/review.html", context)


def bad_request(request: HttpRequest, exception: Exception) -> HttpResponse:
    """Malformed input (core.middleware.MalformedInputMiddleware, a broken upload): say so calmly.

    It may run before sessions and authentication did, so the page asks nothing of the user.
    """
    return render(request, "400.html", status=400)


def page_not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    return render(request, "404.html", status=404)


def permission_denied(request: HttpRequest, exception: Exception) -> HttpResponse:
    reason = str(exception) if exception and str(exception) else ""
    return render(request, "403.html", {"reason": reason}, status=403)


def server_error(request: HttpRequest) -> HttpResponse:
    return render(request, "500.html", status=500)
