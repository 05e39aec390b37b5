"""Pages shared by logged-in members: rendered once while their topics are unchanged, filled in per member.

A logged-in patient sees almost exactly what an anonymous visitor sees: the same question, answers,
lists and figures. What differs is small and known: their handle in the navigation, their CSRF token
and CSP nonce, and their own state on a few elements (which answers they marked helpful). A view
decorated with `@shared_with_members(parts=[...])` is rendered once for all such members with those
elements written as placeholders (`pagecache.placeholders`), and filled in per request:

- handle, CSRF token and CSP nonce: by this module;
- a member's own state on an element: a `MemberPart` given to the decorator. The template writes
  `member_part(request, "helpful-state", answer.pk)` where the element's state goes; the part names the
  cache keys it needs (fetched in the same round trip as the page) and returns the text for each mark;
- where a page is personal to a few members (the asker on their own question), the view calls
  `render_personally_for(request, user_id)`; those members always get a page rendered for them.

Who shares: active members who are neither staff nor doctors (doctors get answer forms, moderators
hidden content), who may take part (a confirmed address, no suspension: the others see why in place
of the buttons), and whose session holds nothing but the login: no pending messages, no choice about
graphic photos. Everyone else, and every request when the page cache is off, gets the view as usual.
"""

import logging
from collections.abc import Callable, Sequence
from functools import wraps

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from pagecache.context_processors import MEMBER_HANDLE
from pagecache.middleware import finished, reported
from pagecache.placeholders import (
    PER_REQUEST,
    Filler,
    PageNotFillable,
    fillable,
    filled_in,
    page_parts,
    per_request_fillers,
    placeholder,
)
from pagecache.store import MEMBERS_PREFIX, page_key, response_is_cacheable, store_page, stored_headers, stored_page
from pagecache.topics import start_recording, stop_recording

logger = logging.getLogger(__name__)

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


class MemberPart:
    """One kind of element whose state is the member's own, on pages members share.

    `name` is what templates pass to `member_part`; `filler` gets the values of `cache_keys` (those the
    cache has) and returns a function from a mark's argument (e.g. an answer id) to the text to put there.
    """

    name: str = ""

    def cache_keys(self, request: HttpRequest) -> list[str]:
        """Cache keys `filler` needs; fetched together with the page, in one round trip."""
        return []

    def filler(self, request: HttpRequest, found: dict) -> Filler:
        raise NotImplementedError


class _SharedRender:
    """Set on the request while a view renders the page members share."""

    def __init__(self, viewer_id: int) -> None:
        self.viewer_id = viewer_id
        self.active = True
        self.personal_for: set[int] = set()


def is_shared_render(request: HttpRequest) -> bool:
    """Whether this render is the one all members share: leave per-member state out of it."""
    shared = getattr(request, "_shared_render", None)
    return shared is not None and shared.active


def member_part(request: HttpRequest | None, name: str, argument: object) -> SafeString | None:
    """In the page members share, the mark where `name`'s state for `argument` goes; otherwise None
    (the caller writes the member's own state)."""
    if request is None or not is_shared_render(request):
        return None
    return mark_safe(placeholder(name, str(argument)))  # noqa: S308 - a signed mark of our own, no visitor text


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


def _fillers(request: HttpRequest, parts: Sequence[MemberPart], found: dict) -> dict[str, Filler]:
    handle = escape(request.user.handle)
    fillers = per_request_fillers(request) | {MEMBER_HANDLE: lambda _: handle}
    for part in parts:
        fillers[part.name] = part.filler(request, found)
    return fillers


def _serve(request: HttpRequest, entry: dict, parts: Sequence[MemberPart], found: dict) -> HttpResponse:
    response = HttpResponse(filled_in(entry["parts"], _fillers(request, parts, found)))
    for name, value in entry["headers"]:
        response[name] = value
    return response


# Parts any shared page may hold (the navigation's unread count, follow buttons), registered by the
# apps that fill them in (their ready()): every decorated view fills them in besides its own parts.
_EVERY_PAGE_PARTS: list[MemberPart] = []


def on_every_shared_page(part: MemberPart) -> None:
    """Fill `part` in on every page members share (call from an app's ready(), once)."""
    if all(existing.name != part.name for existing in _EVERY_PAGE_PARTS):
        _EVERY_PAGE_PARTS.append(part)


def shared_with_members(parts: Sequence[MemberPart] = ()) -> Callable:
    """Decorate a public page view so that members share one rendering of it (see the module docstring).

    Put it closest to the view, under decorators that must run for every request (rate limits).
    """
    own_parts = list(parts)

    def decorator(view: Callable) -> Callable:
        @wraps(view)
        def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            if not _may_share(request):
                return view(request, *args, **kwargs)
            parts = [*own_parts, *_EVERY_PAGE_PARTS]
            names = PER_REQUEST | {MEMBER_HANDLE} | {part.name for part in parts}
            key = page_key(MEMBERS_PREFIX, request)
            extra_keys = [k for part in parts for k in part.cache_keys(request)]
            try:
                found = stored_page(key, extra_keys)
            except Exception:
                logger.warning("Page cache unavailable; rendering.", exc_info=True)
                return view(request, *args, **kwargs)
            if found.entry is not None and request.user.pk not in found.entry["personal_for"]:
                try:
                    return reported(_serve(request, found.entry, parts, found.extra), "hit")
                except PageNotFillable:
                    logger.warning("A shared page could not be filled in; rendering it afresh.", exc_info=True)
            elif found.entry is not None:
                return view(request, *args, **kwargs)

            request._shared_render = shared = _SharedRender(request.user.pk)
            dependencies = start_recording(request, found.generations)
            try:
                response = view(request, *args, **kwargs)
            finally:
                request._shared_render = None
                stop_recording(request)
            fillers = _fillers(request, parts, found.extra)
            if not shared.active or not response_is_cacheable(request, response):
                return reported(finished(request, response, fillers), "miss")
            stored = page_parts(response.content)
            if not fillable(stored, names):
                logger.warning("Not caching %s: it holds a placeholder no member's copy can fill in.", request.path)
                return reported(finished(request, response, fillers), "miss")
            entry = {
                "topics": dependencies.recorded(),
                "parts": stored,
                "headers": stored_headers(response),
                "personal_for": shared.personal_for,
            }
            store_page(key, entry)
            return reported(finished(request, response, fillers), "miss")

        return wrapped

    return decorator
