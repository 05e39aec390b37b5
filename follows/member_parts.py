"""A member's own state in pages members share (pagecache.members fills these in per member): the
unread count in the navigation and the state of each follow button. Both are registered for every
shared page (follows.apps), so any page may show them."""

from django.http import HttpRequest
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import ngettext, pgettext

from follows.services import follows_of
from pagecache.members import MemberPart, member_part
from pagecache.placeholders import Filler

UNREAD_LIMIT = 99


def unread_badge(count: int | None) -> SafeString:
    """The navigation's unread count: nothing at zero, "99+" beyond."""
    if not count:
        return mark_safe("")
    shown = f"{UNREAD_LIMIT}+" if count > UNREAD_LIMIT else str(count)
    # Translators: after the number of unread notices in the navigation ("2 unread notices").
    words = ngettext("unread notice", "unread notices", count)
    return format_html(
        '<span class="badge rounded-pill text-bg-warning ms-1 notice-count">{}<span class="visually-hidden"> {}</span></span>',
        shown,
        words,
    )


def follow_state(following: bool) -> SafeString:
    """What a follow form submits and shows: the opposite of the member's state, and that state."""
    if following:
        return format_html(
            '<input type="hidden" name="action" value="unfollow">'
            '<button type="submit" class="btn btn-sm btn-brand follow-button" aria-pressed="true">{}</button>',
            # Translators: the follow button's state once the member follows the page.
            pgettext("follow button", "Following"),
        )
    return format_html(
        '<input type="hidden" name="action" value="follow">'
        '<button type="submit" class="btn btn-sm btn-outline-secondary follow-button" aria-pressed="false">{}</button>',
        pgettext("follow button", "Follow"),
    )


def topic_argument(topic: str) -> str:
    """A topic as a mark's argument ("question:12" -> "question-12": marks take no colon)."""
    return topic.replace(":", "-")


class UnreadCount(MemberPart):
    """The member's unread notices, counted with their row (accounts.backends): no cache key, no query."""

    name = "notice-count"

    def filler(self, request: HttpRequest, found: dict) -> Filler:
        badge = unread_badge(getattr(request.user, "unread_notices_row", 0))
        return lambda _argument: badge


class FollowState(MemberPart):
    """Each follow button's state, from the topics the member follows (they come with the member's
    row, accounts.backends: no cache key, no query)."""

    name = "follow-state"

    def filler(self, request: HttpRequest, found: dict) -> Filler:
        topics = follows_of(request.user)
        return lambda argument: follow_state(argument.replace("-", ":", 1) in topics)


def unread_count_mark(request: HttpRequest | None) -> SafeString | None:
    return member_part(request, UnreadCount.name, "")


def follow_state_mark(request: HttpRequest | None, topic: str) -> SafeString | None:
    return member_part(request, FollowState.name, topic_argument(topic))
