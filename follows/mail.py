"""Every e-mail about notices: plain text and HTML, to the member alone, with a one-click unsubscribe.

RFC 8058: `List-Unsubscribe` names the signed link (follows.views.unsubscribe), and
`List-Unsubscribe-Post: List-Unsubscribe=One-Click` tells mail providers they may POST to it. The link
is signed with SECRET_KEY for one member and works without logging in; it never expires, as old
e-mails keep it.
"""

from collections.abc import Iterable

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.template import loader
from django.urls import reverse
from django.utils import timezone

from accounts.models import Notice, User
from follows.models import EmailPreference

UNSUBSCRIBE_SALT = "follows.unsubscribe"


def absolute(path: str) -> str:
    return f"{settings.SITE_URL}{path}" if path.startswith("/") else path


def unsubscribe_token(user_id: int) -> str:
    return signing.dumps(user_id, salt=UNSUBSCRIBE_SALT, compress=True)


def unsubscribe_user_id(token: str) -> int | None:
    """The member a token was signed for, or None for anything else."""
    try:
        value = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    return value if isinstance(value, int) and value > 0 else None


def unsubscribe_url(user_id: int) -> str:
    return absolute(reverse("follows:unsubscribe", args=[unsubscribe_token(user_id)]))


def member_email(*, user_id: int, address: str, subject: str, template: str, context: dict) -> EmailMultiAlternatives:
    """The e-mail to one member: `template` + ".txt" and + ".html", rendered with `context` and the
    unsubscribe link. Addressed to them only (no copies, no reply-to another member)."""
    link = unsubscribe_url(user_id)
    context = {
        **context,
        "SITE_NAME": settings.SITE_NAME,
        "unsubscribe_url": link,
        "preferences_url": absolute(reverse("follows:preferences")),
    }
    message = EmailMultiAlternatives(
        subject=subject,
        body=loader.get_template(f"{template}.txt").render(context),
        to=[address],
        headers={"List-Unsubscribe": f"<{link}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    )
    message.attach_alternative(loader.get_template(f"{template}.html").render(context), "text/html")
    return message


def wants_immediate(user: User) -> bool:
    """Whether `user` wants direct events e-mailed at once."""
    if not user.is_active or not user.email:
        return False
    value = EmailPreference.objects.filter(user=user).values_list("immediate", flat=True).first()
    return EmailPreference.DEFAULT_IMMEDIATE if value is None else value


def notices_emailed(*, user_id: int, notice_ids: Iterable[int] = (), kind: str = "", topic: str = "") -> int:
    """Record that the member was e-mailed about these notices (by id, or their pending ones of `kind`
    about `topic`): no digest repeats them and no later event gathers onto them."""
    notices = Notice.objects.filter(user_id=user_id, emailed_at__isnull=True)
    notices = notices.filter(pk__in=list(notice_ids)) if notice_ids else notices.filter(kind=kind, topic=topic)
    return notices.update(emailed_at=timezone.now())
