"""Digest e-mails: what a member's followed pages brought them in one day or one week.

`digests_send` is run by `manage.py send_digests` (a timer, docs/deploy.md). Exact under reruns: for
each member and period a `DigestSent` row is claimed (INSERT ... ON CONFLICT DO NOTHING RETURNING,
one statement per batch) before their e-mail is built, so a second run, or two at once, never sends
one twice. A claimed batch whose sending fails is not retried: a missed digest beats a repeated one,
and its notices stay on the site.

Set-based: one query finds the members due, then per batch of members a fixed number of queries
(their notices, their addresses, the claim, marking the notices e-mailed), never one per member.
bench/digest.py measures a run for 100,000 members (bench/README.md).
"""

import datetime as dt
from dataclasses import dataclass
from itertools import groupby

from allauth.account.models import EmailAddress
from django.conf import settings
from django.core.mail import mailers
from django.db import connection as db_connection
from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils import dateformat, timezone
from django.utils.translation import gettext

from accounts.models import Notice, User
from follows.mail import absolute, member_email
from follows.models import DigestSent, EmailPreference

BATCH_SIZE = 1000
# Lines one digest lists; the rest are counted ("and 12 more on your notices page").
DIGEST_LINES = 20


@dataclass(frozen=True)
class Period:
    digest: str  # EmailPreference.Digest value
    key: str  # "day:2026-12-01", "week:2026-W48"
    start: dt.datetime
    end: dt.datetime

    @property
    def label(self) -> str:
        """The period as a digest names it, in the active language: "30 November 2026", or "the week
        of 23 November 2026"."""
        first = dateformat.format(self.start.date(), gettext("j F Y"))
        if self.digest == EmailPreference.Digest.WEEKLY:
            return gettext("the week of %(date)s") % {"date": first}
        return first


def digest_period(digest: str, day: dt.date | None = None) -> Period:
    """The last whole period before `day` (today, UTC, by default): yesterday, or last ISO week."""
    day = day or timezone.now().date()
    if digest == EmailPreference.Digest.DAILY:
        first = day - dt.timedelta(days=1)
        length = dt.timedelta(days=1)
        key = f"day:{first.isoformat()}"
    elif digest == EmailPreference.Digest.WEEKLY:
        first = day - dt.timedelta(days=day.weekday() + 7)
        length = dt.timedelta(days=7)
        year, week, _ = first.isocalendar()
        key = f"week:{year}-W{week:02d}"
    else:
        raise ValueError(f"Not a digest period: {digest!r}")
    start = dt.datetime.combine(first, dt.time.min, tzinfo=dt.UTC)
    return Period(digest=digest, key=key, start=start, end=start + length)


def _pending(period: Period):
    """Notices a digest of `period` tells: about followed pages or direct events, in the period, neither
    read on the site nor e-mailed already."""
    return Notice.objects.filter(
        created_at__gte=period.start, created_at__lt=period.end, emailed_at__isnull=True, read_at__isnull=True
    ).exclude(kind="")


def members_due(period: Period) -> list[int]:
    """Ids of the members who get a digest for `period` and have not had it yet (one query)."""
    chose = Q(email_preference__digest=period.digest)
    if period.digest == EmailPreference.DEFAULT_DIGEST:
        chose |= Q(email_preference__isnull=True)
    members = (
        User.objects.filter(chose, is_active=True, closed_at__isnull=True)
        .filter(Exists(_pending(period).filter(user=OuterRef("pk"))))
        .filter(Exists(EmailAddress.objects.filter(user=OuterRef("pk"), verified=True)))
        .exclude(Exists(DigestSent.objects.filter(user=OuterRef("pk"), period=period.key)))
    )
    return list(members.order_by("pk").values_list("pk", flat=True))


def _claim(period: Period, counts: dict[int, int]) -> set[int]:
    """Record the digest of `period` as sent to these members; the ids this run won (not already sent)."""
    if not counts:
        return set()
    table = DigestSent._meta.db_table
    now = db_connection.ops.adapt_datetimefield_value(timezone.now())
    rows = ", ".join(["(%s, %s, %s, %s)"] * len(counts))
    params = [value for user_id, count in counts.items() for value in (user_id, period.key, now, count)]
    with db_connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (user_id, period, sent_at, notice_count) VALUES {rows} "  # noqa: S608 - table name from the model
            "ON CONFLICT (user_id, period) DO NOTHING RETURNING user_id",
            params,
        )
        return {row[0] for row in cursor.fetchall()}


def _send_batch(period: Period, user_ids: list[int], mailer) -> int:
    rows = list(
        _pending(period)
        .filter(user_id__in=user_ids)
        .order_by("user_id", "-created_at", "-pk")
        .values_list("user_id", "message", "url")
    )
    by_member = {user_id: list(items) for user_id, items in groupby(rows, key=lambda row: row[0])}
    with transaction.atomic():
        claimed = _claim(period, {user_id: len(items) for user_id, items in by_member.items()})
        if not claimed:
            return 0
        members = {
            pk: (email, handle, language)
            for pk, email, handle, language in User.objects.filter(pk__in=claimed).values_list(
                "pk", "email", "handle", "language"
            )
        }
        _pending(period).filter(user_id__in=claimed).update(emailed_at=timezone.now())
    messages = []
    for user_id in sorted(claimed):
        items = by_member[user_id]
        email, handle, language = members[user_id]

        # Evaluated by member_email inside the member's language: the texts and links are theirs.
        def context(items=items, handle=handle) -> dict:
            return {
                "handle": handle,
                "period": period,
                "lines": [
                    {"message": message, "url": absolute(url or "/")} for _, message, url in items[:DIGEST_LINES]
                ],
                "more": max(0, len(items) - DIGEST_LINES),
                "notices_url": absolute(reverse("follows:notices")),
            }

        messages.append(
            member_email(
                user_id=user_id,
                address=email,
                subject=lambda: (
                    gettext("%(site)s: what's new for you, %(period)s")
                    % {"site": settings.SITE_NAME, "period": period.label}
                ),
                template="follows/email/digest",
                context=context,
                language=language,
            )
        )
    mailer.send_messages(messages)
    return len(messages)


def digests_send(*, digest: str, day: dt.date | None = None, batch_size: int = BATCH_SIZE) -> int:
    """Send the digests of the last whole `digest` period before `day`; returns how many were sent."""
    period = digest_period(digest, day)
    due = members_due(period)
    sent = 0
    mailer = mailers.default
    for start in range(0, len(due), batch_size):
        sent += _send_batch(period, due[start : start + batch_size], mailer)
    return sent
