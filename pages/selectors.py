"""Reads that combine doctors with questions (answers), reviews and photo cases: who treats a treatment,
and the rows of the treatment hub and the doctor's profile, kept until they change.

They live here, above the content apps, because no content app may read another's rows: doctors is
below questions and reviews, and reviews beside questions.
"""

from django.db.models import Avg, Count, Exists, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from doctors.models import DoctorProfile, DoctorProfileQuerySet
from pagecache.fragments import html_until_changed
from pagecache.topics import cached_until_changed
from photos.graphic import GraphicChoice, attach_review_photos, mark_blurred, review_photo_pairs
from photos.models import BeforeAfterPhoto
from questions.models import Answer, Question, QuestionTreatment
from reviews.models import Review
from reviews.selectors import doctor_review_summary
from treatments.models import attach_treatment_list

PROFILE_PHOTO_CASES = 6


def doctors_for_treatment(doctors: DoctorProfileQuerySet, treatment) -> DoctorProfileQuerySet:
    """`doctors` narrowed to those who know `treatment`: a visible answer on a visible question tagged
    with it (the directory's treatment filter)."""
    answers = Answer.objects.public().filter(
        doctor=OuterRef("pk"),
        question__hidden_at__isnull=True,
        question__questiontreatment__tag=treatment,
    )
    return doctors.filter(Exists(answers))


def treatment_doctors(treatment, *, limit: int = 6) -> list[DoctorProfile]:
    """Verified doctors who treat this: reviewed for it, or answered questions about it.

    One query, once per change of the treatment's content: finding who answered reads every answer
    about the treatment (18,000 for a popular one, up to 150 ms), and the list changes only when
    "treatment:<id>" moves (answers and reviews about it, moderation) or a doctor's figures do.
    Each carries `treatment_review_count` and `treatment_average_rating` (None without reviews).
    """
    return cached_until_changed(
        f"treatment-doctors:{treatment.pk}:{limit}",
        lambda: _treatment_doctors(treatment, limit=limit),
        topics=[f"treatment:{treatment.pk}", "list:doctors"],
    )


def _treatment_doctors(treatment, *, limit: int) -> list[DoctorProfile]:
    public_reviews = Review.objects.public().filter(treatment=treatment)
    answered = Answer.objects.public().filter(
        question__questiontreatment__tag=treatment, question__hidden_at__isnull=True
    )
    per_doctor = public_reviews.filter(doctor=OuterRef("pk")).order_by().values("doctor")
    return list(
        DoctorProfile.objects.public()
        .verified()
        .filter(Q(pk__in=public_reviews.values("doctor")) | Q(pk__in=answered.values("doctor")))
        .annotate(
            treatment_review_count=Coalesce(Subquery(per_doctor.annotate(n=Count("pk")).values("n")[:1]), Value(0)),
            treatment_average_rating=Subquery(per_doctor.annotate(avg=Avg("rating")).values("avg")[:1]),
        )
        .order_by("-treatment_review_count", "-helpful_vote_count", "pk")[:limit]
    )


def treatment_hub_rows(treatment) -> tuple[list[Review], list[Question], list[BeforeAfterPhoto]]:
    """The hub's recent reviews, top questions and photo cases: three queries, kept until what the hub
    shows moves ("treatment:<id>": its reviews, questions, answers and cases; "ranking:questions": the
    questions' order by helpful votes)."""

    def rows():
        return (
            list(Review.objects.for_list().for_treatment(treatment)[:5]),
            list(Question.objects.for_list().for_treatment(treatment).order_by("-helpful_count", "-created_at")[:6]),
            list(BeforeAfterPhoto.objects.for_gallery().for_treatment(treatment)[:6]),
        )

    return cached_until_changed(
        f"treatment-hub-rows:{treatment.pk}",
        rows,
        topics=[f"treatment:{treatment.pk}", "ranking:questions"],
    )


