"""Follows and notices through the services: who is told, grouping, and the unread count."""

import pytest
from django.core import mail
from django.db import IntegrityError

from accounts.models import Notice
from follows.models import Follow
from follows.services import (
    NEW_ANSWER,
    NEW_QUESTION,
    follow_create,
    follow_delete,
    followers_notify,
    follows_ensure,
    follows_of,
    notify,
)
from questions.services import answer_create, question_create
from reviews.services import review_create
from tests.factories import DoctorProfileFactory, QuestionFactory, UserFactory

pytestmark = pytest.mark.django_db

BODY = "I had Botox three weeks ago and one eyebrow sits higher than the other. Will it even out?"
ANSWER = "A raised outer brow after Botox is common and easy to correct with a tiny top-up dose in two weeks."


def test_following_twice_keeps_one_follow_and_the_database_refuses_a_second(patient):
    assert follow_create(user=patient, topic="treatment:5") is True
    assert follow_create(user=patient, topic="treatment:5") is False
    assert Follow.objects.filter(user=patient).count() == 1
    with pytest.raises(IntegrityError):
        Follow.objects.create(user=patient, topic="treatment:5")


def test_a_topic_of_another_shape_is_refused(patient):
    with pytest.raises(ValueError):
        follow_create(user=patient, topic="review:5")
    with pytest.raises(IntegrityError):
        Follow.objects.create(user=patient, topic="question:0")


def test_unfollowing_updates_the_set(patient):
    follow_create(user=patient, topic="question:3")
    assert follows_of(patient) == {"question:3"}
    assert follow_delete(user=patient, topic="question:3") is True
    assert follows_of(patient) == frozenset()


def test_asking_follows_the_question_and_tells_the_treatments_followers_once(patient, other_patient, treatment):
    doctor = DoctorProfileFactory()
    second = QuestionFactory().treatments.first()
    follow_create(user=other_patient, topic=f"treatment:{treatment.pk}")
    follow_create(user=other_patient, topic=f"treatment:{second.pk}")
    follows_ensure(user=doctor.user, topics=[f"treatment:{treatment.pk}"])
    follow_create(user=patient, topic=f"treatment:{treatment.pk}")  # the asker is not told of their own

    question = question_create(
        author=patient, title="Uneven eyebrows after Botox?", body=BODY, treatments=[treatment, second]
    )

    assert Follow.objects.filter(user=patient, topic=f"question:{question.pk}").exists()
    told = Notice.objects.filter(kind=NEW_QUESTION)
    assert sorted(told.values_list("user__handle", flat=True)) == sorted([other_patient.handle, doctor.user.handle])
    assert told.get(user=doctor.user).message == f"New question about Botox: “{question.title}”."


def test_answers_on_a_followed_question_gather_in_one_unread_notice(patient, other_patient, treatment):
    question = question_create(author=patient, title="Uneven eyebrows after Botox?", body=BODY, treatments=[treatment])
    follow_create(user=other_patient, topic=f"question:{question.pk}")
    for _ in range(3):
        answer_create(doctor=DoctorProfileFactory(), question=question, body=ANSWER)

    notice = Notice.objects.get(user=other_patient, kind=NEW_ANSWER)
    assert notice.count == 3
    assert notice.message == f"3 new answers on “{question.title}”."
    asker_notice = Notice.objects.get(user=patient)  # told directly, grouped too, not as a follower
    assert asker_notice.count == 3 and asker_notice.direct
    assert asker_notice.message == f"3 doctors answered your question “{question.title}”."


def test_a_read_notice_is_not_added_to_a_new_event_starts_a_new_one(patient, other_patient, treatment):
    question = question_create(author=patient, title="Uneven eyebrows after Botox?", body=BODY, treatments=[treatment])
    follow_create(user=other_patient, topic=f"question:{question.pk}")
    answer_create(doctor=DoctorProfileFactory(), question=question, body=ANSWER)
    Notice.objects.filter(user=other_patient).update(read_at="2026-01-01T00:00:00Z")
    answer_create(doctor=DoctorProfileFactory(), question=question, body=ANSWER)
    assert list(Notice.objects.filter(user=other_patient).values_list("count", flat=True)) == [1, 1]


