"""Follow and be told: follows, notices about followed pages, and e-mail preferences.

`notify` is the one way a feature tells a member something: a notice on the site (grouped with an
unread one of the same kind about the same page), and an e-mail at once for a direct event when the
member wants that; everything else reaches them in their digest (follows.digests).
`followers_notify` tells everyone who follows a page, with set-based queries whatever their number.

Callers: the content apps when they publish (questions.services.question_create/answer_create,
reviews.services.review_create), doctors.services on verification, the follow views, seed_demo.
"""

from collections.abc import Iterable

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import CharField, F, Value
from django.db.models.functions import Cast, Concat
from django.utils import timezone, translation
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from accounts.backends import forget_cached_users
from accounts.models import Notice, User
from follows.models import TOPIC_PATTERN, DigestSent, EmailPreference, Follow

# Kinds of notice. Direct ones are about the member's own posts; the others about pages they follow.
ANSWER_TO_MY_QUESTION = "answer-to-my-question"
REPLY_TO_MY_FOLLOW_UP = "reply-to-my-follow-up"
NEW_ANSWER = "new-answer"
NEW_ANSWER_IN_TREATMENT = "new-answer-in-treatment"
NEW_REVIEW = "new-review"
NEW_QUESTION = "new-question"

# How a notice that gathers several events reads; "{count}" is the number of events (always several).
GROUPED = {
    ANSWER_TO_MY_QUESTION: _("{count} doctors answered your question “{title}”."),
    NEW_ANSWER: _("{count} new answers on “{title}”."),
    NEW_ANSWER_IN_TREATMENT: _("{count} new answers to questions about {title}."),
    NEW_REVIEW: _("{count} new reviews of {title}."),
    NEW_QUESTION: _("{count} new questions about {title}."),
}
_TITLE_CHARS = 200


def follows_of(user) -> frozenset[str]:
    """Every topic `user` follows. For the logged-in member it came with their row (accounts.backends:
    no query); otherwise one query."""
    row = getattr(user, "follows_row", False)
    if row is not False:
        return frozenset((row or "").split())
    return frozenset(Follow.objects.filter(user=user).values_list("topic", flat=True))


def _forget_follows_of(user_ids: Iterable[int]) -> None:
    # The member's follows come with their cached row: drop it, now and after commit.
    forget_cached_users(list(user_ids))


def _check_topic(topic: str) -> None:
    if not TOPIC_PATTERN.match(topic):
        raise ValueError(f"Not a followable topic: {topic!r}")


def follow_create(*, user: User, topic: str) -> bool:
    """`user` follows the page behind `topic` ("question:12"); True if they did not already.

    The caller has checked that the page is public (follows.views: follows.targets.target)."""
    _check_topic(topic)
    try:
        with transaction.atomic():
            Follow.objects.create(user=user, topic=topic)
    except IntegrityError:
        return False  # already following: one click twice, or two tabs
    _forget_follows_of([user.pk])
    return True


def follow_delete(*, user: User, topic: str) -> bool:
    """`user` stops following `topic`; True if they were following it."""
    deleted, _ = Follow.objects.filter(user=user, topic=topic).delete()
    _forget_follows_of([user.pk])
    return bool(deleted)


def follows_ensure(*, user: User, topics: Iterable[str]) -> int:
    """`user` follows every topic of `topics` (those they follow already are left alone): for what a
    member follows without asking, such as a doctor the treatments they offer. Returns how many are new."""
    topics = sorted(set(topics))
    for topic in topics:
        _check_topic(topic)
    existing = set(Follow.objects.filter(user=user, topic__in=topics).values_list("topic", flat=True))
    new = [Follow(user=user, topic=topic) for topic in topics if topic not in existing]
    Follow.objects.bulk_create(new, ignore_conflicts=True)
    if new:
        _forget_follows_of([user.pk])
    return len(new)


# Telling members -------------------------------------------------------------------------------------


def _grouped_message(kind: str, title: str) -> tuple[str, str] | None:
    """(before, after) the count in the grouped text of `kind`, or None if it is not grouped."""
    template = GROUPED.get(kind)
    if template is None:
        return None
    before, _count, after = str(template).replace("{title}", title[:_TITLE_CHARS]).partition("{count}")
    return before, after


