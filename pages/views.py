"""The site's own pages and the pages that combine apps: each reads from several apps, so it lives above them.

The apps' own pages (the treatment list, a doctor's application, a review form) stay in the apps; a page
here may show questions, reviews, doctors and photos together because this app sits above all of them.
"""

from datetime import datetime, timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import F
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

from consultations.models import reply_figures
from core.permissions import refusal
from doctors.forms import DirectoryFilterForm
from doctors.models import DoctorProfile
from doctors.permissions import check_is_verified_doctor, doctor_profile_for
from doctors.seo import json_ld, physician_data
from pagecache.members import shared_with_members
from pagecache.paginator import CachedCountPaginator
from pagecache.topics import cached_until_changed, depends_on
from pages import queries, showcase
from pages.selectors import doctors_for_treatment, profile_sections, treatment_doctors, treatment_hub_sections
from photos.graphic import GraphicChoice, cases_for_review
from questions.models import Question
from reviews.models import Review
from reviews.selectors import doctor_review_summary, review_timeline, treatment_review_figures
from reviews.seo import review_data as review_schema
from reviews.views import helpful_context
from treatments.models import Treatment, localized

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


@shared_with_members()
def home(request: HttpRequest) -> HttpResponse:
    """Before/after highlights, verified doctors' faces, recent questions (each quoting its best answer),
    recent reviews and the most-reviewed treatments: four queries (the lists) once the highlights, faces
    and treatments are kept, four more until then."""
    depends_on(
        request, "list:questions", "list:reviews", "list:treatments", "list:photos", "list:doctors", "ranking:questions"
    )
    # Each is the same for everyone and changes only with what it shows.
    treatments = cached_until_changed(
        "home-most-reviewed", showcase.most_reviewed_treatments, topics=["list:reviews", "list:treatments"]
    )
    highlights = cached_until_changed("home-photo-highlights:v3", showcase.photo_highlights, topics=["list:photos"])
    faces = cached_until_changed("home-doctor-faces", showcase.doctor_faces, topics=["list:doctors"])
    context = {"treatments": treatments, "photo_highlights": highlights, "doctor_faces": faces}
    # The lists' rows too: the questions quote their best answers, which votes ("ranking:questions") move.
    context["recent_questions"], context["recent_reviews"] = cached_until_changed(
        "home-recent",
        lambda: (
            list(Question.objects.for_list().with_best_answer()[:8]),
            list(Review.objects.for_list()[:HOME_REVIEWS]),
        ),
        topics=["list:questions", "list:reviews", "ranking:questions"],
    )
    return render(request, "pages/home.html", context)


def medical_disclaimer(request: HttpRequest) -> HttpResponse:
    """The disclaimer's old address: the statement is now a versioned policy (policies app)."""
    return redirect("policies:detail", "medical-disclaimer", permanent=True)


@shared_with_members()
def treatment_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """The hub for one treatment: what patients say and paid, top questions, doctors who treat it.

    A fixed number of queries whatever the number of reviews: the treatment, its figures (one
    aggregate, plus one for the cost spread), recent reviews, top questions (and their treatments),
    doctors and photo cases (and their images and treatments).
    """
    treatment = get_object_or_404(Treatment.objects.with_translation(get_language()), slug=slug)
    # Its reviews, questions, answers and photo cases; its top questions are ordered by helpful votes.
    depends_on(request, f"treatment:{treatment.pk}", "ranking:questions", "list:doctors")
    # An aggregate over all its reviews, the same for everyone until one of them changes.
    figures = cached_until_changed(
        f"treatment-figures:{treatment.pk}",
        lambda: treatment_review_figures(treatment),
        topics=[f"treatment:{treatment.pk}"],
    )
    return render(
        request,
        "pages/treatment.html",
        {
            "treatment": localized(treatment),  # its name and overview in the reader's language
            "figures": figures,
            "hub": treatment_hub_sections(treatment, GraphicChoice(request)),
            "doctors": treatment_doctors(treatment),
        },
    )


@shared_with_members()
def doctor_directory(request: HttpRequest) -> HttpResponse:
    """Find a doctor: filter by specialty, treatment, place; sort by rating, reviews or helpful answers.

    A page of its own here because the treatment filter reads answers (doctors who answered about it).
    """
    depends_on(request, "list:doctors", "list:treatments")  # doctors' figures, answers and votes move it
    treatments = list(Treatment.objects.order_by("name").only("pk", "name", "slug", "names"))
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
    depends_on(request, f"doctor:{doctor.pk}")  # their answers, reviews (and votes), photo cases and figures
    newest_first = request.GET.get("answers") == "newest"
    # Their answers move "doctor:<id>" (questions.apps), so the total is counted once until one does.
    page = CachedCountPaginator(
        queries.profile_answers(doctor, newest_first=newest_first),
        PROFILE_ANSWERS_PAGE_SIZE,
        topics=[f"doctor:{doctor.pk}"],
        key=f"profile-answers:{doctor.pk}",
    ).get_page(request.GET.get("page"))
    rows = profile_sections(doctor, page.object_list, page=page.number, newest_first=newest_first, request=request)
    # The figures only: the latest reviews' cards are among the kept rows.
    review_summary = doctor_review_summary(doctor, recent=0)
    canonical = doctor.get_absolute_url()
    if page.number > 1:
        canonical += f"?page={page.number}"
    return render(
        request,
        "pages/doctor_profile.html",
        {
            "doctor": doctor,
            "page": page,
            "rows": rows,
            "newest_first": newest_first,
            "query_string": "answers=newest" if newest_first else "",
            "canonical_url": request.build_absolute_uri(canonical),
            "json_ld": json_ld(physician_data(doctor, request)),
            "review_summary": review_summary,
        },
    )


