"""Where a `next` parameter may send a visitor: only to this site.

Every view that redirects to a URL taken from the request (log-in, sign-up and log-out through
allauth's adapter, flagging, photo preferences) asks here, so "https://evil.example/", "//evil.example",
"/\\evil.example", "https:evil.example" and "javascript:..." all land on the site instead.
"""

from django.http import HttpRequest
from django.utils.http import url_has_allowed_host_and_scheme


def is_safe_redirect(request: HttpRequest, url: str | None) -> bool:
    """Whether `url` stays on the host this request came to (and on HTTPS when the request did)."""
    if not url:
        return False
    return url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()}, require_https=request.is_secure())


def safe_next_url(request: HttpRequest, fallback: str) -> str:
    """The request's `next` (POST first, then the query string) if it stays on the site, else `fallback`.

    `fallback` may be a URL or a URL name, as `redirect()` takes it.
    """
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    # Only a path or a full URL: `redirect()` would look a bare word ("-1", "x") up as a URL name and fail.
    if not candidate.startswith(("/", "http://", "https://")):
        return fallback
    return candidate if is_safe_redirect(request, candidate) else fallback
