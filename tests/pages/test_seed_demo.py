"""seed_demo fills the database quickly and leaves every counter as the services would have kept it."""

import io
from types import SimpleNamespace

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.models import Count, Min, Q, Sum

from core.demo import bulk_insert, search_indexes_deferred
from doctors.models import DoctorProfile
from questions.models import Answer, HelpfulVote, Question
from tests.factories import UserFactory
from treatments.models import Treatment

pytestmark = pytest.mark.django_db


def _seed(questions: int = 60) -> str:
    out = io.StringIO()
    call_command("seed_demo", questions=questions, stdout=out)
    return out.getvalue()


def test_seed_demo_counters_match_the_rows_and_the_benchmark_finds_its_pages():
    _seed()
    assert Treatment.objects.count() == 50
    for question in Question.objects.annotate(
        n=Count("answers"), helpful=Sum("answers__helpful_count"), first=Min("answers__created_at")
    ):
        assert question.answer_count == question.n
        assert question.helpful_count == (question.helpful or 0)
        if question.n:
            # Answers clamped to "now" can tie for first: any of them is the first answer.
            first_doctors = question.answers.filter(created_at=question.first).values_list("doctor_id", flat=True)
            assert question.first_answer_doctor_id in set(first_doctors)
            assert question.last_activity_at == question.answers.order_by("-created_at")[0].created_at
    for answer in Answer.objects.annotate(votes=Count("helpful_votes")):
        assert answer.helpful_count == answer.votes
    for doctor in DoctorProfile.objects.annotate(n=Count("answers"), helpful=Sum("answers__helpful_count")):
        assert doctor.answer_count == doctor.n
        assert doctor.helpful_vote_count == (doctor.helpful or 0)

    # A busy question page and a rare word for the benchmark.
    verified = DoctorProfile.objects.verified().count()
    busiest = Question.objects.order_by("-answer_count").first()
    assert busiest.answer_count == min(20, verified)
    assert Question.objects.filter(title__icontains="keloid").exists()


def test_seed_demo_twice_changes_nothing():
    _seed()
    before = Question.objects.count(), Answer.objects.count(), HelpfulVote.objects.count()
    assert "already here" in _seed()
    assert (Question.objects.count(), Answer.objects.count(), HelpfulVote.objects.count()) == before


def test_bulk_insert_sets_keys_that_related_rows_can_use(treatment):
    author = UserFactory()
    questions = [
        Question(author=author, title=f"Question number {i} about Botox", slug=f"q-{i}", body="x" * 40)
        for i in range(3)
    ]
    bulk_insert(questions)
    assert all(q.pk for q in questions)
    assert list(Question.objects.order_by("pk").values_list("pk", flat=True)) == [q.pk for q in questions]
    # The sequence moved past them: an ordinary insert gets a fresh key.
    later = Question.objects.create(author=author, title="A later question here", body="y" * 40)
    assert later.pk > max(q.pk for q in questions)
    assert Question.objects.get(pk=questions[0].pk).updated_at is not None  # auto_now ran


@pytest.mark.skipif(connection.vendor != "postgresql", reason="GIN indexes exist only on PostgreSQL")
def test_large_seed_rebuilds_every_search_index():
    def gin_indexes() -> set[str]:
        with connection.cursor() as cursor:
            cursor.execute("SELECT indexname FROM pg_indexes WHERE indexdef ILIKE '%USING gin%'")
            return {row[0] for row in cursor.fetchall()}

    before = gin_indexes()
    assert before
    ctx = SimpleNamespace(large=True, out=io.StringIO())
    with search_indexes_deferred(ctx):
        assert not gin_indexes() & before
    assert gin_indexes() == before


def test_each_demo_doctor_has_a_licence_file_of_their_own(django_capture_on_commit_callbacks):
    from django.core.files.base import ContentFile

    _seed()
    profiles = list(DoctorProfile.objects.order_by("pk"))
    names = [profile.licence_document.name for profile in profiles]
    assert len(set(names)) == len(names)
    assert all(profile.licence_document.storage.exists(name) for profile, name in zip(profiles, names, strict=True))
    # Replacing one doctor's licence removes that doctor's old file only (django-cleanup).
    first, second = profiles[0], profiles[1]
    with django_capture_on_commit_callbacks(execute=True):
        first.licence_document = ContentFile(_one_page_pdf(), name="renewed.pdf")
        first.save()
    assert not first.licence_document.storage.exists(names[0])
    assert second.licence_document.storage.exists(names[1])


def _one_page_pdf() -> bytes:
    import pikepdf

    pdf = pikepdf.new()
    pdf.add_blank_page()
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def test_seed_demo_leaves_an_appeal_to_decide_and_a_hidden_review_to_appeal():
    from accounts.models import User
    from moderation.models import Appeal, ModerationLog
    from moderation.permissions import check_can_appeal, check_can_decide_appeal
    from reviews.models import Review

    _seed()
    moderator, patient = User.objects.get(handle="moderator"), User.objects.get(handle="patient")
    pending = Appeal.objects.pending().get()
    check_can_decide_appeal(moderator, pending)  # an administrator hid it: the demo moderator may decide
    own = Review.objects.hidden().get(author=patient)
    check_can_appeal(patient, own, ModerationLog.objects.current_hiding(own))
    assert set(Appeal.objects.values_list("status", flat=True)) == {"pending", "upheld", "restored"}
    # Hidden reviews left the doctors' figures as the services keep them.
    for doctor in DoctorProfile.objects.annotate(n=Count("reviews", filter=Q(reviews__hidden_at__isnull=True))):
        assert doctor.review_count == doctor.n
