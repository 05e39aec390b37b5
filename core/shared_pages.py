"""Pages shared by logged-in members: rendered once per content generation, filled in per member.

A logged-in patient sees almost exactly what an anonymous visitor sees: the same question, answers,
lists and figures. What differs is small and known: their handle in the navigation, their CSRF token
and CSP nonce, which answers they marked helpful, and, on their own question, the thanks buttons.
A view decorated with `@shared_with_members()` is rendered once for all such members with those
parts left neutral, stored under the content generation (core/cache.py), and filled in per request:

- handle, CSRF token and CSP nonce are placeholders in the stored page, replaced for each member;
- per-member state is applied by a `Personalization` given to the decorator: it names cache keys
  fetched in the same round trip as the page (e.g. the member's votes) and edits the stored HTML,
  using facts the view noted while rendering (`note_for_members`, e.g. which answers the page shows);
- where a page is personal to a few members (the asker on their own question), the view calls
  `render_personally_for(request, user_id)`; those members always get a page rendered for them.

Who shares: active members who are neither staff nor doctors (doctors get answer forms, moderators
hidden content), who may take part (a confirmed address, no suspension: the others see why in place
of the buttons), and whose session holds nothing but the login: no pending messages, no choice about
graphic photos. Everyone else, and every request when the page cache is off, gets the view as usual.
"""

import hashlib
import logging
from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.functional import lazy
from django.utils.html import escape

from core.cache import (
    ANONYMOUS_PLACEHOLDERS,
    HANDLE_PLACEHOLDER,
    PageNotFillable,
    fillable,
    filled_in,
    page_parts,
    response_is_cacheable,
    store_page,
    stored_headers,
    stored_page,
)

logger = logging.getLogger(__name__)

SHARED_KEY_PREFIX = "member-page:3:"
# A session with only these keys carries no per-visitor display state: Django's login and the session's
# lifetime, and allauth's record of how and when the member authenticated (reauthentication, two-factor).
_LOGIN_SESSION_KEYS = {
    "_auth_user_id",
    "_auth_user_backend",
    "_auth_user_hash",
    "_session_expiry",
    "account_authentication_methods",
    "account_authentication_methods_user",
}
# What a shared page may hold: the anonymous page's placeholders and the member's handle.
MEMBER_PLACEHOLDERS = ANONYMOUS_PLACEHOLDERS | {HANDLE_PLACEHOLDER}


class Personalization:
    """What differs per member on a shared page, applied to the stored HTML on every request."""

    def cache_keys(self, request: HttpRequest) -> list[str]:
        """Cache keys `apply` needs; fetched together with the page, in one round trip."""
        return []

    def apply(self, request: HttpRequest, content: bytes, facts: dict, found: dict) -> bytes:
        """This member's version of `content`. `facts` are what the view noted; `found`, the keys' values."""
        return content


class _SharedRender:
    """Set on the request while a view renders the page members share."""

    def __init__(self, viewer_id: int) -> None:
        self.viewer_id = viewer_id
        self.active = True
        self.personal_for: set[int] = set()
        self.facts: dict = {}


def is_shared_render(request: HttpRequest) -> bool:
    """Whether this render is the one all members share: leave per-member state out of it."""
    shared = getattr(request, "_shared_render", None)
    return shared is not None and shared.active


def render_personally_for(request: HttpRequest, user_id: int | None) -> None:
    """This page differs for `user_id` (e.g. the question's asker): they never get the shared copy.

    Call it before rendering. When the viewer is that member, this render becomes their own.
    """
    shared = getattr(request, "_shared_render", None)
    if shared is None or user_id is None:
        return
    shared.personal_for.add(user_id)
    if user_id == shared.viewer_id:
        shared.active = False


def note_for_members(request: HttpRequest, **facts) -> None:
    """Keep facts about this render (e.g. the answers it shows) for the page's `Personalization`."""
    shared = getattr(request, "_shared_render", None)
    if shared is not None:
        shared.facts.update(facts)


def viewer_context(request: HttpRequest) -> dict:
    """Context processor: `viewer_handle`, the logged-in user's handle or, in a shared render, its placeholder."""

    def handle() -> str:
        if is_shared_render(request):
            return HANDLE_PLACEHOLDER.decode()
        return getattr(request.user, "handle", "")

    return {"viewer_handle": lazy(handle, str)()}


def _may_share(request: HttpRequest) -> bool:
    if request.method != "GET" or request.headers.get("HX-Request") or not getattr(settings, "PAGE_CACHE_SECONDS", 0):
        return False
    user = request.user
    if not user.is_authenticated or not user.is_active or user.is_staff or user.is_superuser:
        return False
    if user.has_doctor_profile:
        return False
    # Members who may not take part (unconfirmed address, suspended) see a reason where the shared
    # page has a button: their own render. Both facts come with the user row, no query.
    if user.is_suspended or not user.has_confirmed_email:
        return False
    return set(request.session.keys()) <= _LOGIN_SESSION_KEYS


def _key(request: HttpRequest) -> str:
    url = request.build_absolute_uri().encode()
    return SHARED_KEY_PREFIX + hashlib.md5(url, usedforsecurity=False).hexdigest()


def _serve(request: HttpRequest, entry: dict, personalization: Personalization | None, found: dict) -> HttpResponse:
    handle = escape(request.user.handle).encode()
    content = filled_in(request, entry["parts"], {HANDLE_PLACEHOLDER: handle})
    if personalization is not None:
        content = personalization.apply(request, content, entry["facts"], found)
    response = HttpResponse(content)
    for name, value in entry["headers"]:
        response[name] = value
    return response


def shared_with_members(personalization: Personalization | None = None) -> Callable:
    """Decorate a public page view so that members share one rendering of it (see the module docstring).

    Put it closest to the view, under decorators that must run for every request (rate limits).
    """

    def decorator(view: Callable) -> Callable:
        @wraps(view)
        def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            if not _may_share(request):
                return view(request, *args, **kwargs)
            key = _key(request)
            extra_keys = personalization.cache_keys(request) if personalization is not None else []
            try:
                generation, entry, found = stored_page(key, extra_keys)
            except Exception:
                logger.warning("Page cache unavailable; rendering.", exc_info=True)
                return view(request, *args, **kwargs)
            if entry is not None:
                if request.user.pk in entry["personal_for"]:
                    return view(request, *args, **kwargs)
                try:
                    return _serve(request, entry, personalization, found)
                except PageNotFillable:
                    logger.warning("A shared page could not be filled in; rendering it afresh.", exc_info=True)

            request._shared_render = shared = _SharedRender(request.user.pk)
            try:
                response = view(request, *args, **kwargs)
            finally:
                request._shared_render = None
            if not shared.active or response.streaming:
                return response
            parts = page_parts(request, response) if response_is_cacheable(request, response) else None
            if parts is None or not fillable(parts, MEMBER_PLACEHOLDERS):
                # Rendered for sharing but not storable (an error page, a new cookie): fill it in here.
                handle = escape(request.user.handle).encode()
                response.content = response.content.replace(HANDLE_PLACEHOLDER, handle)
                return response
            entry = {
                "generation": generation,
                "parts": parts,
                "headers": stored_headers(response),
                "personal_for": shared.personal_for,
                "facts": shared.facts,
            }
            store_page(key, entry)
            return _serve(request, entry, personalization, found)

        return wrapped

    return decorator
