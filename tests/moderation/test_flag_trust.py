"""Flags weigh by trust, and a doctor's profile or standing is never changed by flags alone."""

import datetime
from html import unescape

import pytest
from allauth.account.models import EmailAddress
from django.urls import reverse
from django.utils import timezone

from accounts.models import User
from moderation.models import Flag, ModerationLog
from moderation.services import flag_create, flags_resolve
from moderation.trust import Trust, reporter_trust
from questions.models import Answer
from tests.factories import AnswerFactory, QuestionFactory, UserFactory
from tests.moderation.helpers import log_entries, open_flags, trusted_member

pytestmark = pytest.mark.django_db

ANSWER = (
    "Swelling after filler usually settles within two weeks; asymmetry that lasts longer deserves a visit "
    "to the injector, who can check for a small bump or lump and treat it if needed."
)


def flag_url(obj) -> str:
    return reverse("moderation:flag", args=[obj._meta.label_lower, obj.pk])


def flag_through_the_site(client_as, reporter, target, reason=Flag.Reason.NOT_GENUINE):
    response = client_as(reporter).post(flag_url(target), {"reason": reason, "details": "Not a real doctor."})
    assert response.status_code == 302, response.content[:300]


@pytest.fixture
def threshold(settings):
    settings.FLAG_AUTO_HIDE_THRESHOLD = 3
    settings.FLAG_TRUST_ACCOUNT_AGE_DAYS = 7
    return 3


def test_three_fresh_accounts_flagging_a_doctor_leave_the_profile_public_and_the_doctor_answering(
    client, client_as, doctor, threshold
):
    """The reproduction of the issue: three throw-away accounts (new, but with confirmed addresses)."""
    for _ in range(3):
        flag_through_the_site(client_as, UserFactory(), doctor)
    doctor.refresh_from_db()
    assert not doctor.is_hidden
    assert client.get(doctor.get_absolute_url()).status_code == 200
    assert open_flags().count() == 3  # recorded and queued for the moderators
    assert not log_entries(ModerationLog.Action.AUTO_HIDE).exists()

    question = QuestionFactory()
    response = client_as(doctor.user).post(
        reverse("questions:answer_new", args=[question.pk, question.slug]), {"body": ANSWER}
    )
    assert response.status_code == 302
    assert Answer.objects.filter(question=question, doctor=doctor).exists()


def test_no_weight_of_trusted_flags_hides_a_doctors_profile(client, client_as, doctor, threshold):
    for _ in range(threshold * 2):
        flag_through_the_site(client_as, trusted_member(), doctor)
    doctor.refresh_from_db()
    assert not doctor.is_hidden
    assert doctor.status == doctor.Status.VERIFIED
    assert client.get(doctor.get_absolute_url()).status_code == 200
    assert not log_entries(ModerationLog.Action.AUTO_HIDE).exists()


def test_trusted_flags_still_hide_an_ordinary_patient_post(client, client_as, threshold):
    question = QuestionFactory()
    for _ in range(threshold):
        flag_through_the_site(client_as, trusted_member(), question, reason=Flag.Reason.SPAM)
    question.refresh_from_db()
    assert question.is_hidden
    assert client.get(question.get_absolute_url()).status_code == 404
    assert log_entries(ModerationLog.Action.AUTO_HIDE).get().actor is None


def test_flags_from_untrusted_accounts_are_queued_but_never_hide(client_as, threshold, moderator):
    question = QuestionFactory()
    new_account = UserFactory()
    suspended = trusted_member()
    often_wrong = trusted_member()
    for _ in range(2):  # two flags a moderator rejected, none upheld
        flag_create(reporter=often_wrong, target=AnswerFactory(), reason=Flag.Reason.SPAM)
    for flagged in Flag.objects.filter(reporter=often_wrong):
        flags_resolve(actor=moderator, target=flagged.target, outcome=Flag.Outcome.KEPT)
    # A suspended member can't flag at all; a flag from before the suspension counts for nothing.
    flag_create(reporter=suspended, target=question, reason=Flag.Reason.SPAM)
    User.objects.filter(pk=suspended.pk).update(suspended_at=timezone.now(), suspension_reason="Spam")
    flag_through_the_site(client_as, new_account, question)
    flag_through_the_site(client_as, often_wrong, question)
    question.refresh_from_db()
    assert not question.is_hidden
    assert open_flags().filter(object_id=question.pk).count() == 3


