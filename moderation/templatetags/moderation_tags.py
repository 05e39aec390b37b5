"""`{% load moderation_tags %}`: flag links for any page, why a member may not take part, and the log's
before/after table for the admin."""

from html import escape

from django import template
from django.core.exceptions import PermissionDenied
from django.db import models
from django.template.defaultfilters import urlencode
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext, gettext_noop

from accounts.permissions import check_can_participate
from core.html import format_html_quick
from core.links import reverse_often
from moderation.targets import content_owner_id

register = template.Library()

# The phrases templates complete "Log in to ..." with (`{% participation_refusal user "..." %}`):
# marked here for the catalogue, translated by check_can_participate when the sentence is built.
ACTIONS = [
    gettext_noop("write a review"),
    gettext_noop("mark reviews as helpful"),
    gettext_noop("flag content"),
    gettext_noop("report a review"),
]


@register.simple_tag
def flag_url(obj: models.Model) -> str:
    """The flag page of `obj`, built from its model label: no query."""
    return reverse_often("moderation:flag", obj._meta.label_lower, obj.pk)


@register.filter
def flaggable_by(obj: models.Model, user) -> bool:
    """Whether to offer `user` a flag link on `obj`: everyone but its author (anonymous users log in first)."""
    if not getattr(user, "is_authenticated", False):
        return True
    return content_owner_id(obj) != user.pk


@register.simple_tag
def participation_refusal(user, action: str) -> str:
    """Why a logged-in `user` may not `action` (unconfirmed e-mail, suspension), in the words of
    `accounts.permissions.check_can_participate`; "" when they may, and for visitors, whom the link
    asks to log in. For templates that put this line where the button would be."""
    if not getattr(user, "is_authenticated", False):
        return ""
    # Asked once per flag link: a page of answers asks it for each, with the same answer.
    answers = user.__dict__.setdefault("_participation_refusals", {})
    if action not in answers:
        try:
            check_can_participate(user, action=action)
        except PermissionDenied as refusal:
            answers[action] = str(refusal)
        else:
            answers[action] = ""
    return answers[action]


@register.filter
def verbose_name(obj: models.Model) -> str:
    return str(obj._meta.verbose_name)


@register.simple_tag(takes_context=True)
def flag_button(context: template.Context, obj: models.Model) -> SafeString:
    """`{% flag_button object %}`: the link to flag `obj` (back to this page afterwards), why the reader
    may not flag yet, or nothing for its author. Needs `user` and `request` in the context. In Python
    rather than an include: every answer and follow-up of a question page has one."""
    request = context.get("request")
    return flag_link(obj, context.get("user"), request.get_full_path() if request is not None else "")


@register.simple_tag
def flag_link(obj: models.Model, user, back_to: str) -> SafeString:
    """What `{% flag_button %}` shows, for parts of pages rendered without a request
    (`{% flag_link object user back_to %}`): `back_to` is the page the flag form returns to."""
    if not flaggable_by(obj, user):
        return mark_safe("")
    refusal = participation_refusal(user, "flag content")
    if refusal:
        if getattr(user, "is_suspended", False):
            words = gettext("Flagging paused: your account is suspended")
        else:
            words = gettext("Confirm your e-mail address to flag")
        return format_html_quick(
            '<span class="flag-refused small text-body-secondary" title="{}">{}</span>', refusal, words
        )
    kind = escape(verbose_name(obj))
    label = mark_safe(gettext('Flag<span class="visually-hidden"> this %(kind)s</span>') % {"kind": kind})  # noqa: S308
    return format_html_quick(
        '<a class="flag-link small" href="{}?next={}" rel="nofollow">{}</a>', flag_url(obj), urlencode(back_to), label
    )


@register.inclusion_tag("admin/moderation/snapshot.html")
def snapshot_table(before: dict, after: dict):
    """Field-by-field rows of a log entry's before/after, changed fields marked."""
    keys = list(dict.fromkeys([*(before or {}), *(after or {})]))
    rows = [
        {
            "field": key.replace("_", " "),
            "before": (before or {}).get(key, ""),
            "after": (after or {}).get(key, ""),
            "changed": (before or {}).get(key) != (after or {}).get(key),
        }
        for key in keys
    ]
    return {"rows": rows}