def _tell(
    *,
    user_ids: list[int],
    kind: str,
    topic: str,
    title: str,
    message: str | Promise,
    url: str,
    direct: bool,
    languages: dict[int, str] | None = None,
) -> list[Notice]:
    """Leave one notice of `kind` about `topic` for each member of `user_ids`: where one is still unread
    and not yet e-mailed, it gathers this event too ("3 new answers on ..."); otherwise a new one.

    Each member's notice is written in their language (`languages`: id -> User.language, blank for the
    site's default): the grouped text, and `message` when it is a lazy translation, are evaluated inside
    it. A fixed number of queries per language, whatever the number of members."""
    if not user_ids:
        return []
    languages = languages or {}
    by_language: dict[str, list[int]] = {}
    for user_id in user_ids:
        by_language.setdefault(languages.get(user_id) or settings.LANGUAGE_CODE, []).append(user_id)
    now = timezone.now()
    notices = []
    for language, members in by_language.items():
        with translation.override(language):
            grouped_ids: set[int] = set()
            grouped_text = _grouped_message(kind, title) if topic else None
            if grouped_text is not None:
                pending = Notice.objects.filter(
                    user_id__in=members, kind=kind, topic=topic, read_at__isnull=True, emailed_at__isnull=True
                )
                grouped_ids = set(pending.values_list("user_id", flat=True))
                if grouped_ids:
                    before, after = grouped_text
                    pending.update(
                        count=F("count") + 1,
                        created_at=now,
                        url=url[:300],
                        message=Concat(Value(before), Cast(F("count") + 1, output_field=CharField()), Value(after)),
                    )
            text = str(message)[:300]
        notices += [
            Notice(
                user_id=user_id,
                kind=kind,
                topic=topic,
                message=text,
                url=url[:300],
                direct=direct,
                created_at=now,
            )
            for user_id in members
            if user_id not in grouped_ids
        ]
    Notice.objects.bulk_create(notices, batch_size=2000)
    # The unread count comes with each member's cached row: the new notices count at their next page.
    forget_cached_users([notice.user_id for notice in notices])
    return notices


@transaction.atomic
def notify(
    *,
    user: User,
    kind: str,
    message: str | Promise,
    url: str = "",
    direct: bool = False,
    topic: str = "",
    title: str = "",
    mail: bool = True,
) -> None:
    """Tell `user` something: a notice on the site, counted in their navigation.

    `kind` names what happened (a constant above, or a feature's own, e.g. "consultation-reply");
    `topic` and `title` name the page it is about, so that several events there gather in one notice
    when `kind` has a grouped text (GROUPED). `direct`: about the member's own post or request (an
    answer to their question, a reply to their follow-up); it is e-mailed at once when their
    preferences say so (and `mail`: False when the caller sends a richer e-mail itself, through
    follows.mail), otherwise it joins their digest, as every other notice with a kind does.
    `message` may be a lazy translation (gettext_lazy, format_lazy): it is then written in the member's
    language (User.language), as the grouped texts are.
    """
    if not user.is_active:
        return
    created = _tell(
        user_ids=[user.pk],
        kind=kind,
        topic=topic,
        title=title,
        message=message,
        url=url,
        direct=direct,
        languages={user.pk: getattr(user, "language", "")},
    )
    if direct and mail and created:
        from follows.tasks import notice_email

        notice_id = created[0].pk
        transaction.on_commit(lambda: notice_email.enqueue(notice_id=notice_id))


@transaction.atomic
def followers_notify(
    *,
    topic: str,
    kind: str,
    title: str,
    message: str | Promise,
    url: str,
    exclude_user_ids: Iterable[int | None] = (),
) -> set[int]:
    """Tell every active member who follows `topic` that something new appeared there (grouped with
    their unread notice about it). Members in `exclude_user_ids` (who did it, who were told directly or
    about another page of the same event) are left out. Returns the ids of the members told."""
    excluded = {user_id for user_id in exclude_user_ids if user_id is not None}
    languages = {
        user_id: language
        for user_id, language in Follow.objects.filter(topic=topic, user__is_active=True)
        .order_by("user_id")
        .values_list("user_id", "user__language")
        if user_id not in excluded
    }
    followers = list(languages)
    _tell(
        user_ids=followers,
        kind=kind,
        topic=topic,
        title=title,
        message=message,
        url=url,
        direct=False,
        languages=languages,
    )
    return set(followers)


# E-mail preferences -------------------------------------------------------------------------------------


def preference_for(user: User) -> EmailPreference:
    """The member's preferences (unsaved defaults when they never chose)."""
    found = EmailPreference.objects.filter(user=user).first()
    return found if found is not None else EmailPreference(user=user)


def preferences_update(*, user: User, immediate: bool, digest: str) -> EmailPreference:
    """The member chooses how they hear by e-mail (their preferences page, or an unsubscribe link)."""
    if digest not in EmailPreference.Digest.values:
        raise ValueError(f"Not a digest choice: {digest!r}")
    preference, _ = EmailPreference.objects.update_or_create(
        user=user, defaults={"immediate": immediate, "digest": digest, "updated_at": timezone.now()}
    )
    return preference


def email_unsubscribe(*, user: User) -> EmailPreference:
    """One-click unsubscribe: no e-mail at once, no digest. Notices on the site go on."""
    return preferences_update(user=user, immediate=False, digest=EmailPreference.Digest.NONE)


def follows_for_leaving_member(*, member: User) -> None:
    """Closing an account (accounts.signals.member_leaving): their follows, e-mail preferences and the
    record of digests sent to them are deleted (their notices go with accounts' own erasure)."""
    Follow.objects.filter(user=member).delete()
    EmailPreference.objects.filter(user=member).delete()
    DigestSent.objects.filter(user=member).delete()
