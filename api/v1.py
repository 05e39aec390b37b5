"""/api/v1/: the public read API, members' own reads and doctors' answers (docs/api.md).

Operations read top to bottom: `guard` (token, rate limit) -> the pages' scoped read, kept until it
changes (`kept_json`) -> JSON with an ETag. Errors are problem details (`api.http`).
"""

import time
from typing import Literal

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.csp import CSP
from django.views.decorators.csp import csp_override
from ninja import NinjaAPI, Query, Schema
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.openapi.docs import Swagger
from pydantic import Field

from accounts.models import Notice
from accounts.two_factor import has_second_factor, two_factor_required
from api import reads, schemas
from api.http import PROBLEM_TYPE, ApiProblem, TokenAuth, guard, kept_json, problem_response, respond_json
from doctors.models import DoctorProfile
from moderation.ratelimits import rate_limited
from questions.forms import AnswerForm
from questions.models import Answer, Question
from questions.permissions import check_can_answer
from questions.services import answer_create
from reviews.models import Review

# Swagger UI from the files django-ninja ships (served by whitenoise like every static file): no CDN. Its
# own stylesheet sets style attributes, which the site's CSP would refuse on this one page.
_docs_csp = csp_override({**settings.SECURE_CSP, "style-src": [CSP.SELF, CSP.UNSAFE_INLINE]})


class CandidAPI(NinjaAPI):
    def get_openapi_schema(self, *args, **kwargs):
        """The schema django-ninja makes, with errors served as what they are: application/problem+json."""
        schema = super().get_openapi_schema(*args, **kwargs)
        for operations in schema["paths"].values():
            for operation in operations.values():
                for status, response in operation.get("responses", {}).items():
                    if int(status) >= 400 and "application/json" in response.get("content", {}):
                        response["content"] = {PROBLEM_TYPE: response["content"]["application/json"]}
        return schema


api = CandidAPI(
    title="Candid API",
    version="1",
    description=(
        "Read Candid's public questions, verified doctors' answers (each with its medical disclaimer), "
        "treatments and their figures, verified doctors, reviews and approved before/after cases. "
        "Anonymous reads are limited per address; a personal token (your account page) reads your own "
        "notices and content, and lets a verified doctor post answers. Errors are RFC 9457 problem details. "
        "See docs/api.md for authentication, limits, pagination, versioning and deprecation."
    ),
    urls_namespace="api-v1",
    docs=Swagger(settings={"persistAuthorization": False}),
    docs_decorator=_docs_csp,
)

PROBLEMS = {400: schemas.Problem, 404: schemas.Problem, 422: schemas.Problem, 429: schemas.Problem}
TOKEN_PROBLEMS = {**PROBLEMS, 401: schemas.Problem, 403: schemas.Problem}


def reads_of(schema) -> dict:
    return {200: schema, 304: None, **PROBLEMS}


class PageQuery(Schema):
    cursor: str | None = Field(None, max_length=200, description="`next_cursor` from the previous page.")
    limit: int = Field(reads.PAGE_SIZE, ge=1, le=reads.MAX_PAGE_SIZE, description="Rows per page.")


class QuestionQuery(PageQuery):
    treatment: str | None = Field(None, max_length=100, description="A treatment's slug.")
    state: Literal["answered", "unanswered"] | None = Field(None, description="Answered or unanswered only.")
    q: str | None = Field(None, max_length=200, description="Words to search for (newest matches first).")


class ListQuery(PageQuery):
    treatment: str | None = Field(None, max_length=100, description="A treatment's slug.")
    doctor: int | None = Field(None, ge=1, le=2**31, description="A doctor's id.")


def _cursor(cursor: str | None) -> str:
    if cursor:
        try:
            reads.cursor_decode(cursor)
        except reads.BadCursor:
            raise ApiProblem(400, "This cursor was not made by this API: start again without it.") from None
    return cursor or ""


def _treatment(slug: str | None):
    if not slug:
        return None
    treatment = reads.treatment_by_slug(slug)
    if treatment is None:
        raise ApiProblem(404, f"No treatment {slug!r}.")
    return treatment


def _doctor(pk: int | None) -> DoctorProfile | None:
    if pk is None:
        return None
    doctor = reads.public_doctor(pk)
    if doctor is None:
        raise ApiProblem(404, f"No doctor {pk}.")
    return doctor


