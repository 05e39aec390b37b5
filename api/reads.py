"""What the API reads: the pages' own querysets and selectors, turned into the API's schemas.

Every visibility rule is the pages' (`public()`, `for_list()`, `question_and_answers`, the photo
gallery's `public()`): nothing here decides again what may be shown. Each read is kept, serialised,
until the page-cache topics it shows move on (`api.http.kept_json`), so a read costs a fixed number
of queries on a miss and none once kept.
"""

import base64
import binascii
import json
from datetime import datetime
from functools import lru_cache

from django.contrib.auth.models import AnonymousUser
from django.core.files.storage import storages
from django.db.models import Q, QuerySet
from django.http import Http404
from django.urls import reverse
from pydantic import TypeAdapter

from doctors.models import DoctorProfile
from photos.models import BeforeAfterPhoto, PhotoImage
from questions.models import Answer, Question
from questions.reads import question_and_answers
from questions.search import question_search
from reviews.models import Review
from reviews.selectors import catalogue_figures, doctor_review_summary, review_timeline, treatment_review_figures
from treatments.models import Treatment, catalogue

PAGE_SIZE = 20
MAX_PAGE_SIZE = 50


class BadCursor(ValueError):
    """A `cursor` that no page of ours handed out."""


# Cursors: the sort key of the last row of a page, (time, id), opaque to clients.
def cursor_encode(at: datetime, pk: int) -> str:
    raw = json.dumps([at.isoformat(), pk], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def cursor_decode(cursor: str) -> tuple[datetime, int]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        at, pk = json.loads(raw)
        moment = datetime.fromisoformat(at)
        if not isinstance(pk, int) or isinstance(pk, bool) or not 0 < pk < 2**63 or moment.tzinfo is None:
            raise BadCursor(cursor)
    except (binascii.Error, ValueError, TypeError, UnicodeDecodeError, OverflowError) as error:
        raise BadCursor(cursor) from error
    return moment, pk


def _after(queryset: QuerySet, cursor: str | None, field: str) -> QuerySet:
    """Rows after the cursor in (`field` descending, pk descending) order."""
    if not cursor:
        return queryset
    at, pk = cursor_decode(cursor)
    return queryset.filter(Q(**{f"{field}__lt": at}) | Q(**{field: at, "pk__lt": pk}))


def page_of(queryset: QuerySet, cursor: str | None, limit: int, field: str) -> tuple[list, str | None]:
    """One page of `queryset` (ordered by `field`, pk, both descending) and the cursor for the next."""
    rows = list(_after(queryset.order_by(f"-{field}", "-pk"), cursor, field)[: limit + 1])
    more = len(rows) > limit
    rows = rows[:limit]
    return rows, cursor_encode(getattr(rows[-1], field), rows[-1].pk) if more and rows else None


# The pieces every kind of row shares.
def treatment_ref(treatment: Treatment) -> dict:
    return {"id": treatment.pk, "slug": treatment.slug, "name": treatment.name}


def doctor_ref(doctor: DoctorProfile) -> dict:
    return {
        "id": doctor.pk,
        "slug": doctor.slug,
        "name": doctor.display_name,
        "credential": doctor.credential,
        "url": doctor.get_absolute_url(),
    }


def answer_data(answer: Answer) -> dict:
    """An answer with its disclaimer naming the doctor (`Answer.public_text`, the only way to publish an
    answer's words)."""
    text = answer.public_text()
    return {
        "id": answer.pk,
        "question_id": answer.question_id,
        "doctor": doctor_ref(answer.doctor),
        "body": text.words,
        "helpful_count": answer.helpful_count,
        "thanked": answer.thanked_at is not None,
        "created_at": answer.created_at,
        "edited_at": answer.edited_at,
        "url": answer.get_absolute_url(),
        "disclaimer": {
            "version_id": answer.disclaimer_id,
            "version": answer.disclaimer.number,
            "text": text.disclaimer,
        },
    }


def question_row(question: Question) -> dict:
    return {
        "id": question.pk,
        "title": question.title,
        "url": question.get_absolute_url(),
        "treatments": [treatment_ref(t) for t in question.treatment_list],
        "answer_count": question.answer_count,
        "helpful_count": question.helpful_count,
        "created_at": question.created_at,
        "last_activity_at": question.last_activity_at,
    }


def treatment_by_slug(slug: str) -> Treatment | None:
    """A treatment from the cached catalogue (no query)."""
    return next((t for t in catalogue().values() if t.slug == slug), None)


QUESTION_STATES = ("answered", "unanswered")


def question_page(*, treatment: Treatment | None, state: str, search: str, cursor: str | None, limit: int) -> dict:
    """Public questions, newest first (the question list's rows: `Question.objects.for_list()`)."""
    questions = Question.objects.for_list()
    if treatment is not None:
        questions = questions.for_treatment(treatment)
    if state == "unanswered":
        questions = questions.unanswered()
    elif state == "answered":
        questions = questions.filter(answer_count__gt=0)
    if search:
        questions = question_search(questions, search)
    rows, next_cursor = page_of(questions, cursor, limit, "created_at")
    return {"results": [question_row(q) for q in rows], "next_cursor": next_cursor}


def question_detail(pk: int) -> dict | None:
    """A public question with its public answers, best first: the question page's own read."""
    try:
        question, answers = question_and_answers(pk, AnonymousUser())
    except Http404:
        return None
    question.treatment_list = list(Treatment.objects.filter(question_items__content_object_id=question.pk))
    return {
        **question_row(question),
        "asked_by": question.author.public_name,
        "body": question.body,
        "age_range": question.get_age_range_display() if question.age_range else "",
        "city": question.city,
        "answers": [answer_data(answer) for answer in answers],
    }


def _treatment_row(treatment: Treatment, figures) -> dict:
    return {
        **treatment_ref(treatment),
        "category": treatment.category,
        "description": treatment.description,
        "url": treatment.get_absolute_url(),
        "review_count": figures.review_count if figures else 0,
        "worth_it_percent": figures.worth_it_percent if figures else None,
        "median_cost_usd": figures.median_cost if figures else None,
    }


def treatment_list() -> list[dict]:
    """The catalogue with what the treatments page shows of each (`catalogue_figures`)."""
    figures = catalogue_figures()
    return [
        _treatment_row(t, figures.get(t.pk)) for t in sorted(catalogue().values(), key=lambda t: (t.category, t.name))
    ]


def treatment_detail(treatment: Treatment) -> dict:
    """A treatment with the hub's figures (`treatment_review_figures`): worth-it shares, ratings, cost spread."""
    figures = treatment_review_figures(treatment)
    row = _treatment_row(treatment, catalogue_figures().get(treatment.pk))
    return {
        **row,
        "figures": {
            "review_count": figures.review_count,
            "worth_it_percent": figures.worth_it_percent,
            "not_sure_percent": figures.not_sure_percent,
            "not_worth_it_percent": figures.not_worth_it_percent,
            "average_rating": figures.average_rating,
            "ratings": [vars(bar) for bar in figures.ratings],
            "cost": vars(figures.cost) if figures.cost else None,
            "other_currency_count": figures.other_currency_count,
        },
    }


def _doctor_row(doctor: DoctorProfile) -> dict:
    return {
        **doctor_ref(doctor),
        "specialty": doctor.get_specialty_display(),
        "practice_name": doctor.practice_name,
        "city": doctor.city,
        "region": doctor.region,
        "country": doctor.country,
        "status": doctor.status,
        "answer_count": doctor.answer_count,
        "helpful_vote_count": doctor.helpful_vote_count,
        "review_count": doctor.review_count,
        "average_rating": doctor.average_rating,
        "worth_it_percent": doctor.worth_it_percent,
    }


# Only what a card shows: never the licence, its document or the address of the account behind it.
DOCTOR_FIELDS = (
    "slug",
    "full_name",
    "credential",
    "specialty",
    "practice_name",
    "city",
    "region",
    "country",
    "status",
    "answer_count",
    "helpful_vote_count",
    "review_count",
    "rating_sum",
    "worth_it_count",
    "created_at",
    "hidden_at",
)


def doctor_page(*, cursor: str | None, limit: int) -> dict:
    """Verified doctors, newest on the site first (the directory's `for_directory().verified()`)."""
    doctors = DoctorProfile.objects.for_directory().verified().only(*DOCTOR_FIELDS)
    rows, next_cursor = page_of(doctors, cursor, limit, "created_at")
    return {"results": [_doctor_row(d) for d in rows], "next_cursor": next_cursor}


def public_doctor(pk: int) -> DoctorProfile | None:
    """The profile page's rule: verified or suspended, not hidden (`DoctorProfile.objects.public()`)."""
    return DoctorProfile.objects.public().filter(pk=pk).first()


def doctor_detail(doctor: DoctorProfile) -> dict:
    """A doctor's public profile with their review figures (`doctor_review_summary`, as the profile)."""
    summary = doctor_review_summary(doctor, recent=0)
    return {
        **_doctor_row(doctor),
        "bio": doctor.bio,
        "board_certifications": doctor.board_certifications,
        "website": doctor.website,
        "verified_at": doctor.verified_at,
        "headshot_url": doctor.headshot.url if doctor.headshot else None,
        "ratings": [vars(bar) for bar in summary.ratings],
        "sub_ratings": [vars(sub) for sub in summary.sub_ratings],
        "feed_url": reverse("api:doctor_answers_feed", args=[doctor.slug]),
        "widget_url": reverse("api:widget", args=[doctor.pk]),
    }


def doctor_answers(doctor: DoctorProfile, *, cursor: str | None, limit: int) -> dict:
    """The doctor's public answers on public questions, newest first: the answers their profile counts
    and lists (`Answer.objects.counted()`)."""
    answers = Answer.objects.counted().filter(doctor=doctor).select_related("question", "disclaimer", "doctor")
    rows, next_cursor = page_of(answers, cursor, limit, "created_at")
    return {"results": [answer_data(answer) for answer in rows], "next_cursor": next_cursor}


def review_row(review: Review) -> dict:
    return {
        "id": review.pk,
        "title": review.title,
        "url": review.get_absolute_url(),
        "author": review.author.public_name,
        "treatment": treatment_ref(review.treatment),
        "doctor": doctor_ref(review.doctor) if review.doctor_id and review.doctor.is_public else None,
        "verdict": review.verdict,
        "rating": review.rating,
        "cost_amount": review.cost_amount,
        "cost_currency": review.cost_currency,
        "treatment_date": review.treatment_date,
        "verified": review.is_verified,
        "incentive": review.incentive_public_text,
        "relationship": review.relationship_public_text,
        "helpful_count": review.helpful_count,
        "created_at": review.created_at,
    }


def review_page(*, treatment: Treatment | None, doctor: DoctorProfile | None, cursor: str | None, limit: int) -> dict:
    """Public reviews, newest first (the review list's `Review.objects.for_list()`)."""
    reviews = Review.objects.for_list()
    if treatment is not None:
        reviews = reviews.for_treatment(treatment)
    if doctor is not None:
        reviews = reviews.for_doctor(doctor)
    rows, next_cursor = page_of(reviews, cursor, limit, "created_at")
    return {"results": [review_row(r) for r in rows], "next_cursor": next_cursor}


def review_detail(pk: int) -> dict | None:
    """A public review with its timeline of updates and the doctor's response, unless hidden."""
    review = Review.objects.for_list().select_related("response__doctor").filter(pk=pk).first()
    if review is None:
        return None
    response = getattr(review, "response", None)
    updates = [
        {"body": entry.update.body, "created_at": entry.at, "verdict": entry.verdict}
        for entry in review_timeline(review)
        if entry.kind == "update"
    ]
    return {
        **review_row(review),
        "story": review.story,
        "sub_ratings": [{"label": label, "value": value} for label, value in review.sub_ratings],
        "updates": updates,
        "response": (
            {
                "doctor": doctor_ref(response.doctor),
                "body": response.body,
                "created_at": response.created_at,
                "updated_at": response.updated_at,
            }
            if response is not None and not response.is_hidden
            else None
        ),
    }


def _renditions(image: PhotoImage, *, blurred: bool) -> list[dict]:
    if not image.is_processed or image.withheld:
        return []
    storage = storages["default"]
    prefix = "blurred_" if blurred else ""
    return [
        {
            "width": r["width"],
            "height": r["height"],
            "webp": storage.url(r[prefix + "webp"]),
            "jpeg": storage.url(r[prefix + "jpeg"]),
        }
        for r in image.renditions
        if r.get(prefix + "webp") and r.get(prefix + "jpeg")
    ]


def photo_case_data(case: BeforeAfterPhoto) -> dict:
    """A published case: its derivatives' URLs only (never the originals, which are private)."""
    return {
        "id": case.pk,
        "url": case.get_absolute_url(),
        "caption": case.caption,
        "time_since_treatment": case.get_time_since_treatment_display(),
        "is_graphic": case.is_graphic,
        "treatments": [treatment_ref(t) for t in case.treatment_list],
        "doctor": doctor_ref(case.doctor) if case.doctor_id and case.doctor.is_public else None,
        "credit": case.credit,
        "review_id": case.review_id,
        "published_at": case.moderated_at,
        "images": [
            {
                "role": image.role,
                "renditions": _renditions(image, blurred=False),
                "blurred": _renditions(image, blurred=True),
            }
            for image in case.images.all()
        ],
    }


def photo_page(*, treatment: Treatment | None, doctor: DoctorProfile | None, cursor: str | None, limit: int) -> dict:
    """Published cases, newest published first (the gallery's `for_gallery()`)."""
    cases = BeforeAfterPhoto.objects.for_gallery()
    if treatment is not None:
        cases = cases.for_treatment(treatment)
    if doctor is not None:
        cases = cases.for_doctor(doctor)
    rows, next_cursor = page_of(cases, cursor, limit, "moderated_at")
    return {"results": [photo_case_data(c) for c in rows], "next_cursor": next_cursor}


def photo_detail(pk: int) -> dict | None:
    case = BeforeAfterPhoto.objects.for_gallery().filter(pk=pk).first()
    return photo_case_data(case) if case is not None else None


@lru_cache(maxsize=64)
def _adapter(schema) -> TypeAdapter:
    return TypeAdapter(schema)


def serialise(schema, data: dict | list) -> bytes:
    """`data` checked against `schema` and written as JSON: what is kept and served."""
    adapter = _adapter(schema)
    return adapter.dump_json(adapter.validate_python(data))
