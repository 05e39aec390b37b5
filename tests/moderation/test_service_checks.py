"""The moderation services check their rule themselves, whoever calls them (a view, the console, a
command): called directly for someone the rule refuses, each raises PermissionDenied and changes nothing."""

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from accounts.models import User
from moderation.models import Flag, ModerationLog
from moderation.services import flag_create, flags_resolve, member_reinstate, member_suspend
from tests.factories import AnswerFactory, QuestionFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_flag_create_refuses_flagging_ones_own_post(patient):
    question = QuestionFactory(author=patient)
    with pytest.raises(PermissionDenied, match="your own post"):
        flag_create(reporter=patient, target=question, reason=Flag.Reason.SPAM)
    assert not Flag.objects.exists()


def test_flag_create_refuses_a_suspended_member():
    reporter = UserFactory(suspended_at=timezone.now(), suspension_reason="Flagging everything in sight.")
    with pytest.raises(PermissionDenied, match="Flagging everything in sight"):
        flag_create(reporter=reporter, target=AnswerFactory(), reason=Flag.Reason.SPAM)
    assert not Flag.objects.exists()


def test_flags_resolve_refuses_hiding_without_the_hide_permission(patient, other_patient):
    question = QuestionFactory()
    flag_create(reporter=other_patient, target=question, reason=Flag.Reason.SPAM)
    with pytest.raises(PermissionDenied, match="Only moderators can hide"):
        flags_resolve(actor=patient, target=question, outcome=Flag.Outcome.HIDDEN, note="Spam")
    question.refresh_from_db()
    assert not question.is_hidden
    assert Flag.objects.get().status == Flag.Status.OPEN


def test_member_suspend_refuses_a_member_who_is_not_a_moderator(patient, other_patient):
    with pytest.raises(PermissionDenied, match="Only moderators can suspend"):
        member_suspend(actor=patient, member=other_patient, reason="I don't like their reviews.")
    assert not User.objects.get(pk=other_patient.pk).is_suspended
    assert not ModerationLog.objects.exists()


def test_member_suspend_refuses_suspending_staff(moderator, admin_user):
    with pytest.raises(PermissionDenied, match="is staff"):
        member_suspend(actor=moderator, member=admin_user, reason="Testing the limits.")
    assert not User.objects.get(pk=admin_user.pk).is_suspended


def test_member_reinstate_refuses_a_member_who_is_not_a_moderator(patient, other_patient):
    User.objects.filter(pk=other_patient.pk).update(suspended_at=timezone.now(), suspension_reason="Spam.")
    with pytest.raises(PermissionDenied, match="Only moderators can suspend"):
        member_reinstate(actor=patient, member=other_patient)
    assert User.objects.get(pk=other_patient.pk).is_suspended
    assert not ModerationLog.objects.exists()
