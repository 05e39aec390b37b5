"""E-mails about consultation requests, sent by the task runner after commit."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.tasks import task
from django.template.loader import render_to_string


@task
def consultation_mail(*, user_id: int, subject: str, template: str, context: dict) -> None:
    """E-mail a member a line about their consultation conversation and the link to it (never its text,
    never anyone's address): the conversation is read on the site."""
    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    if user is None:
        return
    body = render_to_string(template, {**context, "SITE_NAME": settings.SITE_NAME})
    send_mail(subject, body, None, [user.email])
