"""Abuse limits, one named limit per kind of post, shared by every app.

    from moderation.ratelimits import ratelimit

    @login_required
    @ratelimit("ask")
    def ask(request): ...

Only the methods that write (POST by default) count. Counts live in the default cache (Redis when
REDIS_URL is set, so limits hold across workers). Over the limit, django-ratelimit raises
`Ratelimited`; `RatelimitMiddleware` answers with `core.views.ratelimited`, a friendly 429 page.
Views that prefer to stay on their form call `is_limited(request, "vote")` and show a message.

Limits are read from `settings.RATE_LIMITS` (a dict of name -> "count/period", e.g. "10/h") and fall
back to DEFAULT_RATE_LIMITS. Staff are not limited: moderators flag and hide in bulk.
"""

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest
from django_ratelimit import UNSAFE
from django_ratelimit.core import get_usage, is_ratelimited
from django_ratelimit.decorators import ratelimit as _ratelimit

DEFAULT_RATE_LIMITS: dict[str, str] = {
    "ask": "5/h",
    "answer": "30/h",
    "review": "5/h",
    "vote": "120/h",
    "flag": "20/h",
    "photo": "20/h",
    # Reads: the similar-questions lookup runs while someone types a title.
    "similar": "120/m",
}


def rate_for(name: str) -> str:
    """The configured rate for a named limit ("count/period")."""
    configured = getattr(settings, "RATE_LIMITS", None) or {}
    if name in configured:
        return configured[name]
    try:
        return DEFAULT_RATE_LIMITS[name]
    except KeyError:
        raise KeyError(f"Unknown rate limit {name!r}; add it to DEFAULT_RATE_LIMITS.") from None


def _rate(name: str) -> Callable[[str, HttpRequest], str | None]:
    # Read at request time, so settings overrides (tests, environments) apply without a restart.
    def rate(group: str, request: HttpRequest) -> str | None:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and user.is_staff:
            return None
        return rate_for(name)

    return rate


def _group(name: str) -> str:
    return f"candid.{name}"


def ratelimit(name: str, *, method=UNSAFE):
    """Decorator: block a view's writes beyond the named limit, per user (or per IP when anonymous)."""
    return _ratelimit(group=_group(name), key="user_or_ip", rate=_rate(name), method=method, block=True)


def posts_used_up(request: HttpRequest, name: str) -> bool:
    """Whether the user (or IP) already posted as often as the named limit allows, this request not counted.

    With `post_counted`, for forms that count only what was actually published: a form sent back
    with an error costs nothing.
    """
    usage = get_usage(request, group=_group(name), key="user_or_ip", rate=_rate(name), method=UNSAFE, increment=False)
    return usage is not None and usage["count"] >= usage["limit"]


def post_counted(request: HttpRequest, name: str) -> None:
    """Count a published post against the named limit (see `posts_used_up`)."""
    get_usage(request, group=_group(name), key="user_or_ip", rate=_rate(name), method=UNSAFE, increment=True)


def limit_count(name: str) -> int:
    """How many posts the named limit allows per period: the 5 in "5/h"."""
    return int(rate_for(name).split("/")[0])


def is_limited(request: HttpRequest, name: str, *, increment: bool = True) -> bool:
    """Count this request against the named limit and say whether it is over it."""
    return is_ratelimited(
        request, group=_group(name), key="user_or_ip", rate=_rate(name), method=UNSAFE, increment=increment
    )