# Public reads.
@api.get("/questions", response=reads_of(schemas.QuestionPage), tags=["questions"], summary="Questions")
def question_list(request: HttpRequest, filters: Query[QuestionQuery]) -> HttpResponse:
    """Public questions, newest first, optionally about one treatment, answered or not, or matching words."""
    guard(request)
    cursor = _cursor(filters.cursor)
    treatment = _treatment(filters.treatment)
    state = filters.state or ""
    search = " ".join((filters.q or "").split())
    key = f"questions:{treatment.pk if treatment else ''}:{state}:{filters.limit}:{cursor}:{search}"
    return kept_json(
        request,
        key,
        lambda: reads.question_page(
            treatment=treatment, state=state, search=search, cursor=cursor or None, limit=filters.limit
        ),
        topics=["list:questions", "list:treatments"],
        schema=schemas.QuestionPage,
    )


@api.get(
    "/questions/{question_id}",
    response=reads_of(schemas.Question),
    tags=["questions"],
    summary="A question",
    url_name="question_detail",
)
def question_detail(request: HttpRequest, question_id: int) -> HttpResponse:
    """A public question with its public answers, most helpful first, each with its disclaimer."""
    guard(request)
    return kept_json(
        request,
        f"question:{question_id}",
        lambda: reads.question_detail(question_id),
        topics=[f"question:{question_id}", "list:treatments"],
        schema=schemas.Question,
    )


@api.get("/treatments", response=reads_of(list[schemas.TreatmentRow]), tags=["treatments"], summary="Treatments")
def treatment_list(request: HttpRequest) -> HttpResponse:
    """The whole catalogue (a few dozen rows, no pages) with each treatment's review count and worth-it share."""
    guard(request)
    return kept_json(
        request,
        "treatments",
        reads.treatment_list,
        topics=["list:treatments", "list:reviews"],
        schema=list[schemas.TreatmentRow],
    )


@api.get("/treatments/{slug}", response=reads_of(schemas.Treatment), tags=["treatments"], summary="A treatment")
def treatment_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """A treatment with its hub's figures: worth-it shares, rating distribution, cost quartiles."""
    guard(request)
    treatment = _treatment(slug[:100])
    return kept_json(
        request,
        f"treatment:{treatment.pk}",
        lambda: reads.treatment_detail(treatment),
        topics=[f"treatment:{treatment.pk}", "list:treatments", "list:reviews"],
        schema=schemas.Treatment,
    )


@api.get("/doctors", response=reads_of(schemas.DoctorPage), tags=["doctors"], summary="Verified doctors")
def doctor_list(request: HttpRequest, page: Query[PageQuery]) -> HttpResponse:
    """Verified doctors, newest on the site first, with their figures."""
    guard(request)
    cursor = _cursor(page.cursor)
    return kept_json(
        request,
        f"doctors:{page.limit}:{cursor}",
        lambda: reads.doctor_page(cursor=cursor or None, limit=page.limit),
        topics=["list:doctors"],
        schema=schemas.DoctorPage,
    )


@api.get("/doctors/{doctor_id}", response=reads_of(schemas.Doctor), tags=["doctors"], summary="A doctor")
def doctor_detail(request: HttpRequest, doctor_id: int) -> HttpResponse:
    """A doctor's public profile and review figures (verified, or suspended: their answers stay up)."""
    guard(request)

    def read():
        doctor = reads.public_doctor(doctor_id)
        return reads.doctor_detail(doctor) if doctor is not None else None

    return kept_json(request, f"doctor:{doctor_id}", read, topics=[f"doctor:{doctor_id}"], schema=schemas.Doctor)


@api.get(
    "/doctors/{doctor_id}/answers",
    response=reads_of(schemas.AnswerPage),
    tags=["doctors"],
    summary="A doctor's answers",
)
def doctor_answers(request: HttpRequest, doctor_id: int, page: Query[PageQuery]) -> HttpResponse:
    """The doctor's public answers, newest first, each with its disclaimer."""
    guard(request)
    cursor = _cursor(page.cursor)

    def read():
        doctor = reads.public_doctor(doctor_id)
        return reads.doctor_answers(doctor, cursor=cursor or None, limit=page.limit) if doctor else None

    return kept_json(
        request,
        f"doctor-answers:{doctor_id}:{page.limit}:{cursor}",
        read,
        topics=[f"doctor:{doctor_id}"],
        schema=schemas.AnswerPage,
    )


