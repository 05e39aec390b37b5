"""Reads the doctor's profile and dashboard need from questions and treatments, each a fixed number of queries."""

from django.db.models import Count, Exists, OuterRef, QuerySet

from doctors.models import DoctorProfile
from questions.models import Answer, Question, QuestionTreatment
from treatments.models import Treatment


def profile_answers(doctor: DoctorProfile, *, newest_first: bool = False) -> QuerySet[Answer]:
    """The doctor's public answers on public questions, with what each card and disclaimer needs (the
    questions' treatments: `questions.models.attach_treatment_list` once a page is taken)."""
    order = ["-created_at", "-pk"] if newest_first else ["-helpful_count", "-created_at", "-pk"]
    return (
        Answer.objects.public()
        .filter(doctor=doctor, question__hidden_at__isnull=True)
        .select_related("question", "disclaimer", "doctor")
        .order_by(*order)
    )


def treatments_answered(doctor: DoctorProfile, *, limit: int = 8) -> QuerySet[Treatment]:
    """The treatments the doctor answers about most: what their dashboard's question list follows."""
    return (
        Treatment.objects.filter(question_items__content_object__answers__doctor=doctor)
        .annotate(answers=Count("question_items"))
        .order_by("-answers", "name")[:limit]
    )


def open_questions_for(doctor: DoctorProfile, treatments: list[Treatment], *, limit: int = 10) -> list[Question]:
    """Public questions the doctor has not answered, unanswered first, then newest.

    Limited to `treatments` when the doctor has answered before; a doctor new to the site sees the
    newest questions across all treatments.
    """
    questions = Question.objects.for_list().exclude(
        Exists(Answer.objects.filter(question=OuterRef("pk"), doctor=doctor))
    )
    if treatments:
        questions = questions.filter(
            Exists(QuestionTreatment.objects.filter(content_object=OuterRef("pk"), tag__in=treatments))
        )
    return list(questions.order_by("answer_count", "-created_at", "-pk")[:limit])


def recent_answers(doctor: DoctorProfile, *, limit: int = 10) -> list[Answer]:
    """The doctor's latest answers, including ones a moderator hid (the doctor should know)."""
    return list(
        Answer.objects.filter(doctor=doctor)
        .select_related("question", "disclaimer", "doctor")
        .order_by("-created_at", "-pk")[:limit]
    )
