"""E-mails sent by the task runner after commit: one notice at once (a direct event)."""

from django.conf import settings
from django.tasks import task

from accounts.models import Notice
from follows.mail import absolute, member_email, notices_emailed, wants_immediate


@task
def notice_email(notice_id: int) -> None:
    """E-mail a direct notice at once if the member wants that; otherwise it waits for their digest."""
    notice = Notice.objects.select_related("user").filter(pk=notice_id, emailed_at__isnull=True).first()
    if notice is None or notice.read_at is not None or not wants_immediate(notice.user):
        return
    member_email(
        user_id=notice.user_id,
        address=notice.user.email,
        subject=f"{settings.SITE_NAME}: {notice.message}"[:180],
        template="follows/email/notice",
        # Built in the member's language (member_email): the link goes to that language's page.
        context=lambda: {"handle": notice.user.handle, "message": notice.message, "url": absolute(notice.url or "/")},
        language=notice.user.language,
    ).send()
    notices_emailed(user_id=notice.user_id, notice_ids=[notice.pk])
