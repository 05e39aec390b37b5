"""Error pages that Django asks for by setting rather than by URL handler."""

from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import REASON_NO_CSRF_COOKIE
from django.shortcuts import render

from core.redirects import is_safe_redirect


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """`CSRF_FAILURE_VIEW`: a form sent after its token expired (or without cookies), in the site's layout
    with a way back, instead of Django's bare page."""
    referer = request.headers.get("Referer", "")
    back_url = (
        referer if referer.startswith(("/", "http://", "https://")) and is_safe_redirect(request, referer) else "/"
    )
    context = {"back_url": back_url, "no_cookies": reason == REASON_NO_CSRF_COOKIE}
    return render(request, "403_csrf.html", context, status=403)
