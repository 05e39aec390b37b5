"""The question services check their rule themselves, whoever calls them (a view, the admin, a command):
called directly for someone the rule refuses, each raises PermissionDenied and writes nothing."""

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from accounts.models import Notice
from moderation.services import content_hide
from questions.models import Answer, HelpfulVote, Question
from questions.services import answer_helpful_toggle, answer_thank, question_create
from tests.factories import UserFactory

from .conftest import BODY

pytestmark = pytest.mark.django_db


def test_question_create_refuses_an_unconfirmed_author(treatment):
    author = UserFactory(email_confirmed=False)
    with pytest.raises(PermissionDenied, match="Confirm your e-mail address"):
        question_create(author=author, title="Does a chemical peel hurt much?", body=BODY, treatments=[treatment])
    assert not Question.objects.exists()


def test_question_create_refuses_a_suspended_author(treatment):
    author = UserFactory(suspended_at=timezone.now(), suspension_reason="Advertising a clinic.")
    with pytest.raises(PermissionDenied, match="Advertising a clinic"):
        question_create(author=author, title="Does a chemical peel hurt much?", body=BODY, treatments=[treatment])
    assert not Question.objects.exists()


def test_answer_helpful_toggle_refuses_the_doctor_who_wrote_it(answer, doctor):
    with pytest.raises(PermissionDenied, match="your own answer"):
        answer_helpful_toggle(answer=answer, user=doctor.user)
    assert not HelpfulVote.objects.exists()
    assert Answer.objects.get(pk=answer.pk).helpful_count == 0


def test_answer_helpful_toggle_refuses_a_hidden_answer_even_from_a_stale_copy(answer, other_patient, moderator):
    stale = Answer.objects.get(pk=answer.pk)
    content_hide(actor=moderator, target=answer, reason="Advertising")
    with pytest.raises(PermissionDenied, match="no longer available"):
        answer_helpful_toggle(answer=stale, user=other_patient)
    assert not HelpfulVote.objects.exists()


def test_answer_thank_refuses_anyone_but_the_asker(answer, other_patient):
    with pytest.raises(PermissionDenied, match="Only the person who asked"):
        answer_thank(answer=answer, user=other_patient)
    assert Answer.objects.get(pk=answer.pk).thanked_at is None
    assert not Notice.objects.filter(message__contains="thanked you").exists()
