"""The acceptance gate: a member who has not accepted the terms or privacy version in force is asked to.

What is gated, and why:
- Posting is closed until they accept: every write (POST and the other unsafe methods, htmx requests)
  by such a member is sent to the page asking them (`policies:accept`). Whatever they post from then
  on is under the new terms, so it must wait for their agreement.
- Reading stays open: the first page they open is the page asking them, which lets them choose "Not
  now" and read on; that choice is kept in their session for these versions only. A new version
  asks again. Not everyone can agree on the spot, and reading binds them to nothing.
- Always reachable, whatever they chose: the policies themselves and this page, /contact/ (a concern
  about the new terms is a reason to write), log-out, the admin (staff keep moderating while they
  read), their account's security pages, their data export and closing their account (a member who
  refuses the new terms may leave with their data), withdrawing their own question or photo case
  (withdrawing consent), static files and the health checks.

Costs no query on an ordinary page view: the versions in force come from the cache and what the
member accepted from the user row the auth backend loads (policies.acceptance). Runs after
authentication, so a page members share (pagecache.members) is never served around it; anonymous
pages served by the page cache carry nobody to ask.
"""

from collections.abc import Callable
from functools import cache
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from core.i18n import path_without_language
from policies.acceptance import DEFERRED_SESSION_KEY, versions_to_accept

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
POSTING_CLOSED = _("Please accept the updated terms before you post, vote or flag. What changed is listed below.")


@cache
def _always_open() -> tuple[str, ...]:
    # Paths in the default language: a request's path is compared without its language prefix.
    with translation.override(settings.LANGUAGE_CODE):
        return _always_open_paths()


def _always_open_paths() -> tuple[str, ...]:
    return (
        "/policies/",
        reverse("policies:contact"),
        reverse("account_logout"),
        reverse("admin:index"),
        settings.STATIC_URL,
        settings.MEDIA_URL,
        reverse("core:healthz"),
        reverse("core:readyz"),
        # The account's own security and data pages (allauth's e-mail, password, two-factor and
        # re-authentication pages; the data export and closing the account).
        reverse("account_email"),
        reverse("account_change_password"),
        reverse("account_reauthenticate"),
        reverse("mfa_index"),
        reverse("account_email_verification_sent"),
        reverse("account_confirm_email", args=["x"])[: -len("x/")],
        "/accounts/data/",
        "/accounts/close/",
    )


def _is_always_open(path: str) -> bool:
    path = path_without_language(path)
    # Withdrawing one's own question or photo case (My Candid) is taking content down, and withdrawing
    # a photo is how consent is withdrawn: never held back by terms the member has not accepted.
    return path.startswith(_always_open()) or (path.startswith("/accounts/mine/") and path.endswith("/withdraw/"))


def _accept_url(next_url: str) -> str:
    return f"{reverse('policies:accept')}?{urlencode({'next': next_url})}"


class PolicyAcceptanceMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if _is_always_open(request.path) or not request.user.is_authenticated:
            return self.get_response(request)
        pending = versions_to_accept(request.user)
        if not pending:
            return self.get_response(request)
        is_htmx = request.headers.get("HX-Request") == "true"
        if request.method in SAFE_METHODS:
            deferred = request.session.get(DEFERRED_SESSION_KEY) or []
            if all(version.id in deferred for version in pending):
                return self.get_response(request)  # they chose to read on: reading stays open
            if not is_htmx:
                return redirect(_accept_url(request.get_full_path()))
            return _htmx_redirect(_accept_url(_same_site_path(request, request.headers.get("HX-Current-URL", ""))))
        # A write: back to the page it came from after accepting (the form is there to send again).
        messages.warning(request, POSTING_CLOSED)
        target = _accept_url(
            _same_site_path(request, request.headers.get("HX-Current-URL") or request.headers.get("Referer", ""))
        )
        return _htmx_redirect(target) if is_htmx else redirect(target)


def _htmx_redirect(url: str) -> HttpResponse:
    """htmx follows HX-Redirect with a full page load (a plain redirect would be swapped into the page)."""
    response = HttpResponse(status=204)
    response["HX-Redirect"] = url
    return response


def _same_site_path(request: HttpRequest, url: str) -> str:
    """The path and query of `url` when it is an address on this site, else the home page."""
    parts = urlsplit(url)
    if parts.netloc == request.get_host() and parts.path.startswith("/"):
        return f"{parts.path}?{parts.query}" if parts.query else parts.path
    return "/"