def test_a_review_follows_the_doctor_and_tells_the_doctors_followers(patient, other_patient, treatment, doctor):
    import datetime as dt

    follow_create(user=other_patient, topic=f"doctor:{doctor.pk}")
    review_create(
        author=patient,
        treatment=treatment,
        doctor=doctor,
        verdict="worth_it",
        rating=5,
        treatment_date=dt.date(2026, 9, 1),
        title="Natural result, no frozen look",
        story=(
            "Dr. Ruiz took the time to explain every step and the result looks natural after two weeks. "
            "Nobody at work noticed anything, which was the point."
        ),
        incentive="nothing",
        relationship="none",
    )
    assert Follow.objects.filter(user=patient, topic=f"doctor:{doctor.pk}").exists()
    notice = Notice.objects.get(user=other_patient)
    assert notice.kind == "new-review" and "Natural result" in notice.message
    assert not Notice.objects.filter(user=patient).exists()


def test_followers_notify_makes_a_fixed_number_of_queries(django_assert_num_queries, treatment):
    followers = [UserFactory() for _ in range(30)]
    for member in followers:
        follow_create(user=member, topic=f"treatment:{treatment.pk}")
    # (in a savepoint) followers; pending notices to gather onto; inserting the new ones
    with django_assert_num_queries(5):
        told = followers_notify(
            topic=f"treatment:{treatment.pk}", kind=NEW_QUESTION, title="Botox", message="New question", url="/q/"
        )
    assert len(told) == 30
    # a second event: as many queries, now one update gathers every member's notice
    with django_assert_num_queries(5):
        followers_notify(topic=f"treatment:{treatment.pk}", kind=NEW_QUESTION, title="Botox", message="x", url="/q/")
    assert set(Notice.objects.values_list("count", flat=True)) == {2}


def test_inactive_members_are_not_told(patient, treatment):
    follow_create(user=patient, topic=f"treatment:{treatment.pk}")
    patient.is_active = False
    patient.save()
    assert (
        followers_notify(topic=f"treatment:{treatment.pk}", kind=NEW_QUESTION, title="B", message="m", url="/") == set()
    )
    notify(user=patient, kind="consultation-reply", message="m", url="/", direct=True)
    assert not Notice.objects.exists()


def test_notify_e_mails_a_direct_event_at_once_with_unsubscribe_headers(patient, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        notify(
            user=patient,
            kind="reply-to-my-follow-up",
            message="Dr. Ruiz replied to your follow-up.",
            url="/q/1/",
            direct=True,
        )
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [patient.email]
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message.extra_headers["List-Unsubscribe"].startswith("<http")
    assert message.alternatives[0].mimetype == "text/html"
    assert Notice.objects.get(user=patient).emailed_at is not None


def test_notify_leaves_a_direct_event_for_the_digest_when_the_member_chose_so(
    patient, django_capture_on_commit_callbacks
):
    from follows.services import preferences_update

    preferences_update(user=patient, immediate=False, digest="daily")
    with django_capture_on_commit_callbacks(execute=True):
        notify(user=patient, kind="reply-to-my-follow-up", message="Dr. Ruiz replied.", url="/q/1/", direct=True)
    assert mail.outbox == []
    assert Notice.objects.get(user=patient).emailed_at is None


def test_an_answer_e_mails_the_asker_once_with_both_parts_and_no_other_address(
    patient, other_patient, treatment, doctor, django_capture_on_commit_callbacks
):
    question = question_create(author=patient, title="Uneven eyebrows after Botox?", body=BODY, treatments=[treatment])
    follow_create(user=other_patient, topic=f"question:{question.pk}")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        answer_create(doctor=doctor, question=question, body=ANSWER)
    assert [m.to for m in mail.outbox] == [[patient.email]]
    message = mail.outbox[0]
    everything = message.body + message.alternatives[0].content + str(message.extra_headers)
    assert other_patient.email not in everything and doctor.user.email not in everything
    assert "List-Unsubscribe" in message.extra_headers
    assert Notice.objects.get(user=patient).emailed_at is not None  # no digest repeats it


def test_closing_an_account_deletes_follows_and_preferences(patient, treatment):
    from accounts.services import account_close
    from follows.models import DigestSent, EmailPreference
    from follows.services import preferences_update

    follow_create(user=patient, topic=f"treatment:{treatment.pk}")
    preferences_update(user=patient, immediate=False, digest="daily")
    DigestSent.objects.create(user=patient, period="day:2026-12-01")
    account_close(member=patient, keep_posts=True, actor=patient)
    assert not Follow.objects.filter(user=patient).exists()
    assert not EmailPreference.objects.filter(user=patient).exists()
    assert not DigestSent.objects.filter(user=patient).exists()
