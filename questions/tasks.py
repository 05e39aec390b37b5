"""E-mails about questions, sent by the task runner after commit so a slow mail server never slows a post."""

from django.conf import settings
from django.tasks import task

from follows.mail import member_email, notices_emailed, wants_immediate
from follows.services import ANSWER_TO_MY_QUESTION
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
    asker = answer.question.author
    # At once only if the asker wants that (follows: their e-mail preferences); otherwise their digest.
    if not wants_immediate(asker):
        return
    member_email(
        user_id=asker.pk,
        address=asker.email,
        subject=f"{settings.SITE_NAME}: {answer.doctor.display_name} answered your question",
        template="questions/email/answer_notify",
        context=context,
    ).send()
    notices_emailed(user_id=asker.pk, kind=ANSWER_TO_MY_QUESTION, topic=f"question:{answer.question_id}")
