"""E-mails about questions, sent by the task runner after commit so a slow mail server never slows a post."""

from django.conf import settings
from django.core.mail import send_mail
from django.tasks import task
from django.template.loader import render_to_string

from questions.models import Answer, FollowUp


def _absolute(path: str) -> str:
    return f"{getattr(settings, 'SITE_URL', '').rstrip('/')}{path}"


@task
def answer_notify_asker(answer_id: int) -> None:
    """Tell the asker a doctor answered: an excerpt, the disclaimer naming the doctor, and the link."""
    answer = Answer.objects.select_related("question__author", "doctor", "disclaimer").filter(pk=answer_id).first()
    # Hidden in the meantime, or the asker closed their account: nothing to say.
    if answer is None or answer.is_hidden or answer.question.is_hidden or not answer.question.author.is_active:
        return
    excerpt = answer.public_text(chars=600)
    context = {
        "SITE_NAME": settings.SITE_NAME,
        "answer": answer,
        "question": answer.question,
        "doctor_name": answer.doctor.display_name,
        "answer_excerpt": excerpt.words,
        "disclaimer_text": excerpt.disclaimer,
        "answer_url": _absolute(answer.get_absolute_url()),
    }
    send_mail(
        f"{settings.SITE_NAME}: {answer.doctor.display_name} answered your question",
        render_to_string("questions/email/answer_notify.txt", context),
        None,
        [answer.question.author.email],
    )


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
    context = {
        "SITE_NAME": settings.SITE_NAME,
        "follow_up": follow_up,
        "question": follow_up.answer.question,
        "doctor_name": follow_up.answer.doctor.display_name,
        "url": _absolute(follow_up.get_absolute_url()),
    }
    send_mail(
        f"{settings.SITE_NAME}: a follow-up question under your answer",
        render_to_string("questions/email/follow_up_notify.txt", context),
        None,
        [follow_up.answer.doctor.user.email],
    )


@task
def follow_up_reply_notify_asker(follow_up_id: int) -> None:
    """Tell the asker the doctor replied to their follow-up: the reply, the disclaimer naming the doctor,
    and the link."""
    reply = _follow_up_for_mail(follow_up_id)
    if reply is None or not reply.is_reply or not reply.answer.question.author.is_active:
        return
    context = {
        "SITE_NAME": settings.SITE_NAME,
        "reply": reply,
        "question": reply.answer.question,
        "doctor_name": reply.doctor.display_name,
        "disclaimer_text": reply.disclaimer_text,
        "url": _absolute(reply.get_absolute_url()),
    }
    send_mail(
        f"{settings.SITE_NAME}: {reply.doctor.display_name} replied to your follow-up",
        render_to_string("questions/email/follow_up_reply_notify.txt", context),
        None,
        [reply.answer.question.author.email],
    )
