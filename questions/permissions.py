"""Who may ask, edit or withdraw a question, answer, edit answers, vote and thank. Each check raises
PermissionDenied with a reason a person can read; the 403 page shows it.

Every check starts with the account's standing: `accounts.permissions.check_can_participate` for
asking, voting and thanking, and, for writing an answer's words, `check_can_write_answers`, which
builds on `doctors.permissions.check_is_verified_doctor` (that one starts with the participation
check too). Pages decide which buttons to show with the same functions, by name, through
`core.permissions.can` and the `{% can %}` template tag (names registered at the bottom).
"""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from accounts.permissions import check_can_participate
from core.permissions import register
from doctors.models import DoctorProfile
from doctors.permissions import check_is_verified_doctor, doctor_profile_for
from questions.models import Answer, FollowUp, Question

EDIT_ANSWER_PERMISSION = "questions.change_answer"


def check_can_ask(user) -> None:
    """Members in good standing ask. Doctor accounts don't: a doctor could otherwise plant a question under
    a pseudonymous account and answer it themselves, which is advertising dressed up as a question."""
    # Translators: completes "Log in to …" and "you can't … for now": a verb in the infinitive.
    check_can_participate(user, action=gettext("ask a question"))
    if doctor_profile_for(user) is not None:
        raise PermissionDenied(
            gettext(
                "Doctor accounts answer questions but can't ask them, so that no one can ask a question in order "
                "to answer it. If you have a question as a patient, ask it from a personal account."
            )
        )


def check_can_write_answers(user, *, action: str = _("answer questions")) -> DoctorProfile:
    """The one rule for whose words are published as an answer, for new answers and edits alike: a
    verified doctor whose profile no moderator hid, on an account in good standing. Returns the profile.

    `action` completes the sentence "Only verified doctors can ...".
    """
    return check_is_verified_doctor(user, action=action)


def check_can_answer(user, question: Question) -> DoctorProfile:
    """Verified doctors answer a published question, once, and never their own. Returns the profile."""
    # Translators: completes "Only verified doctors can …" and "Log in to …": a verb in the infinitive.
    doctor = check_can_write_answers(user, action=gettext("answer questions"))
    if question.is_hidden:
        raise PermissionDenied(gettext("This question has been hidden by the moderators and can't be answered."))
    if question.author_id == user.pk:
        raise PermissionDenied(gettext("You can't answer your own question."))
    if Answer.objects.filter(question=question, doctor=doctor).exists():
        raise PermissionDenied(gettext("You have already answered this question. You can edit your answer instead."))
    return doctor


def check_can_edit_answer(user, answer: Answer) -> DoctorProfile:
    """The doctor who wrote an answer edits it, while they may write answers and while it is published."""
    if not user.is_authenticated or answer.doctor.user_id != user.pk:
        raise PermissionDenied(gettext("Only the doctor who wrote this answer can edit it."))
    # Translators: completes "Only verified doctors can …" and "Log in to …": a verb in the infinitive.
    doctor = check_can_write_answers(user, action=gettext("edit your answers"))
    if answer.is_hidden or answer.question.is_hidden:
        raise PermissionDenied(gettext("This answer has been hidden by the moderators and can't be edited."))
    return doctor


def check_can_moderate_answer_text(user, answer: Answer) -> None:
    """Moderators with the change permission correct an answer's text (e.g. remove a phone number);
    the service logs it. Never their own answer: a doctor's own words go through check_can_edit_answer."""
    if user is None or not (
        user.is_authenticated and user.is_active and user.is_staff and user.has_perm(EDIT_ANSWER_PERMISSION)
    ):
        raise PermissionDenied(gettext("Only the doctor who wrote this answer, or a moderator, can edit it."))
    if answer.doctor.user_id == user.pk:
        raise PermissionDenied(gettext("Edit your own answer as its author, not as a moderator."))


def check_can_change_answer_text(user, answer: Answer) -> None:
    """Whoever changes an answer's text: its doctor under the answering rule, anyone else as a moderator."""
    if user is not None and user.is_authenticated and answer.doctor.user_id == user.pk:
        check_can_edit_answer(user, answer)
    else:
        check_can_moderate_answer_text(user, answer)


def check_can_vote(user, answer: Answer) -> None:
    """Members in good standing mark a published answer helpful, except their own answer."""
    # Translators: completes "Log in to …" and "you can't … for now": a verb in the infinitive.
    check_can_participate(user, action=gettext("mark answers as helpful"))
    if answer.is_hidden or answer.question.is_hidden:
        raise PermissionDenied(gettext("This answer is no longer available."))
    if answer.doctor.user_id == user.pk:
        raise PermissionDenied(gettext("You can't mark your own answer as helpful."))


