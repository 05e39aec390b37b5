"""E-mails about consultation requests, sent by the task runner after commit."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.tasks import task
from django.utils import translation

from follows.mail import member_email, wants_immediate


@task
def consultation_mail(*, user_id: int, subject: str, template: str, context: dict) -> None:
    """E-mail a member a line about their consultation conversation and the link to it (never its text,
    never anyone's address): the conversation is read on the site. Direct events: sent at once when the
    member wants those e-mailed (follows: their e-mail preferences), with the one-click unsubscribe."""
    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    if user is None or not wants_immediate(user):
        return
    # The subject and the line were written in the member's language (consultations.services); the body too.
    with translation.override(user.language or settings.LANGUAGE_CODE):
        email = member_email(
            user_id=user.pk,
            address=user.email,
            subject=subject,
            template=template.removesuffix(".txt"),
            context=context,
        )
    email.send()