@api.get("/reviews", response=reads_of(schemas.ReviewPage), tags=["reviews"], summary="Reviews")
def review_list(request: HttpRequest, filters: Query[ListQuery]) -> HttpResponse:
    """Public reviews, newest first, optionally of one treatment or one doctor."""
    guard(request)
    cursor = _cursor(filters.cursor)
    treatment = _treatment(filters.treatment)
    doctor = _doctor(filters.doctor)
    key = f"reviews:{treatment.pk if treatment else ''}:{doctor.pk if doctor else ''}:{filters.limit}:{cursor}"
    return kept_json(
        request,
        key,
        lambda: reads.review_page(treatment=treatment, doctor=doctor, cursor=cursor or None, limit=filters.limit),
        topics=["list:reviews", "list:doctors", "list:treatments"],
        schema=schemas.ReviewPage,
    )


@api.get("/reviews/{review_id}", response=reads_of(schemas.Review), tags=["reviews"], summary="A review")
def review_detail(request: HttpRequest, review_id: int) -> HttpResponse:
    """A public review with its updates (and verdict changes) and the doctor's response."""
    guard(request)
    return kept_json(
        request,
        f"review:{review_id}",
        lambda: reads.review_detail(review_id),
        topics=[f"review:{review_id}", "list:doctors", "list:treatments"],
        schema=schemas.Review,
    )


@api.get("/photos", response=reads_of(schemas.PhotoPage), tags=["photos"], summary="Before/after cases")
def photo_list(request: HttpRequest, filters: Query[ListQuery]) -> HttpResponse:
    """Approved before/after cases, newest approved first: the public derivatives' URLs only."""
    guard(request)
    cursor = _cursor(filters.cursor)
    treatment = _treatment(filters.treatment)
    doctor = _doctor(filters.doctor)
    key = f"photos:{treatment.pk if treatment else ''}:{doctor.pk if doctor else ''}:{filters.limit}:{cursor}"
    return kept_json(
        request,
        key,
        lambda: reads.photo_page(treatment=treatment, doctor=doctor, cursor=cursor or None, limit=filters.limit),
        topics=["list:photos", "list:doctors", "list:treatments"],
        schema=schemas.PhotoPage,
    )


@api.get("/photos/{case_id}", response=reads_of(schemas.PhotoCase), tags=["photos"], summary="A before/after case")
def photo_detail(request: HttpRequest, case_id: int) -> HttpResponse:
    guard(request)
    return kept_json(
        request,
        f"photo:{case_id}",
        lambda: reads.photo_detail(case_id),
        topics=[f"photo:{case_id}", "list:photos", "list:doctors"],
        schema=schemas.PhotoCase,
    )


# A member's own reads, with their token.
def _private(request: HttpRequest, schema, data) -> HttpResponse:
    return respond_json(request, reads.serialise(schema, data), time.time(), private=True)


@api.get("/me", auth=TokenAuth(), response={200: schemas.Me, 304: None, **TOKEN_PROBLEMS}, tags=["me"], summary="Me")
def me(request: HttpRequest) -> HttpResponse:
    """Whose token this is."""
    token = guard(request)
    doctor = DoctorProfile.objects.public().filter(user=token.user).first()
    data = {
        "handle": token.user.public_name,
        "doctor": reads.doctor_ref(doctor) if doctor else None,
        "token_name": token.name,
        "can_post_answers": token.can_post_answers,
    }
    return _private(request, schemas.Me, data)


@api.get(
    "/me/notices",
    auth=TokenAuth(),
    response={200: schemas.NoticePage, 304: None, **TOKEN_PROBLEMS},
    tags=["me"],
    summary="My notices",
)
def my_notices(request: HttpRequest, page: Query[PageQuery]) -> HttpResponse:
    """Your notices, newest first (what your account page lists)."""
    token = guard(request)
    cursor = _cursor(page.cursor)
    rows, next_cursor = reads.page_of(Notice.objects.filter(user=token.user), cursor or None, page.limit, "created_at")
    data = {
        "results": [
            {"id": n.pk, "message": n.message, "url": n.url, "created_at": n.created_at, "read": n.read_at is not None}
            for n in rows
        ],
        "next_cursor": next_cursor,
    }
    return _private(request, schemas.NoticePage, data)


@api.get(
    "/me/questions",
    auth=TokenAuth(),
    response={200: schemas.MyQuestionPage, 304: None, **TOKEN_PROBLEMS},
    tags=["me"],
    summary="My questions",
)
def my_questions(request: HttpRequest, page: Query[PageQuery]) -> HttpResponse:
    """Your questions, newest first, including any a moderator hid (`hidden`)."""
    token = guard(request)
    cursor = _cursor(page.cursor)
    questions = Question.objects.filter(author=token.user).with_treatment_list()
    rows, next_cursor = reads.page_of(questions, cursor or None, page.limit, "created_at")
    data = {
        "results": [{**reads.question_row(q), "body": q.body, "hidden": q.is_hidden} for q in rows],
        "next_cursor": next_cursor,
    }
    return _private(request, schemas.MyQuestionPage, data)