def treatment_hub_sections(treatment, graphic: GraphicChoice) -> dict[str, str]:
    """The hub's recent reviews, top questions and photo cases as HTML (`pages/includes/
    treatment_hub_rows.html`), each kept until the hub's rows can have changed: a hub read again loads
    and renders none of them. The photos follow the reader's choice about graphic pictures: kept per
    choice when it is the same for every case, rendered for this reader when they revealed some."""
    topics = [f"treatment:{treatment.pk}", "ranking:questions"]
    rows = None

    def load():
        nonlocal rows
        if rows is None:
            recent_reviews, questions, cases = treatment_hub_rows(treatment)
            mark_blurred(cases, graphic)
            rows = {
                "treatment": treatment,
                "recent_reviews": recent_reviews,
                "questions": questions,
                "photo_cases": cases,
            }
        return rows

    def section(name: str, times=lambda rows: ()):
        def render():
            context = load()
            return render_to_string(f"pages/includes/treatment_hub_rows.html#{name}", context), times(context)

        return render

    choice = graphic.same_for_every_case
    return {
        "reviews": _kept(f"hub-reviews:{treatment.pk}", section("reviews"), topics=topics),
        "questions": _kept(
            f"hub-questions:{treatment.pk}",
            section("questions", lambda rows: [q.created_at for q in rows["questions"]]),
            topics=topics,
        ),
        "photos": _kept(f"hub-photos:{treatment.pk}", section("photos"), topics=topics, graphic_choice=choice),
    }


# A list without photos is the same for every reader; one with photos differs by their choice about
# graphic pictures (photos.graphic.GraphicChoice.same_for_every_case).
EVERY_READER = "every-reader"


def _kept(key: str, render, *, topics: list[str], graphic_choice: str | None = EVERY_READER) -> str:
    """`render()`'s HTML kept until `topics` move (`html_until_changed`), per `graphic_choice`; rendered
    for this reader alone when their choice differs case by case (None)."""
    if graphic_choice is None:
        return mark_safe(render()[0])  # noqa: S308 - rendered by the template, autoescaped
    return html_until_changed(f"{key}:{graphic_choice}", render, topics=topics)


def profile_rows(doctor: DoctorProfile, answers, *, page: int, newest_first: bool) -> tuple[list[Answer], list]:
    """A page of the doctor's answers (`answers`: the page's queryset, with their questions' treatments)
    and their latest photo cases, kept until "doctor:<id>" moves: their answers, the questions they
    answered, their reviews and cases publish it."""

    def rows():
        page_answers = list(answers)
        attach_treatment_list([answer.question for answer in page_answers], through=QuestionTreatment)
        cases = list(BeforeAfterPhoto.objects.for_gallery().for_doctor(doctor)[:PROFILE_PHOTO_CASES])
        return page_answers, cases

    order = "newest" if newest_first else "helpful"
    return cached_until_changed(f"profile-rows:{doctor.pk}:{order}:{page}", rows, topics=[f"doctor:{doctor.pk}"])


def profile_sections(doctor: DoctorProfile, answers, *, page: int, newest_first: bool, request) -> dict[str, str]:
    """The profile's lists as HTML (`pages/includes/profile_rows.html`): a page of answers, the latest
    photo cases and the latest reviews' cards, each kept until "doctor:<id>" moves (their answers,
    questions, reviews and cases publish it). Pictures follow the reader's choice about graphic ones:
    kept per choice when it is the same for every case, rendered for this reader otherwise. An empty
    string says the list is empty."""
    topics = [f"doctor:{doctor.pk}"]
    graphic = GraphicChoice(request)
    choice = graphic.same_for_every_case
    order = "newest" if newest_first else "helpful"

    loaded = None

    def rows():
        nonlocal loaded
        if loaded is None:
            page_answers, cases = profile_rows(doctor, answers, page=page, newest_first=newest_first)
            mark_blurred(cases, graphic)
            loaded = {"answers": page_answers, "photo_cases": cases}
        return loaded

    def answers_html():
        return render_to_string("pages/includes/profile_rows.html#answers", rows()), ()

    def photos_html():
        return render_to_string("pages/includes/profile_rows.html#photos", rows()), ()

    def reviews_html():
        recent = doctor_review_summary(doctor).recent
        # The cards' thumbnails: one query, kept until the doctor's content moves (a case attached to a
        # review of theirs moves "doctor:<id>", photos.apps).
        recent_ids = [review.pk for review in recent]
        pairs = cached_until_changed(
            f"profile-review-photos:{doctor.pk}:{','.join(map(str, recent_ids))}",
            lambda: review_photo_pairs(recent_ids),
            topics=topics,
        )
        attach_review_photos(recent, request, pairs)
        return render_to_string("pages/includes/profile_rows.html#reviews", {"recent": recent}), ()

    return {
        "answers": _kept(f"profile-answers:{doctor.pk}:{order}:{page}", answers_html, topics=topics),
        "photos": _kept(f"profile-photos:{doctor.pk}", photos_html, topics=topics, graphic_choice=choice),
        "reviews": _kept(f"profile-reviews:{doctor.pk}", reviews_html, topics=topics, graphic_choice=choice),
    }
