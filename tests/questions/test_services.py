import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from accounts.models import Notice
from doctors.models import DoctorProfile
from moderation.models import ModerationLog
from moderation.services import content_hide, content_restore
from questions.models import Answer, AnswerRevision, HelpfulVote, Question
from questions.services import (
    answer_create,
    answer_helpful_toggle,
    answer_thank,
    answer_update,
    question_create,
)
from tests.factories import DoctorProfileFactory, UserFactory

from .conftest import ANSWER, BODY

pytestmark = pytest.mark.django_db


def _counts(question: Question, *doctors: DoctorProfile) -> tuple:
    question.refresh_from_db()
    for doctor in doctors:
        doctor.refresh_from_db()
    return (
        question.answer_count,
        question.helpful_count,
        question.first_answer_doctor_id,
        [(d.answer_count, d.helpful_vote_count) for d in doctors],
    )


def test_question_create_cleans_text_and_sets_treatments(patient, treatment, filler):
    question = question_create(
        author=patient,
        title="  Is lip filler safe\x00 while breastfeeding?  ",
        body=BODY + "\r\n\r\n\r\n\r\nSecond paragraph.",
        treatments=[treatment, filler],
    )
    assert question.title == "Is lip filler safe while breastfeeding?"
    assert "\r" not in question.body and "\n\n\n" not in question.body
    assert question.slug == "is-lip-filler-safe-while-breastfeeding"
    assert set(question.treatments.all()) == {treatment, filler}


def test_question_create_refuses_text_that_is_too_short(patient, treatment):
    with pytest.raises(ValidationError):
        question_create(author=patient, title="Short?", body="Too short.", treatments=[treatment])
    assert not Question.objects.exists()


def test_answer_create_moves_every_counter(question, doctor):
    other = DoctorProfileFactory()
    answer_create(doctor=doctor, question=question, body=ANSWER)
    answer_create(doctor=other, question=question, body=ANSWER)
    assert _counts(question, doctor, other) == (2, 0, doctor.pk, [(1, 0), (1, 0)])
    assert question.last_activity_at >= question.created_at


