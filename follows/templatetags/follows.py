"""`{% follow_button topic label %}` and `{% unread_notices %}`: a member's own state, also in pages
members share (follows.member_parts)."""

from django import template
from django.urls import reverse
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.safestring import SafeString
from django.utils.translation import gettext, pgettext

from follows.member_parts import follow_state, follow_state_mark, unread_badge, unread_count_mark
from follows.services import follows_of

register = template.Library()


def follow_form(request, topic: str, label: str, state: SafeString, csrf_token: str) -> SafeString:
    """The follow form: a button posting to follows:follow (htmx swaps the form, without JavaScript the
    page reloads)."""
    action = reverse("follows:follow")
    return format_html(
        '<form class="follow-form d-inline-block" method="post" action="{}" data-hx-post="{}" data-hx-swap="outerHTML" '
        'aria-label="{}">'
        '<input type="hidden" name="csrfmiddlewaretoken" value="{}">'
        '<input type="hidden" name="topic" value="{}">'
        '<input type="hidden" name="next" value="{}"><input type="hidden" name="label" value="{}">{}</form>',
        action,
        action,
        label,
        csrf_token,
        topic,
        request.path,
        label,
        state,
    )


@register.simple_tag(takes_context=True)
def follow_button(context, kind: str, object_id: int, label: str = "") -> SafeString:
    """`{% follow_button "question" question.pk "Follow this question" %}`: Follow/Following for a member
    (their own state, or its mark in the page members share); for visitors, a link to log in first."""
    return follow_topic_button(context, f"{kind}:{object_id}", label)


@register.simple_tag(takes_context=True)
def follow_topic_button(context, topic: str, label: str = "") -> SafeString:
    """The follow button for a topic ("treatment:5")."""
    label = str(label or gettext("Follow this page"))
    request = context.get("request")
    user = getattr(request, "user", None)
    if request is None or user is None or not user.is_authenticated:
        login = reverse("account_login")
        next_path = request.path if request is not None else "/"
        return format_html(
            '<a class="btn btn-sm btn-outline-secondary follow-button" href="{}?{}" aria-label="{}">{}</a>',
            login,
            urlencode({"next": next_path}),
            # Translators: %(action)s is the button's label with a small first letter ("follow this question").
            gettext("Log in to %(action)s") % {"action": f"{label[:1].lower()}{label[1:]}"},
            pgettext("follow button", "Follow"),
        )
    state = follow_state_mark(request, topic)
    if state is None:
        state = follow_state(topic in follows_of(user))
    return follow_form(request, topic, label, state, str(context.get("csrf_token", "")))


@register.simple_tag(takes_context=True)
def unread_notices(context) -> SafeString:
    """The navigation's unread count for the logged-in member (it comes with their row: no query)."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return unread_badge(0)
    mark = unread_count_mark(request)
    return mark if mark is not None else unread_badge(getattr(user, "unread_notices_row", 0))