@api.get(
    "/me/reviews",
    auth=TokenAuth(),
    response={200: schemas.MyReviewPage, 304: None, **TOKEN_PROBLEMS},
    tags=["me"],
    summary="My reviews",
)
def my_reviews(request: HttpRequest, page: Query[PageQuery]) -> HttpResponse:
    """Your reviews, newest first, including any a moderator hid (`hidden`)."""
    token = guard(request)
    cursor = _cursor(page.cursor)
    reviews = Review.objects.filter(author=token.user).select_related("author", "treatment", "doctor")
    rows, next_cursor = reads.page_of(reviews, cursor or None, page.limit, "created_at")
    data = {
        "results": [{**reads.review_row(r), "story": r.story, "hidden": r.is_hidden} for r in rows],
        "next_cursor": next_cursor,
    }
    return _private(request, schemas.MyReviewPage, data)


# Doctors' answers.
@api.post(
    "/questions/{question_id}/answers",
    auth=TokenAuth(),
    response={201: schemas.Answer, **TOKEN_PROBLEMS},
    tags=["questions"],
    summary="Answer a question (verified doctors)",
)
def answer_post(request: HttpRequest, question_id: int, payload: schemas.AnswerIn) -> HttpResponse:
    """Publish your answer, as the answer form does: the same rules (a verified doctor, once per question,
    not your own), the same rate limit, and the disclaimer in force, naming you. Needs a token made to
    post answers, and two-factor authentication where the site asks doctors for it."""
    token = guard(request)
    user = token.user
    if not token.can_post_answers:
        raise ApiProblem(403, "This token may only read. Make a token that may post answers on your account page.")
    if two_factor_required(user) and not has_second_factor(user):
        raise ApiProblem(403, "Set up two-factor authentication on your account before posting answers.")
    question = Question.objects.public().select_related("author").filter(pk=question_id).first()
    if question is None:
        raise Http404
    doctor = check_can_answer(user, question)
    form = AnswerForm({"body": payload.body})
    if not form.is_valid():
        raise ApiProblem(422, "The answer is not valid.", errors=_form_errors(form))
    if rate_limited(request, "answer"):
        raise ApiProblem(
            429,
            "You have posted many answers in the last hour. Please wait a little and try again.",
            headers={"Retry-After": "600"},
        )
    answer = answer_create(doctor=doctor, question=question, body=form.cleaned_data["body"])
    answer = Answer.objects.select_related("question", "doctor", "disclaimer").get(pk=answer.pk)
    response = HttpResponse(
        reads.serialise(schemas.Answer, reads.answer_data(answer)), status=201, content_type="application/json"
    )
    response["Location"] = reverse("api-v1:question_detail", args=[question.pk])
    return response


def _form_errors(form) -> list[dict]:
    return [{"loc": ["body", field], "msg": message} for field, messages in form.errors.items() for message in messages]


# Every error as problem details.
@api.exception_handler(ApiProblem)
def _problem(request, error: ApiProblem):
    return problem_response(
        request, error.status, error.detail, title=error.title, errors=error.errors, headers=error.headers
    )


@api.exception_handler(Http404)
def _not_found(request, error):
    return problem_response(request, 404, "Nothing here: it does not exist, or it is not public.")


@api.exception_handler(PermissionDenied)
def _forbidden(request, error):
    return problem_response(request, 403, str(error) or "You may not do this.")


@api.exception_handler(AuthenticationError)
def _unauthorised(request, error):
    return problem_response(
        request,
        401,
        "Send a valid personal token: `Authorization: Bearer <token>` (make one on your account page).",
        headers={"WWW-Authenticate": 'Bearer realm="api"'},
    )


@api.exception_handler(ValidationError)
def _invalid(request, error: ValidationError):
    errors = [{"loc": [str(part) for part in e.get("loc", [])], "msg": str(e.get("msg", ""))} for e in error.errors]
    return problem_response(request, 422, "Some parameters are not valid.", errors=errors)


@api.exception_handler(DjangoValidationError)
def _refused(request, error: DjangoValidationError):
    return problem_response(request, 422, " ".join(error.messages))


@api.exception_handler(HttpError)
def _http_error(request, error: HttpError):
    return problem_response(request, error.status_code, str(error))
