"""Abuse limits: one named limit per kind of post, in one table, and one function every view calls.

    from moderation.ratelimits import rate_limited

    if request.method == "POST" and form.is_valid():
        if rate_limited(request, "ask"):
            ...  # refuse: the form again with a message, status 429 (or core.views.ratelimited)

`rate_limited(request, name)` counts this request against the named limit, per user (per address when
anonymous), and says whether it went over. Call it where the cost is, once per request:
- for posts, after the form validated and before the service publishes (a form sent back with an
  error costs nothing): asking, answering, reviews and their updates, doctors' responses, flags, votes;
- for uploads, as soon as the POST arrives: checking an image is itself the expense;
- for reads that cost (the similar-questions lookup while someone types), on every request.
Over the limit, a form view shows the form again with a message and status 429; an action answers
with `core.views.ratelimited`, a calm 429 page.

Counts live in the default cache (Redis when REDIS_URL is set, so limits hold across workers). Rates
are read from `settings.RATE_LIMITS` (name -> "count/period", e.g. "10/h") at each request, falling
back to DEFAULT_RATE_LIMITS. Staff are not limited: moderators flag and hide in bulk.
"""

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest
from django_ratelimit import ALL
from django_ratelimit.core import is_ratelimited

DEFAULT_RATE_LIMITS: dict[str, str] = {
    "ask": "5/h",  # questions.views.ask
    "answer": "30/h",  # questions.views.answer_new, reviews.views.review_respond
    "review": "5/h",  # reviews.views.review_new, review_add_update_view
    "vote": "120/h",  # questions.views.answer_helpful, reviews.views.review_helpful
    "flag": "20/h",  # moderation.views.flag
    "photo": "20/h",  # photos.views.case_new, review_case_new
    "similar": "120/m",  # questions.views.similar (a read, while someone types a title)
    "api": "120/m",  # api.guard: reads of /api/v1/ per client address (no token)
    "api-token": "600/m",  # api.guard: reads and writes of /api/v1/ per personal token
    "follow_up": "20/h",  # questions.views.follow_up_new (follow-ups and doctors' replies)
    "consultation": "5/d",  # consultations.views.request_new
    "consultation_message": "60/h",  # consultations.views.request_detail (messages in a conversation)
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


def limit_count(name: str) -> int:
    """How many posts the named limit allows per period: the 5 in "5/h"."""
    return int(rate_for(name).split("/")[0])


def _rate(name: str) -> Callable[[str, HttpRequest], str | None]:
    # Read at request time, so settings overrides (tests, environments) apply without a restart.
    def rate(group: str, request: HttpRequest) -> str | None:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and user.is_staff:
            return None
        return rate_for(name)

    return rate


def rate_limited(request: HttpRequest, name: str, *, key: str | Callable = "user_or_ip") -> bool:
    """Count this request against the named limit; True when it is over (refuse what it asks).

    Counted per user (per address when anonymous) unless `key` says otherwise: django-ratelimit's
    key names ("ip") or a callable `(group, request) -> str` (the API counts per token).
    """
    return is_ratelimited(request, group=f"candid.{name}", key=key, rate=_rate(name), method=ALL, increment=True)
