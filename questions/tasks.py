"""E-mails about questions, sent by the task runner after commit so a slow mail server never slows a post."""

from django.conf import settings
from django.tasks import task
from django.utils.translation import gettext

from follows.mail import member_email, notices_emailed, wants_immediate
from follows.services import ANSWER_TO_MY_QUESTION
from questions.models import Answer, FollowUp
from questions.text import in_language_of


def _absolute(path: str) -> str:
    return f"{getattr(settings, 'SITE_URL', '').rstrip('/')}{path}"


@task
def answer_notify_asker(answer_id: int) -> None:
    """Tell the asker a doctor answered: an excerpt, the disclaimer naming the doctor, and the link."""
    answer = Answer.objects.select_related("question__author", "doctor", "disclaimer").filter(pk=answer_id).first()
    # Hidden in the meantime, or the asker closed their account: nothing to say.
    if answer is None or answer.is_hidden or answer.question.is_hidden or not answer.question.author.is_active:
        return
    asker = answer.question.author
    # At once only if the asker wants that (follows: their e-mail preferences); otherwise their digest.
    if not wants_immediate(asker):
        return
    excerpt = answer.public_text(chars=600)
    with in_language_of(asker):  # words, dates and links in the asker's language
        context = {
            "SITE_NAME": settings.SITE_NAME,
            "answer": answer,
            "question": answer.question,
            "doctor_name": answer.doctor.display_name,
            "answer_excerpt": excerpt.words,
            "disclaimer_text": excerpt.disclaimer,
            "answer_url": _absolute(answer.get_absolute_url()),
        }
        message = member_email(
            user_id=asker.pk,
            address=asker.email,
            subject=gettext("%(site)s: %(doctor)s answered your question")
            % {"site": settings.SITE_NAME, "doctor": answer.doctor.display_name},
            template="questions/email/answer_notify",
            context=context,
        )
    message.send()
    notices_emailed(user_id=asker.pk, kind=ANSWER_TO_MY_QUESTION, topic=f"question:{answer.question_id}")


def _follow_up_for_mail(follow_up_id: int) -> FollowUp | None:
    follow_up = (
        FollowUp.objects.select_related("answer__question__author", "answer__doctor__user", "doctor", "disclaimer")
        .filter(pk=follow_up_id)
        .first()
    )
    # Hidden in the meantime: nothing to say.
    if follow_up is None or follow_up.is_hidden or follow_up.answer.is_hidden or follow_up.answer.question.is_hidden:
        return None
    return follow_up


@task
def follow_up_notify_doctor(follow_up_id: int) -> None:
    """Tell the answering doctor the asker asked a follow-up under their answer, with the link."""
    follow_up = _follow_up_for_mail(follow_up_id)
    if follow_up is None or not follow_up.answer.doctor.user.is_active:
        return
    doctor_user = follow_up.answer.doctor.user
    if not wants_immediate(doctor_user):
        return  # the on-site notice waits for their digest
    with in_language_of(doctor_user):  # words, dates and links in the doctor's language
        context = {
            "SITE_NAME": settings.SITE_NAME,
            "follow_up": follow_up,
            "question": follow_up.answer.question,
            "doctor_name": follow_up.answer.doctor.display_name,
            "url": _absolute(follow_up.get_absolute_url()),
        }
        message = member_email(
            user_id=doctor_user.pk,
            address=doctor_user.email,
            subject=gettext("%(site)s: a follow-up question under your answer") % {"site": settings.SITE_NAME},
            template="questions/email/follow_up_notify",
            context=context,
        )
    message.send()


@task
def follow_up_reply_notify_asker(follow_up_id: int) -> None:
    """Tell the asker the doctor replied to their follow-up: the reply, the disclaimer naming the doctor,
    and the link."""
    reply = _follow_up_for_mail(follow_up_id)
    if reply is None or not reply.is_reply or not reply.answer.question.author.is_active:
        return
    asker = reply.answer.question.author
    if not wants_immediate(asker):
        return  # the on-site notice waits for their digest
    with in_language_of(asker):  # words, dates and links in the asker's language
        context = {
            "SITE_NAME": settings.SITE_NAME,
            "reply": reply,
            "question": reply.answer.question,
            "doctor_name": reply.doctor.display_name,
            "disclaimer_text": reply.disclaimer_text,
            "url": _absolute(reply.get_absolute_url()),
        }
        message = member_email(
            user_id=asker.pk,
            address=asker.email,
            subject=gettext("%(site)s: %(doctor)s replied to your follow-up")
            % {"site": settings.SITE_NAME, "doctor": reply.doctor.display_name},
            template="questions/email/follow_up_reply_notify",
            context=context,
        )
    message.send()
