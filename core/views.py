from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def ratelimited(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """Shown when a rate limit blocks an action (`moderation.ratelimits.rate_limited`; also
    django-ratelimit's RATELIMIT_VIEW): a calm explanation, not an error page."""
    return render(request, "core/ratelimited.html", status=429)
