"""Every e-mail about notices: plain text and HTML, to the member alone, with a one-click unsubscribe.

RFC 8058: `List-Unsubscribe` names the signed link (follows.views.unsubscribe), and
`List-Unsubscribe-Post: List-Unsubscribe=One-Click` tells mail providers they may POST to it. The link
is signed with SECRET_KEY for one member and works without logging in; it never expires, as old
e-mails keep it.
"""

from collections.abc import Callable, Iterable

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.template import loader
from django.urls import reverse
from django.utils import timezone, translation

from accounts.models import Notice, User
from core.i18n import is_translated_path, path_in_language, path_without_language
from follows.models import EmailPreference

UNSUBSCRIBE_SALT = "follows.unsubscribe"


def absolute(path: str) -> str:
    """The full address of a site path, in the active language (a member's e-mail is written inside
    their language, member_email): a page's path goes under that language's prefix; the API's and
    other untranslated paths stay as they are."""
    if not path.startswith("/"):
        return path
    if is_translated_path(path_without_language(path)):
        path = path_in_language(path, translation.get_language() or settings.LANGUAGE_CODE)
    return f"{settings.SITE_URL}{path}"


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


def member_language(user_id: int) -> str:
    """The language of a member's e-mails: the one they chose (User.language), or the site's default."""
    chosen = User.objects.filter(pk=user_id).values_list("language", flat=True).first()
    return chosen or settings.LANGUAGE_CODE


def member_email(
    *,
    user_id: int,
    address: str,
    subject: str | Callable[[], str],
    template: str,
    context: dict | Callable[[], dict],
    language: str | None = None,
) -> EmailMultiAlternatives:
    """The e-mail to one member: `template` + ".txt" and + ".html", rendered with `context` and the
    unsubscribe link. Addressed to them only (no copies, no reply-to another member).

    Written in the member's language (`language`, or their `User.language` when not given; blank is the
    site's default): the subject (a string, a lazy translation or a function giving one) and `context`
    (a dict, or a function building one) are evaluated inside that language, so that translated texts
    and every link reversed there (a Spanish member's under /es/) are that language's."""
    language = language if language is not None else member_language(user_id)
    with translation.override(language or settings.LANGUAGE_CODE):
        link = unsubscribe_url(user_id)
        context = {
            **(context() if callable(context) else context),
            "SITE_NAME": settings.SITE_NAME,
            "unsubscribe_url": link,
            "preferences_url": absolute(reverse("follows:preferences")),
        }
        message = EmailMultiAlternatives(
            subject=str(subject() if callable(subject) else subject),
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
