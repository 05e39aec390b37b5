"""E-mails about concerns, sent by the task runner after commit."""

from django.conf import settings
from django.core.mail import send_mail
from django.tasks import task
from django.template.loader import render_to_string
from django.utils.translation import gettext

from policies.models import ConcernReport


@task
def concern_acknowledge(report_id: int) -> None:
    """Tell the sender we received their concern, what happens next, and quote what they sent."""
    report = ConcernReport.objects.filter(pk=report_id).first()
    if report is None:
        return
    context = {"SITE_NAME": settings.SITE_NAME, "SITE_URL": settings.SITE_URL, "report": report}
    send_mail(
        gettext("%(site)s: we received your message") % {"site": settings.SITE_NAME},
        render_to_string("policies/email/concern_acknowledge.txt", context),
        None,
        [report.reply_email],
    )
