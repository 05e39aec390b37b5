"""Every moderation changelist runs the same number of queries for a handful of rows and for hundreds.

Rows are bulk-created (fast, and no per-row side effects); each builder makes `n` rows whose related
objects differ, so a missing select_related/prefetch shows up as a different count.
"""

import datetime
from collections.abc import Callable

import pytest
from django.apps import apps
from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from accounts.models import User
from tests.factories import DoctorProfileFactory, TreatmentFactory

pytestmark = pytest.mark.django_db

_counter = iter(range(10**9))


def _users(n: int, prefix: str) -> list[User]:
    batch = [User(handle=f"{prefix}{next(_counter)}", email=f"{prefix}{next(_counter)}@example.com") for _ in range(n)]
    return User.objects.bulk_create(batch)


def _doctors(n: int):
    from doctors.models import DoctorProfile

    users = _users(n, "doc")
    now = timezone.now()
    return DoctorProfile.objects.bulk_create(
        [
            DoctorProfile(
                user=user,
                slug=f"doctor-{user.handle}",
                full_name=f"Sam {user.handle}",
                credential="MD",
                specialty="dermatology",
                licence_number=f"TX-{user.pk}",
                licence_region="Texas",
                city="Austin",
                status=["pending", "verified"][i % 2],
                verified_at=now if i % 2 else None,
            )
            for i, user in enumerate(users)
        ]
    )


def _questions(n: int):
    from questions.models import Question, QuestionTreatment

    treatments = [TreatmentFactory(name=f"Speed treatment {i}", slug=f"speed-treatment-{i}") for i in range(2)]
    authors = _users(n, "asker")
    questions = Question.objects.bulk_create(
        [
            Question(
                author=author,
                title=f"How long does swelling last, case {author.handle}?",
                slug=f"case-{author.handle}",
                body="A question body long enough to pass every validator in the model.",
                hidden_at=timezone.now() if i % 5 == 0 else None,
            )
            for i, author in enumerate(authors)
        ]
    )
    QuestionTreatment.objects.bulk_create(
        [QuestionTreatment(content_object=q, tag=treatments[i % 2]) for i, q in enumerate(questions)]
    )
    return questions


def _answers(n: int):
    from questions.models import Answer, DisclaimerVersion

    disclaimer = DisclaimerVersion.objects.current()
    questions = _questions(n)
    doctors = _doctors(n)
    return Answer.objects.bulk_create(
        [
            Answer(question=q, doctor=d, disclaimer=disclaimer, body="An answer body. " * 5)
            for q, d in zip(questions, doctors, strict=True)
        ]
    )


def _reviews(n: int):
    from reviews.models import Review

    treatment = TreatmentFactory(name="Speed review treatment", slug="speed-review-treatment")
    doctors = _doctors(n)
    authors = _users(n, "reviewer")
    return Review.objects.bulk_create(
        [
            Review(
                author=author,
                treatment=treatment,
                doctor=doctor,
                verdict="worth_it",
                rating=4,
                treatment_date=datetime.date(2026, 1, 1),
                title=f"My experience {author.handle}",
                story="A story long enough for the validators. " * 5,
            )
            for author, doctor in zip(authors, doctors, strict=True)
        ]
    )


def _photos(n: int):
    from photos.models import BeforeAfterPhoto

    uploaders = _users(n, "uploader")
    doctors = _doctors(n)
    return BeforeAfterPhoto.objects.bulk_create(
        [
            BeforeAfterPhoto(uploader=u, doctor=d, caption="Forehead lines", time_since_treatment="3_6_weeks")
            for u, d in zip(uploaders, doctors, strict=True)
        ]
    )


def _flags(n: int):
    from moderation.models import Flag

    answers = _answers(n)
    reporters = _users(n, "reporter")
    content_type = ContentType.objects.get_for_model(answers[0])
    return Flag.objects.bulk_create(
        [
            Flag(content_type=content_type, object_id=a.pk, target_repr=str(a.pk), reporter=r, reason="spam")
            for a, r in zip(answers, reporters, strict=True)
        ]
    )


def _log_entries(n: int):
    from moderation.models import ModerationLog

    questions = _questions(n)
    actors = _users(n, "actor")
    content_type = ContentType.objects.get_for_model(questions[0])
    return ModerationLog.objects.bulk_create(
        [
            ModerationLog(
                actor=actor,
                action="hide",
                target_type=content_type,
                target_id=q.pk,
                target_repr=q.title,
                before={"hidden_at": None},
                after={"hidden_at": "2026-01-01T00:00:00+00:00"},
            )
            for q, actor in zip(questions, actors, strict=True)
        ]
    )


BUILDERS: dict[str, Callable[[int], list]] = {
    "questions.question": _questions,
    "questions.answer": _answers,
    "doctors.doctorprofile": _doctors,
    "reviews.review": _reviews,
    "photos.beforeafterphoto": _photos,
    "moderation.flag": _flags,
    "moderation.moderationlog": _log_entries,
}


def _changelist_or_skip(label: str) -> str:
    app_label, _, model_name = label.partition(".")
    try:
        model = apps.get_model(app_label, model_name)
    except LookupError:
        pytest.skip(f"The {label} model does not exist yet.")
    if not admin.site.is_registered(model):
        pytest.skip(f"The {label} model has no admin yet.")
    return f"/admin/{app_label}/{model_name}/"


@pytest.mark.parametrize("label", list(BUILDERS))
def test_changelist_query_count_does_not_grow_with_rows(label, client_as, moderator, admin_user):
    url = _changelist_or_skip(label)
    DoctorProfileFactory()  # one doctor up front, so filters listing doctors are never empty
    clients = {"moderator": client_as(moderator), "administrator": client_as(admin_user)}

    def counts() -> dict[str, int]:
        result = {}
        for who, client in clients.items():
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url)
            assert response.status_code == 200, (label, who, response.status_code)
            result[who] = len(queries)
        return result

    BUILDERS[label](5)
    small = counts()
    BUILDERS[label](195)
    large = counts()
    assert small == large, f"{label}: queries with 5 rows {small}, with 200 rows {large}"