DASHBOARD_REVIEWS = 10
DASHBOARD_NEW_QUESTIONS = 10
# Page views closer together than this are one visit: "new since your last visit" keeps its mark
# while the doctor reloads or comes back from answering.
DASHBOARD_VISIT_GAP = timedelta(minutes=30)
# On a first visit (in this browser) "new" means asked in the past week.
DASHBOARD_FIRST_VISIT_WINDOW = timedelta(days=7)


def dashboard_last_visit(request: HttpRequest) -> datetime | None:
    """When the doctor's previous visit to their dashboard began (None on a first visit), and note this one.

    Kept in the session rather than on the profile: the profile row is public (each save re-renders
    the cached pages showing the doctor) and a visit is private to the doctor; the cost is that
    another browser, or a new log-in, starts over with the past week.
    """
    now = timezone.now()
    visits = request.session.get("doctor_dashboard_visits") or {}
    try:
        previous = datetime.fromisoformat(visits["previous"]) if visits.get("previous") else None
        current = datetime.fromisoformat(visits["current"])
    except (KeyError, TypeError, ValueError):
        previous, current = None, None
    if current is not None and now - current > DASHBOARD_VISIT_GAP:
        previous = current  # a new visit: the last one is what "new" is counted from
    request.session["doctor_dashboard_visits"] = {
        "previous": previous.isoformat() if previous else None,
        "current": now.isoformat(),
    }
    return previous


def verified_doctor_refusal(user, *, action: str) -> str:
    """Why `user` may not `action` as a verified doctor (the rule behind responding to reviews), or ""."""
    try:
        check_is_verified_doctor(user, action=action)
    except PermissionDenied as reason:
        return str(reason)
    return ""


@never_cache
@login_required
def doctor_dashboard(request: HttpRequest) -> HttpResponse:
    """The doctor's own page: verification status, their figures, reviews waiting for a response,
    questions to answer (new since the last visit first), recent answers. Personal: never cached."""
    doctor = doctor_profile_for(request.user)
    if doctor is None:
        messages.info(
            request, gettext("This account has no doctor profile yet. Apply below to answer as a verified doctor.")
        )
        return redirect("doctors:apply")
    # The permission checks below read the profile from the user instead of the database again.
    request.user.doctor_profile = doctor
    # The answering rule (questions.permissions.check_can_write_answers), asked by name.
    answer_refusal = refusal(request.user, "questions.write_answers")
    can_answer = not answer_refusal
    was_verified = doctor.status in (DoctorProfile.Status.VERIFIED, DoctorProfile.Status.SUSPENDED)
    context = {
        "doctor": doctor,
        "can_answer": can_answer,
        "answer_refusal": answer_refusal,
        "treatments": [],
        "open_questions": [],
        "new_questions": [],
        "recent_answers": [],
        "latest_decision": doctor.decisions.select_related("decided_by").order_by("-decided_at", "-pk").first(),
    }
    if was_verified:
        last_visit = dashboard_last_visit(request)
        now = timezone.now()
        since = last_visit or now - DASHBOARD_FIRST_VISIT_WINDOW
        treatments = list(queries.treatments_answered(doctor)) if can_answer else []
        context.update(
            treatments=treatments,
            last_visit=last_visit,
            counts=queries.dashboard_counts(
                doctor,
                treatments,
                since=since,
                month_start=timezone.localtime(now).replace(day=1, hour=0, minute=0, second=0, microsecond=0),
            ),
            reviews_waiting=list(queries.reviews_awaiting_response(doctor)[:DASHBOARD_REVIEWS]),
            consultations=reply_figures(doctor),
            respond_refusal=verified_doctor_refusal(request.user, action=_("respond to reviews")),
            case_refusal=refusal(request.user, "photos.upload_case"),
            recent_answers=queries.recent_answers(doctor),
        )
        if can_answer:
            context["open_questions"] = queries.open_questions_for(doctor, treatments, asked_by=since)
            context["new_questions"] = queries.new_questions_for(
                doctor, treatments, since=since, limit=DASHBOARD_NEW_QUESTIONS
            )
    return render(request, "pages/doctor_dashboard.html", context)


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
        # Only public reviews are described to search engines (an author also sees their hidden one).
        "json_ld": None if review.is_hidden else json_ld(review_schema(review, request)),
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