def test_an_unconfirmed_account_is_not_trusted():
    # An unconfirmed account can't flag (check_can_flag); one whose address lost its confirmation after
    # flagging no longer weighs.
    reporter = trusted_member()
    flag = flag_create(reporter=reporter, target=AnswerFactory(), reason=Flag.Reason.SPAM)
    EmailAddress.objects.filter(user=reporter).update(verified=False)
    trust = reporter_trust(Flag.objects.with_reporter_trust().get(pk=flag.pk))
    assert not trust.is_trusted
    assert "e-mail not confirmed" in trust.doubts


def test_a_record_of_upheld_flags_weighs_more_and_one_honest_mistake_costs_nothing():
    joined = timezone.now() - datetime.timedelta(days=30)
    assert Trust(email_confirmed=True, joined=joined, suspended=False, upheld=0, rejected=0).weight == 1
    assert Trust(email_confirmed=True, joined=joined, suspended=False, upheld=0, rejected=1).weight == 1
    assert Trust(email_confirmed=True, joined=joined, suspended=False, upheld=1, rejected=2).weight == 0
    assert Trust(email_confirmed=True, joined=joined, suspended=False, upheld=4, rejected=1).weight == 2
    young = timezone.now() - datetime.timedelta(days=2)
    assert Trust(email_confirmed=True, joined=young, suspended=False, upheld=9, rejected=0).weight == 0


def test_two_proven_reporters_are_enough_one_is_not(threshold, moderator):
    proven = [trusted_member() for _ in range(2)]
    for reporter in proven:
        for _ in range(3):
            answer = AnswerFactory()
            flag_create(reporter=reporter, target=answer, reason=Flag.Reason.SPAM)
            flags_resolve(actor=moderator, target=answer, outcome=Flag.Outcome.HIDDEN, note="Spam")
    question = QuestionFactory()
    flag_create(reporter=proven[0], target=question, reason=Flag.Reason.SPAM)
    question.refresh_from_db()
    assert not question.is_hidden
    flag_create(reporter=proven[1], target=question, reason=Flag.Reason.SPAM)
    question.refresh_from_db()
    assert question.is_hidden


def test_trusted_flags_may_hide_one_answer_of_a_doctor_but_not_the_doctor(client, client_as, doctor, threshold):
    answer = AnswerFactory(doctor=doctor)
    for _ in range(threshold):
        flag_through_the_site(client_as, trusted_member(), answer, reason=Flag.Reason.MISINFORMATION)
    answer.refresh_from_db()
    doctor.refresh_from_db()
    assert answer.is_hidden
    assert not doctor.is_hidden
    assert client.get(doctor.get_absolute_url()).status_code == 200
    question = QuestionFactory()
    response = client_as(doctor.user).post(
        reverse("questions:answer_new", args=[question.pk, question.slug]), {"body": ANSWER}
    )
    assert response.status_code == 302


def test_moderators_see_each_reporters_trust_in_the_queue_and_on_the_review_page(client_as, moderator, doctor):
    flag_create(reporter=UserFactory(handle="fresh-account"), target=doctor, reason=Flag.Reason.NOT_GENUINE)
    flag_create(reporter=trusted_member(handle="old-hand"), target=doctor, reason=Flag.Reason.NOT_GENUINE)
    client = client_as(moderator)
    queue = unescape(client.get(reverse("admin:moderation_flag_changelist")).text)
    assert "Reporter's trust" in queue
    assert "not counted (joined" in queue
    assert "trusted, weight 1" in queue
    flag = Flag.objects.first()
    page = unescape(
        client.get(reverse("admin:moderation_flag_review", args=[flag.content_type_id, flag.object_id])).text
    )
    assert "Flags never hide a doctor profile by themselves" in page
    assert "trusted, weight 1 · 0 upheld, 0 rejected" in page


def test_the_queue_runs_the_same_number_of_queries_for_more_reporters(
    client_as, moderator, django_assert_max_num_queries
):
    client = client_as(moderator)
    url = reverse("admin:moderation_flag_changelist")
    flag_create(reporter=trusted_member(), target=QuestionFactory(), reason=Flag.Reason.SPAM)
    client.get(url)
    with django_assert_max_num_queries(20) as few:
        client.get(url)
    for _ in range(8):
        flag_create(reporter=trusted_member(), target=QuestionFactory(), reason=Flag.Reason.SPAM)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get(url).status_code == 200
