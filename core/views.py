from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def ratelimited(request: HttpRequest, exception: Exception) -> HttpResponse:
    """Shown when a rate limit blocks a request (django-ratelimit's RATELIMIT_VIEW, and views that
    check `moderation.ratelimits.is_limited` themselves): a calm explanation, not an error page."""
    return render(request, "core/ratelimited.html", status=429)