def test_answer_create_leaves_a_notice_and_emails_the_asker(
    question, doctor, patient, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        answer = answer_create(doctor=doctor, question=question, body=ANSWER)
    assert len(callbacks) >= 1
    notice = Notice.objects.get(user=patient)
    assert "Dr. Ana Ruiz answered" in notice.message
    assert notice.url == answer.get_absolute_url()
    [mail] = mailoutbox
    assert mail.to == [patient.email]
    assert "Dr. Ana Ruiz answered your question" in mail.subject
    assert "Uneven swelling in the first two to four weeks" in mail.body
    assert answer.get_absolute_url() in mail.body
    assert answer.disclaimer_text in mail.body


def test_no_email_before_the_transaction_commits(question, doctor, mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):
        answer_create(doctor=doctor, question=question, body=ANSWER)
    assert mailoutbox == []


def test_a_second_answer_by_the_same_doctor_is_refused(answer, question, doctor):
    with pytest.raises(PermissionDenied, match="already answered"):
        answer_create(doctor=doctor, question=question, body=ANSWER + " Again.")
    assert _counts(question, doctor) == (1, 0, doctor.pk, [(1, 0)])


def test_answer_update_keeps_the_previous_text(answer, doctor):
    old = answer.body
    answer_update(answer=answer, body=ANSWER + " Also: ice packs help in the first two days.", editor=doctor.user)
    answer.refresh_from_db()
    assert answer.body.endswith("ice packs help in the first two days.")
    assert answer.edited_at is not None
    revision = AnswerRevision.objects.get(answer=answer)
    assert revision.body == old
    assert revision.edited_by == doctor.user
    assert not ModerationLog.objects.exists()


def test_answer_update_without_change_keeps_no_revision(answer, doctor):
    answer_update(answer=answer, body=answer.body, editor=doctor.user)
    assert not AnswerRevision.objects.exists()


def test_a_moderators_edit_is_logged(answer, moderator):
    answer_update(answer=answer, body=ANSWER + " Edited by a moderator to remove a phone number.", editor=moderator)
    assert ModerationLog.objects.filter(action=ModerationLog.Action.EDIT, actor=moderator).count() == 1


def test_helpful_toggle_counts_once_and_undoes(answer, question, doctor, patient, other_patient):
    assert answer_helpful_toggle(answer=answer, user=patient) == (True, 1)
    assert answer_helpful_toggle(answer=answer, user=other_patient) == (True, 2)
    assert _counts(question, doctor) == (1, 2, doctor.pk, [(1, 2)])
    assert answer_helpful_toggle(answer=answer, user=patient) == (False, 1)
    assert _counts(question, doctor) == (1, 1, doctor.pk, [(1, 1)])
    assert HelpfulVote.objects.count() == 1


def test_thank_once_and_the_doctor_is_told(answer, patient, doctor):
    stale = Answer.objects.get(pk=answer.pk)  # read before the thanks, as by a second tab
    answer_thank(answer=answer, user=patient)
    first = Answer.objects.get(pk=answer.pk).thanked_at
    assert first is not None
    with pytest.raises(PermissionDenied, match="already thanked"):
        answer_thank(answer=answer, user=patient)
    answer_thank(answer=stale, user=patient)  # the rule passes on the stale copy; the row is thanked once
    assert Answer.objects.get(pk=answer.pk).thanked_at == first
    assert Notice.objects.filter(user=doctor.user, message__contains="thanked you").count() == 1


def test_hiding_and_restoring_an_answer_keeps_counts_exact(question, make_answers, moderator, patient):
    first, second = make_answers(2)
    answer_helpful_toggle(answer=first, user=patient)
    answer_helpful_toggle(answer=second, user=patient)
    answer_helpful_toggle(answer=second, user=UserFactory())
    doctor1, doctor2 = first.doctor, second.doctor
    assert _counts(question, doctor1, doctor2) == (2, 3, doctor1.pk, [(1, 1), (1, 2)])

    content_hide(actor=moderator, target=first, reason="Advertising")
    assert _counts(question, doctor1, doctor2) == (1, 2, doctor2.pk, [(0, 0), (1, 2)])

    content_restore(actor=moderator, target=first, reason="Appeal accepted")
    assert _counts(question, doctor1, doctor2) == (2, 3, doctor1.pk, [(1, 1), (1, 2)])


def test_hiding_a_question_takes_its_answers_off_the_doctors_counts(question, answer, doctor, moderator, patient):
    answer_helpful_toggle(answer=answer, user=patient)
    content_hide(actor=moderator, target=question, reason="Personal details")
    doctor.refresh_from_db()
    assert (doctor.answer_count, doctor.helpful_vote_count) == (0, 0)
    content_restore(actor=moderator, target=question, reason="Edited")
    doctor.refresh_from_db()
    assert (doctor.answer_count, doctor.helpful_vote_count) == (1, 1)


def test_counters_match_a_full_recount_after_a_busy_day(question, make_answers, moderator):
    answers = make_answers(4)
    voters = UserFactory.create_batch(3)
    for i, answer in enumerate(answers):
        for voter in voters[: i + 1]:
            answer_helpful_toggle(answer=answer, user=voter)
    answer_helpful_toggle(answer=answers[3], user=voters[0])
    content_hide(actor=moderator, target=answers[1], reason="Spam")
    question.refresh_from_db()
    visible = Answer.objects.public().filter(question=question)
    assert question.answer_count == visible.count() == 3
    assert question.helpful_count == sum(a.helpful_count for a in visible)
    for answer in Answer.objects.select_related("doctor"):
        counted = Answer.objects.counted().filter(doctor=answer.doctor)
        assert answer.doctor.answer_count == counted.count()
        assert answer.doctor.helpful_vote_count == sum(a.helpful_count for a in counted)


# One rule for writing an answer's words, checked by the services whoever calls them -----------------


def _hide_profile(doctor, moderator) -> None:
    content_hide(actor=moderator, target=doctor, reason="Under review")


def test_a_hidden_doctor_cannot_answer_through_the_service(question, doctor, moderator):
    _hide_profile(doctor, moderator)
    with pytest.raises(PermissionDenied, match="hidden by a moderator"):
        answer_create(doctor=doctor, question=question, body=ANSWER)
    assert not Answer.objects.exists()


@pytest.mark.parametrize("status", [DoctorProfile.Status.SUSPENDED, DoctorProfile.Status.PENDING])
def test_a_doctor_who_is_not_verified_cannot_answer_through_the_service(question, doctor, status):
    DoctorProfile.objects.filter(pk=doctor.pk).update(status=status)
    doctor.refresh_from_db()
    with pytest.raises(PermissionDenied):
        answer_create(doctor=doctor, question=question, body=ANSWER)
    assert not Answer.objects.exists()


def test_a_hidden_doctor_cannot_edit_through_the_service(answer, doctor, moderator):
    _hide_profile(doctor, moderator)
    with pytest.raises(PermissionDenied, match="hidden by a moderator"):
        answer_update(answer=answer, body=ANSWER + " Call my clinic now.", editor=doctor.user)
    answer.refresh_from_db()
    assert answer.body == ANSWER
    assert not AnswerRevision.objects.exists()


def test_a_suspended_doctor_cannot_edit_through_the_service(answer, doctor):
    DoctorProfile.objects.filter(pk=doctor.pk).update(status=DoctorProfile.Status.SUSPENDED)
    doctor.user.refresh_from_db()
    with pytest.raises(PermissionDenied, match="suspended"):
        answer_update(answer=answer, body=ANSWER + " Call my clinic now.", editor=doctor.user)
    assert Answer.objects.get().body == ANSWER


def test_a_suspended_account_cannot_edit_its_answers(answer, doctor):
    from django.utils import timezone

    type(doctor.user).objects.filter(pk=doctor.user.pk).update(suspended_at=timezone.now(), suspension_reason="Spam")
    user = type(doctor.user).objects.get(pk=doctor.user.pk)
    with pytest.raises(PermissionDenied, match="suspended your account"):
        answer_update(answer=answer, body=ANSWER + " Call my clinic now.", editor=user)
    assert Answer.objects.get().body == ANSWER


def test_only_the_author_or_a_moderator_changes_an_answer(answer, other_patient):
    with pytest.raises(PermissionDenied, match="Only the doctor who wrote this answer, or a moderator"):
        answer_update(answer=answer, body=ANSWER + " Not mine to change.", editor=other_patient)
    assert Answer.objects.get().body == ANSWER


def test_a_moderator_still_corrects_a_suspended_doctors_answer(answer, doctor, moderator):
    DoctorProfile.objects.filter(pk=doctor.pk).update(status=DoctorProfile.Status.SUSPENDED)
    answer_update(answer=answer, body=ANSWER + " [phone number removed]", editor=moderator)
    assert Answer.objects.get().body.endswith("[phone number removed]")
    assert ModerationLog.objects.filter(action=ModerationLog.Action.EDIT, actor=moderator).count() == 1
