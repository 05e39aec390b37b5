"""The limit on /contact/: per client address and per reply address.

Posts by members go through `moderation.ratelimits.rate_limited` (per user). This route is for people
without an account and sits below moderation, so it counts on its own terms, in the same default
cache (Redis in production, so across workers) with django-ratelimit: a refused message counts too.
`settings.CONTACT_RATE_LIMITS` overrides the rates ({"ip": ..., "email": ...}).
"""

from django.conf import settings
from django.http import HttpRequest
from django_ratelimit.core import is_ratelimited

from core.client_ip import client_ip

DEFAULT_CONTACT_RATES = {"ip": "5/h", "email": "3/h"}


def contact_limited(request: HttpRequest, reply_email: str) -> bool:
    """Count this message per client address and per reply address; True when either is over."""
    rates = {**DEFAULT_CONTACT_RATES, **(getattr(settings, "CONTACT_RATE_LIMITS", None) or {})}
    by_address = is_ratelimited(
        request, group="candid.contact.ip", key=lambda group, req: client_ip(req), rate=rates["ip"], increment=True
    )
    by_email = is_ratelimited(
        request,
        group="candid.contact.email",
        key=lambda group, req: reply_email.strip().lower(),
        rate=rates["email"],
        increment=True,
    )
    return by_address or by_email
