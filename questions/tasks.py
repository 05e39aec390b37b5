"""E-mails about questions, sent by the task runner after commit so a slow mail server never slows a post."""

from django.conf import settings
from django.core.mail import send_mail
from django.tasks import task
from django.template.loader import render_to_string

from questions.models import Answer


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
