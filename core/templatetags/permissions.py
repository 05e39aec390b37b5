"""`{% can "app.action" obj ... as name %}`: a template asks the same rule the view and the service use.

The user is the request's (`user` in the context). On a page members share (pagecache.members), a
per-member answer must stay out of the shared bytes: ask only inside the per-member parts of such a page.
"""

from django import template

from core import permissions

register = template.Library()


@register.simple_tag(takes_context=True)
def can(context, action: str, *objects) -> bool:
    """Whether the viewing user may do `action` on `objects`: `{% can "reviews.vote" review as may_vote %}`."""
    return permissions.can(context["user"], action, *objects)


@register.simple_tag(takes_context=True)
def refusal(context, action: str, *objects) -> str:
    """Why the viewing user may not do `action` on `objects`, "" when they may."""
    return permissions.refusal(context["user"], action, *objects)
