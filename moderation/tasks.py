"""E-mails about appeals, sent by the task runner so a slow mail server never slows a moderator's click."""

from django.conf import settings
from django.core.mail import send_mail
from django.tasks import task
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from moderation.models import Appeal


@task
def send_appeal_decision(appeal_id: int) -> None:
    """Tell the member how their appeal was decided (the same words as the notice they get on the site)."""
    appeal = Appeal.objects.select_related("appellant", "content_type").get(pk=appeal_id)
    site = getattr(settings, "SITE_URL", "").rstrip("/")
    # In the member's language (User.language), like every e-mail to them.
    with translation.override(appeal.appellant.language or settings.LANGUAGE_CODE):
        body = render_to_string(
            "moderation/email/appeal_decision.txt",
            {
                "SITE_NAME": settings.SITE_NAME,
                "appeal": appeal,
                "kind": appeal.content_type.name,
                "mine_url": f"{site}{reverse('core:mine')}",
            },
        )
        if appeal.status == Appeal.Status.RESTORED:
            subject = _("%(site)s: your post is public again") % {"site": settings.SITE_NAME}
        else:
            subject = _("%(site)s: your appeal was reviewed") % {"site": settings.SITE_NAME}
    send_mail(subject, body, None, [appeal.appellant.email])
