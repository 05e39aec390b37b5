import re
import secrets
from functools import partial
from importlib import import_module
from typing import Any

from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext

from accounts.backends import forget_cached_user
from accounts.models import Notice, User
from accounts.signals import member_leaving, member_left
from policies.services import concerns_forget_sender


def notice_create(*, user: User, message: str, url: str = "", **fields: Any) -> Notice:
    """Leave an on-site notice for `user`, shown on their notices page and counted in the navigation.

    Features tell a member something through `follows.services.notify` (grouping, e-mail by the
    member's preferences); this is the row underneath, for the notices that carry their own e-mail.
    """
    notice = Notice.objects.create(user=user, message=message[:300], url=url[:300], **fields)
    forget_cached_user(user.pk)  # the unread count comes with the member's cached row
    return notice


def notices_mark_read(*, user: User, notice_ids: list[int] | None = None) -> int:
    """Mark `user`'s unread notices read (all, or only those of `notice_ids` that are theirs)."""
    notices = Notice.objects.filter(user=user, read_at__isnull=True)
    if notice_ids is not None:
        notices = notices.filter(pk__in=notice_ids)
    marked = notices.update(read_at=timezone.now())
    if marked:
        forget_cached_user(user.pk)
    return marked


# Closing an account -------------------------------------------------------------------------------

# What identifying text is replaced with wherever a record that outlives the member keeps text.
REDACTED = "[former member]"
# Shorter strings (a two-letter first name) match too much unrelated text to be replaced safely.
_IDENTITY_MIN_LENGTH = 3


def identity_redact(text: str, identity: list[str]) -> str:
    """`text` with every occurrence (any case) of the member's identifying strings replaced."""
    for value in sorted(identity, key=len, reverse=True):
        text = re.sub(re.escape(value), REDACTED, text, flags=re.IGNORECASE)
    return text


def identity_redact_value(value: Any, identity: list[str]) -> Any:
    """identity_redact over a JSON value (log snapshots): strings, keys and values of dicts and lists."""
    if isinstance(value, str):
        return identity_redact(value, identity)
    if isinstance(value, list):
        return [identity_redact_value(item, identity) for item in value]
    if isinstance(value, dict):
        return {identity_redact(key, identity): identity_redact_value(item, identity) for key, item in value.items()}
    return value


def identity_of(member: User) -> list[str]:
    """The strings that identify `member`: handle, every address they registered, their real name."""
    from allauth.account.models import EmailAddress

    addresses = EmailAddress.objects.filter(user=member).values_list("email", flat=True)
    values = {member.handle, member.email, member.full_name, *addresses}
    return sorted(value for value in values if len(value.strip()) >= _IDENTITY_MIN_LENGTH)


def _placeholder_handle() -> str:
    # Unique, valid as a handle (accounts.models.handle_validator), and saying nothing about the member.
    return f"former-{secrets.token_hex(8)}"


def _sessions_end(member: User) -> int:
    """End the member's sessions in the database (db and cached_db engines; cached_db's cache copy goes
    with `SessionStore.delete`). Sessions only the cache holds cannot be listed, but none of them can
    log the member in again: the unusable password changes the session hash Django checks on every
    request, and the inactive account is refused by the auth backend. Returns how many were ended."""
    if settings.SESSION_ENGINE not in (
        "django.contrib.sessions.backends.db",
        "django.contrib.sessions.backends.cached_db",
    ):
        return 0
    from django.contrib.sessions.models import Session

    store_class = import_module(settings.SESSION_ENGINE).SessionStore
    ended = 0
    for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator(chunk_size=500):
        if str(session.get_decoded().get(SESSION_KEY)) == str(member.pk):
            store_class(session_key=session.session_key).delete()
            ended += 1
    return ended


def _closure_confirm(*, address: str, handle: str, keep_posts: bool, by_moderator: bool) -> None:
    # Sent straight after the commit, not through the task queue: a queued task would keep the address
    # in the task table after the account row forgot it.
    context = {
        "SITE_NAME": settings.SITE_NAME,
        "handle": handle,
        "keep_posts": keep_posts,
        "by_moderator": by_moderator,
    }
    send_mail(
        gettext("%(site)s: your account is closed") % {"site": settings.SITE_NAME},
        render_to_string("accounts/email/account_closed.txt", context),
        None,
        [address],
    )


def _others_notices_redact(*, member: User, identity: list[str]) -> None:
    """Other members' notices that named the member ("velvet-heron thanked you …") lose the name."""
    matches = Q()
    for value in identity:
        matches |= Q(message__icontains=value)
    if not identity:
        return
    for notice in Notice.objects.filter(matches).exclude(user=member).only("pk", "message"):
        Notice.objects.filter(pk=notice.pk).update(message=identity_redact(notice.message, identity)[:300])


@transaction.atomic
def account_close(*, member: User, keep_posts: bool, actor: User) -> bool:
    """Close `member`'s account for good (the right to erasure): the member themselves, from
    /accounts/close/ after re-entering their password, or a moderator acting on a data request
    (console's member admin, which logs it). Returns False when the account was already closed.

    Each content app handles its own rows on `accounts.signals.member_leaving`, in this transaction:
    public posts are removed (hidden as "author left", never restorable) or kept under the "Former
    member" label, photos are always removed from every storage, log entries and flags lose the
    member's identifying text. Then the row itself is erased: a placeholder handle and address, no real
    name, an unusable password, inactive, no staff rights; their addresses, authenticators, notices and
    database sessions are deleted. A confirmation goes to the address after the commit.
    """
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator

    member = User.objects.select_for_update().get(pk=member.pk)
    if member.is_closed:
        return False
    identity = identity_of(member)
    address, handle = member.email, member.handle
    member_leaving.send(sender=User, member=member, keep_posts=keep_posts, actor=actor, identity=identity)
    member_left.send(sender=User, member=member, identity=identity)
    _others_notices_redact(member=member, identity=identity)
    concerns_forget_sender(member=member, identity=identity)

    EmailAddress.objects.filter(user=member).delete()
    Authenticator.objects.filter(user=member).delete()
    Notice.objects.filter(user=member).delete()
    member.handle = _placeholder_handle()
    member.email = f"{member.handle}@closed.invalid"
    member.full_name = ""
    member.set_unusable_password()
    member.is_active = member.is_staff = member.is_superuser = False
    member.suspended_at, member.suspension_reason = None, ""
    member.last_login = None
    member.closed_at = timezone.now()
    member.save()
    member.groups.clear()
    member.user_permissions.clear()
    _sessions_end(member)
    transaction.on_commit(
        partial(
            _closure_confirm,
            address=address,
            handle=handle,
            keep_posts=keep_posts,
            by_moderator=actor.pk != member.pk,
        )
    )
    return True