def check_can_thank(user, answer: Answer) -> None:
    """The person who asked thanks a doctor for an answer, once, while their account is in good standing."""
    if not user.is_authenticated or answer.question.author_id != user.pk:
        raise PermissionDenied(gettext("Only the person who asked the question can thank the doctor."))
    # Translators: completes "Log in to …" and "you can't … for now": a verb in the infinitive.
    check_can_participate(user, action=gettext("thank the doctor"))
    if answer.is_hidden or answer.question.is_hidden:
        raise PermissionDenied(gettext("This answer is no longer available."))
    if answer.thanked_at is not None:
        raise PermissionDenied(gettext("You have already thanked this doctor for this answer."))


def check_can_edit_question(user, question: Question) -> None:
    """The person who asked edits their question while no doctor has answered it (answers reply to what
    it says), while it is published and while their account may take part."""
    if not user.is_authenticated or question.author_id != user.pk:
        raise PermissionDenied(gettext("Only the person who asked this question can edit it."))
    # Translators: completes "Log in to …" and "you can't … for now": a verb in the infinitive.
    check_can_participate(user, action=gettext("edit your question"))
    if question.is_hidden:
        raise PermissionDenied(
            gettext("This question is withdrawn or hidden by the moderators, so it can't be edited.")
        )
    if question.answer_count:
        raise PermissionDenied(
            gettext(
                "A doctor has answered this question, so it can't be edited any more: the answers reply to what it "
                "says."
            )
        )


def check_can_withdraw_question(user, question: Question) -> None:
    """The person who asked withdraws their question at any time, answered or not, suspended or not: it is
    hidden from everyone (kept, never deleted, like any hidden content)."""
    if not user.is_authenticated or question.author_id != user.pk:
        raise PermissionDenied(gettext("Only the person who asked this question can withdraw it."))
    if question.is_hidden:
        raise PermissionDenied(gettext("This question is already withdrawn or hidden by the moderators."))


def check_can_follow_up(user, answer: Answer) -> None:
    """The person who asked posts a follow-up under a published answer to their published question,
    while their account may take part."""
    if not user.is_authenticated or answer.question.author_id != user.pk:
        raise PermissionDenied(gettext("Only the person who asked the question can ask the doctor a follow-up."))
    # Translators: completes "Log in to …" and "you can't … for now": a verb in the infinitive.
    check_can_participate(user, action=gettext("ask a follow-up"))
    if answer.is_hidden or answer.question.is_hidden:
        raise PermissionDenied(gettext("This answer is no longer available."))


def check_can_reply_to_follow_ups(user, answer: Answer) -> DoctorProfile:
    """The doctor who wrote the answer replies under it, under the rule for writing answers, once the
    asker has asked a follow-up there. Returns the profile."""
    if not user.is_authenticated or answer.doctor.user_id != user.pk:
        raise PermissionDenied(gettext("Only the doctor who wrote this answer can reply to its follow-ups."))
    # Translators: completes "Only verified doctors can …" and "Log in to …": a verb in the infinitive.
    doctor = check_can_write_answers(user, action=gettext("reply to follow-ups"))
    if answer.is_hidden or answer.question.is_hidden:
        raise PermissionDenied(gettext("This answer is no longer available."))
    if not FollowUp.objects.public().filter(answer=answer, doctor__isnull=True).exists():
        raise PermissionDenied(gettext("You can reply once the person who asked has asked a follow-up."))
    return doctor


def check_can_choose_answer(user, answer: Answer) -> None:
    """The person who asked marks the published answer that helped them most, or changes their mind,
    while their account may take part."""
    if not user.is_authenticated or answer.question.author_id != user.pk:
        raise PermissionDenied(gettext("Only the person who asked the question can mark the answer that helped most."))
    # Translators: completes "Log in to …" and "you can't … for now": a verb in the infinitive.
    check_can_participate(user, action=gettext("mark the answer that helped most"))
    if answer.is_hidden or answer.question.is_hidden:
        raise PermissionDenied(gettext("This answer is no longer available."))


register("questions.ask", check_can_ask)
register("questions.write_answers", check_can_write_answers)
register("questions.answer", check_can_answer)
register("questions.edit_answer", check_can_edit_answer)
register("questions.change_answer_text", check_can_change_answer_text)
register("questions.moderate_answer_text", check_can_moderate_answer_text)
register("questions.vote", check_can_vote)
register("questions.thank", check_can_thank)
register("questions.edit_question", check_can_edit_question)
register("questions.withdraw_question", check_can_withdraw_question)
register("questions.follow_up", check_can_follow_up)
register("questions.reply_to_follow_ups", check_can_reply_to_follow_ups)
register("questions.choose_answer", check_can_choose_answer)
