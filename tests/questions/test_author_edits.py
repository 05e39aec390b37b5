"""The asker edits a question until it is answered and withdraws it at any time (questions.services)."""

import pytest
from django.core.exceptions import PermissionDenied

from moderation.models import ModerationLog
from questions.models import Question
from questions.services import answer_create, question_create, question_update_by_author, question_withdraw
from tests.factories import TreatmentFactory

from .conftest import ANSWER, BODY

pytestmark = pytest.mark.django_db


@pytest.fixture
def question(patient, filler):
    return question_create(
        author=patient, title="Is uneven swelling normal after filler?", body=BODY, treatments=[filler]
    )


def test_the_asker_updates_title_body_and_treatments(question, patient):
    botox = TreatmentFactory(name="Botox", slug="botox")
    updated = question_update_by_author(
        question=question,
        author=patient,
        title="Is it normal to swell after Botox?",
        body=BODY + "\nDay 3 now.",
        treatments=[botox],
    )
    assert updated.slug == "is-it-normal-to-swell-after-botox"
    assert "<br>Day 3 now." in Question.objects.get(pk=question.pk).body_html
    assert list(updated.treatments.all()) == [botox]


def test_nobody_else_updates_or_withdraws_it(question, other_patient):
    with pytest.raises(PermissionDenied):
        question_update_by_author(
            question=question, author=other_patient, title=question.title, body=BODY, treatments=[]
        )
    with pytest.raises(PermissionDenied):
        question_withdraw(question=question, author=other_patient)


def test_an_answered_question_is_not_updated(question, patient, doctor):
    answer_create(doctor=doctor, question=question, body=ANSWER)
    with pytest.raises(PermissionDenied, match="has answered"):
        question_update_by_author(question=question, author=patient, title=question.title, body=BODY, treatments=[])


def test_withdrawing_hides_logs_and_keeps_the_counters_right(question, patient, doctor):
    answer_create(doctor=doctor, question=question, body=ANSWER)
    question_withdraw(question=question, author=patient)
    question.refresh_from_db()
    doctor.refresh_from_db()
    assert question.is_hidden and question.answer_count == 1
    assert doctor.answer_count == 0
    entry = ModerationLog.objects.get(target_id=question.pk, action=ModerationLog.Action.HIDE)
    assert entry.actor == patient
    with pytest.raises(PermissionDenied, match="already withdrawn"):
        question_withdraw(question=question, author=patient)
