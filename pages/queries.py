"""Reads the doctor's profile and dashboard need from questions, reviews and treatments, each a fixed number of queries."""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Count, Exists, F, Func, IntegerField, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce

from doctors.models import DoctorProfile
from questions.models import Answer, Question, QuestionTreatment
from reviews.models import Review
from treatments.models import Treatment


def profile_answers(doctor: DoctorProfile, *, newest_first: bool = False) -> QuerySet[Answer]:
    """The doctor's public answers on public questions, with what each card and disclaimer needs (the
    questions' treatments: `questions.models.attach_treatment_list` once a page is taken)."""
    order = ["-created_at", "-pk"] if newest_first else ["-helpful_count", "-created_at", "-pk"]
    return (
        Answer.objects.public()
        .filter(doctor=doctor, question__hidden_at__isnull=True)
        .select_related("question", "disclaimer", "doctor")
        # A card shows its question's title: not its details, which would only weigh on the card's key.
        .defer("question__body", "question__body_html", "question__search_vector")
        .order_by(*order)
    )


def treatments_answered(doctor: DoctorProfile, *, limit: int = 8) -> QuerySet[Treatment]:
    """The treatments the doctor answers about most: what their dashboard's question list follows."""
    return (
        Treatment.objects.filter(question_items__content_object__answers__doctor=doctor)
        .annotate(answers=Count("question_items"))
        .order_by("-answers", "name")[:limit]
    )


def open_questions_for(
    doctor: DoctorProfile, treatments: list[Treatment], *, asked_by: datetime | None = None, limit: int = 10
) -> list[Question]:
    """Public questions the doctor has not answered, unanswered first, then newest.

    Limited to `treatments` when the doctor has answered before; a doctor new to the site sees the
    newest questions across all treatments. `asked_by` leaves out later questions (the dashboard lists
    those as new, above).
    """
    questions = Question.objects.for_list().exclude(
        Exists(Answer.objects.filter(question=OuterRef("pk"), doctor=doctor))
    )
    if treatments:
        questions = questions.filter(
            Exists(QuestionTreatment.objects.filter(content_object=OuterRef("pk"), tag__in=treatments))
        )
    if asked_by is not None:
        questions = questions.filter(created_at__lte=asked_by)
    return list(questions.order_by("answer_count", "-created_at", "-pk")[:limit])


def recent_answers(doctor: DoctorProfile, *, limit: int = 10) -> list[Answer]:
    """The doctor's latest answers, including ones a moderator hid (the doctor should know)."""
    return list(
        Answer.objects.filter(doctor=doctor)
        .select_related("question", "disclaimer", "doctor")
        .order_by("-created_at", "-pk")[:limit]
    )


@dataclass(frozen=True)
class DashboardCounts:
    """The dashboard's figures that the profile row does not keep, and the length of each queue."""

    thanks: int
    reviews_this_month: int
    reviews_waiting: int
    unanswered_questions: int
    new_questions: int


def _count(queryset: QuerySet) -> Coalesce:
    # COUNT(*) of `queryset` as a scalar subquery, so that several counts come back in one query.
    counted = queryset.order_by().annotate(n=Func(F("pk"), function="COUNT")).values("n")[:1]
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def _open_questions(doctor: DoctorProfile, treatments: list[Treatment]) -> QuerySet[Question]:
    """Public questions the doctor has not answered, in `treatments` when there are any."""
    questions = Question.objects.public().exclude(Exists(Answer.objects.filter(question=OuterRef("pk"), doctor=doctor)))
    if treatments:
        questions = questions.filter(
            Exists(QuestionTreatment.objects.filter(content_object=OuterRef("pk"), tag__in=treatments))
        )
    return questions


def reviews_awaiting_response(doctor: DoctorProfile) -> QuerySet[Review]:
    """Public reviews naming the doctor that have no response from them yet, newest first."""
    return (
        Review.objects.public()
        .filter(doctor=doctor, response__isnull=True)
        .select_related("author", "treatment")
        .order_by("-created_at", "-pk")
    )


def new_questions_for(
    doctor: DoctorProfile, treatments: list[Treatment], *, since: datetime, limit: int = 10
) -> list[Question]:
    """Questions asked after `since` in the doctor's treatments that they have not answered, newest first."""
    pks = _open_questions(doctor, treatments).filter(created_at__gt=since).values("pk")
    return list(Question.objects.for_list().filter(pk__in=pks).order_by("-created_at", "-pk")[:limit])


def dashboard_counts(
    doctor: DoctorProfile, treatments: list[Treatment], *, since: datetime, month_start: datetime
) -> DashboardCounts:
    """Thanks, reviews this month and the length of each queue, in one query whatever their sizes."""
    open_questions = _open_questions(doctor, treatments)
    row = DoctorProfile.objects.filter(pk=doctor.pk).values(
        thanks=_count(Answer.objects.counted().filter(doctor=doctor, thanked_at__isnull=False)),
        reviews_this_month=_count(Review.objects.public().filter(doctor=doctor, created_at__gte=month_start)),
        reviews_waiting=_count(reviews_awaiting_response(doctor)),
        unanswered_questions=_count(open_questions.filter(answer_count=0)),
        new_questions=_count(open_questions.filter(created_at__gt=since)),
    )[0]
    return DashboardCounts(**row)
