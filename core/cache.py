"""Whole-page caching for anonymous visitors, invalidated by a site-wide content generation.

Anonymous visitors (no session cookie) are most of the traffic and all see the same page, so a GET
for them is rendered once and then served from the cache until content changes. Changes are
tracked by one number in the cache, the *content generation*: every service that changes what the
public sees calls `content_changed()`, which moves the generation on, and a cached page is only
served while it was stored under the current generation. One counter instead of per-page keys keeps
invalidation impossible to get wrong (a new answer also changes the home page, the list, the
treatment hub and the doctor's profile); the price is that any write empties the anonymous cache,
which is cheap at the rate people write here.

Per-request values are not frozen into the cache: the CSP nonce and the CSRF token in a stored page
are replaced by placeholders and filled in afresh for each visitor, so cached pages keep working
forms and a nonce of their own. A placeholder carries a secret of this deployment (derived from
SECRET_KEY), so no visitor can spell one into a page through a search box or a URL; a page holding a
placeholder that cannot be filled in for its visitors is never stored, and a stored page that cannot
be filled in (e.g. stored before SECRET_KEY changed) is rendered afresh instead.

Logged-in members get pages from the same store through `core/shared_pages.py`; each web process
also keeps the pages it served lately (`recent_pages`), used only while the generation is current.

Django's own per-site cache middleware does not fit: it keys on `Vary: Cookie` (every visitor with a
CSRF cookie gets a separate entry), freezes tokens, and knows only time-based expiry.
"""

import hashlib
import logging
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient
from django.db import transaction
from django.http import HttpRequest, HttpResponse, HttpResponseNotModified
from django.middleware.csrf import CSRF_TOKEN_LENGTH, _unmask_cipher_token, get_token
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.functional import SimpleLazyObject

logger = logging.getLogger(__name__)

GENERATION_KEY = "content:generation"
# The number changes with the layout of a stored entry, so a deploy never reads an older layout.
PAGE_KEY_PREFIX = "page:3:"


def _placeholder(name: str) -> bytes:
    # Visitor input can never produce one: requests holding NUL are refused before any view
    # (core.middleware.MalformedInputMiddleware), and the tag is a secret of this deployment, unknown
    # to visitors even where a page shows their input unescaped.
    tag = salted_hmac("core.cache.placeholder", name, algorithm="sha256").hexdigest()[:24]
    return f"\x00{name}:{tag}\x00".encode()


NONCE_PLACEHOLDER = _placeholder("csp-nonce")
CSRF_PLACEHOLDER = _placeholder("csrf-token")
# The logged-in member's handle, in pages members share (core/shared_pages.py).
HANDLE_PLACEHOLDER = _placeholder("member-handle")
# What an anonymous visitor's page may hold: the nonce and token are filled in for every request.
ANONYMOUS_PLACEHOLDERS = frozenset({NONCE_PLACEHOLDER, CSRF_PLACEHOLDER})
_PLACEHOLDER_RE = re.compile(
    b"(" + b"|".join(re.escape(p) for p in (NONCE_PLACEHOLDER, CSRF_PLACEHOLDER, HANDLE_PLACEHOLDER)) + b")"
)
_TOKEN_RE = re.compile(rb"[a-zA-Z0-9]{%d}" % CSRF_TOKEN_LENGTH)
# Vary values a stored page may carry: the cache is for cookie-less visitors and skips htmx requests.
_SAFE_VARY = {"cookie", "hx-request", "accept-encoding"}
_UNCACHEABLE_CONTROL = ("private", "no-cache", "no-store")
# Response headers that are per request (recomputed when serving) or make no sense to replay.
_DROPPED_HEADERS = {"content-length", "set-cookie", "content-security-policy", "content-security-policy-report-only"}


def content_generation() -> int:
    """The current content generation, starting one if the cache has none."""
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        generation = start_generation()
    return generation


def start_generation() -> int:
    # Start from the clock, not 1: if the key is ever evicted, old pages must not match the new value.
    cache.add(GENERATION_KEY, time.time_ns(), timeout=None)
    return cache.get(GENERATION_KEY)


def _bump() -> None:
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        start_generation()
    except Exception:
        logger.warning("Could not move the content generation on; cached pages expire by time.", exc_info=True)


def content_changed() -> None:
    """Tell the page cache that something the public sees has changed. Call it from services.

    It bumps the generation now, so the rest of this transaction (and tests) read fresh pages, and
    again after commit, so a page rendered by another request before the commit (still showing the
    old content) is not served afterwards.
    """
    _bump()
    transaction.on_commit(_bump)


def generation_cached[T](key: str, compute: Callable[[], T], timeout: int = 3600) -> T:
    """`compute()`, cached until content changes (the generation moves) or `timeout` seconds pass.

    For values that are expensive and the same for everyone, e.g. a COUNT(*) over a large table.
    """
    full_key = "gen:" + key
    try:
        found = cache.get_many([GENERATION_KEY, full_key])
        generation = found.get(GENERATION_KEY) or start_generation()
    except Exception:
        logger.warning("Cache unavailable; computing %s.", key, exc_info=True)
        return compute()
    stored = found.get(full_key)
    if stored is not None and stored[0] == generation:
        return stored[1]
    value = compute()
    try:
        cache.set(full_key, (generation, value), timeout)
    except Exception:
        logger.warning("Could not cache %s.", key, exc_info=True)
    return value


def content_generation_context(request: HttpRequest) -> dict:
    """Context processor: `content_generation` for `{% cache %}` fragments that change with content.

    `{% cache 3600 answers question.pk content_generation %}` renders the fragment once per change.
    Looked up only when a template uses it.
    """
    return {"content_generation": SimpleLazyObject(content_generation)}


def page_cache_exempt(view: Callable) -> Callable:
    """Mark a view whose anonymous responses must never come from the page cache."""
    view.page_cache_exempt = True
    return view


def _page_key(request: HttpRequest) -> str:
    url = request.build_absolute_uri().encode()
    return PAGE_KEY_PREFIX + hashlib.md5(url, usedforsecurity=False).hexdigest()


def _request_is_cacheable(request: HttpRequest) -> bool:
    if request.method != "GET" or not getattr(settings, "PAGE_CACHE_SECONDS", 0):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
        # A session means a logged-in user or pending messages: render for them.
        return False
    if request.headers.get("HX-Request"):
        return False
    return not request.path.startswith(tuple(getattr(settings, "PAGE_CACHE_EXCLUDE", ())))


def _is_admin_write(request: HttpRequest) -> bool:
    return request.method not in ("GET", "HEAD", "OPTIONS") and request.path.startswith("/admin/")


def response_is_cacheable(request: HttpRequest, response: HttpResponse) -> bool:
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if getattr(request, "_page_cache_exempt", False):
        return False
    session = getattr(request, "session", None)
    if session is not None and session.modified:
        return False
    control = response.get("Cache-Control", "").lower()
    if any(word in control for word in _UNCACHEABLE_CONTROL):
        return False
    vary = {v.strip().lower() for v in response.get("Vary", "").split(",") if v.strip()}
    return vary <= _SAFE_VARY


def _with_placeholders(request: HttpRequest, content: bytes) -> bytes:
    nonce = getattr(request, "_csp_nonce", None)
    if nonce:  # a LazyNonce is truthy only once the page used it
        content = content.replace(str(nonce).encode(), NONCE_PLACEHOLDER)
    secret = request.META.get("CSRF_COOKIE")
    if secret:

        def swap(match: re.Match) -> bytes:
            token = match.group().decode()
            return CSRF_PLACEHOLDER if constant_time_compare(_unmask_cipher_token(token), secret) else match.group()

        content = _TOKEN_RE.sub(swap, content)
    return content


def page_parts(request: HttpRequest, response: HttpResponse) -> list[bytes]:
    """The response's content as stored: text and placeholders alternating, split once so serving is a join."""
    return _PLACEHOLDER_RE.split(_with_placeholders(request, response.content))


def fillable(parts: list[bytes], placeholders: frozenset[bytes]) -> bool:
    """Whether every placeholder in `parts` (from `page_parts`) is one of `placeholders`, those the
    server fills in for the visitors the page is stored for. Store a page only when it is."""
    return all(part in placeholders for part in parts[1::2])


class PageNotFillable(Exception):
    """A stored page holds a placeholder there is no value for: render the page afresh instead."""


def stored_headers(response: HttpResponse) -> list[tuple[str, str]]:
    return [(k, v) for k, v in response.items() if k.lower() not in _DROPPED_HEADERS]


def filled_in(request: HttpRequest, parts: list[bytes], values: dict[bytes, bytes] | None = None) -> bytes:
    """The stored page with this visitor's nonce and token, and any other placeholder `values`.

    Raises PageNotFillable when a placeholder has no value: the caller renders the page instead.
    """
    if len(parts) == 1:
        return parts[0]
    values = dict(values or {})
    if NONCE_PLACEHOLDER in parts:
        values[NONCE_PLACEHOLDER] = str(request._csp_nonce).encode()
    if CSRF_PLACEHOLDER in parts:
        values[CSRF_PLACEHOLDER] = get_token(request).encode()
    try:
        return b"".join(values[part] if index % 2 else part for index, part in enumerate(parts))
    except KeyError as missing:
        raise PageNotFillable(f"no value for the placeholder {missing}") from None


class _RecentPages:
    """The pages this process served lately, so that a hit asks Redis only for the generation.

    Moving a 90 KB question page out of Redis and unpickling it cost more than the rest of a hit.
    An entry here is used only while its generation is current and for `PAGE_CACHE_SECONDS` at most,
    like the copy in Redis; the least recently used go first beyond `max_bytes`.
    """

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self._entries: OrderedDict[str, tuple[float, int, dict]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()  # gthread workers serve requests in threads

    def get(self, key: str) -> dict | None:
        with self._lock:
            found = self._entries.get(key)
            if found is None:
                return None
            if found[0] < time.monotonic():
                self._drop(key)
                return None
            self._entries.move_to_end(key)
            return found[2]

    def put(self, key: str, entry: dict) -> None:
        size = sum(len(part) for part in entry["parts"])
        if size > self.max_bytes:
            return
        with self._lock:
            self._drop(key)
            self._entries[key] = (time.monotonic() + settings.PAGE_CACHE_SECONDS, size, entry)
            self._bytes += size
            while self._bytes > self.max_bytes:
                self._drop(next(iter(self._entries)))

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._bytes = 0

    def _drop(self, key: str) -> None:
        found = self._entries.pop(key, None)
        if found is not None:
            self._bytes -= found[1]


recent_pages = _RecentPages(max_bytes=16 * 1024 * 1024)


def stored_page(key: str, extra_keys: list[str] = ()) -> tuple[int, dict | None, dict]:
    """The current content generation, the page stored under `key` if stored under that generation,
    and the values of `extra_keys` that the cache has.

    One round trip to the cache: without the page when this process has a copy, with it otherwise.
    Raises when the cache is unreachable.
    """
    local = recent_pages.get(key)
    found = cache.get_many([GENERATION_KEY, *extra_keys] if local is not None else [GENERATION_KEY, key, *extra_keys])
    generation = found.pop(GENERATION_KEY, None) or start_generation()
    entry = local if local is not None else found.pop(key, None)
    if local is not None and local["generation"] != generation:
        entry = cache.get(key)  # another process may have stored this generation's page already
    if entry is None or entry["generation"] != generation:
        return generation, None, found
    recent_pages.put(key, entry)
    return generation, entry, found


def store_page(key: str, entry: dict) -> None:
    """Keep a rendered page (with its generation) for `PAGE_CACHE_SECONDS`, in the cache and in this process."""
    try:
        cache.set(key, entry, settings.PAGE_CACHE_SECONDS)
    except Exception:
        logger.warning("Could not store a page in the cache.", exc_info=True)
        return
    recent_pages.put(key, entry)


class AnonymousPageCacheMiddleware:
    """Serve anonymous GETs from the page cache; store cacheable responses; bump on admin writes.

    Sits after CsrfViewMiddleware (it needs the visitor's CSRF cookie to fill in tokens) and before
    AuthenticationMiddleware (a hit needs no user, no session and no database).
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not _request_is_cacheable(request):
            response = self.get_response(request)
            # Moderators editing content in the admin bypass the services: treat any admin write as a
            # change rather than serve stale pages until they expire.
            if _is_admin_write(request) and response.status_code < 400:
                content_changed()
            return response

        key = _page_key(request)
        try:
            generation, entry, _ = stored_page(key)
        except Exception:
            logger.warning("Page cache unavailable; rendering.", exc_info=True)
            return self.get_response(request)
        if entry is not None:
            try:
                return self._from_entry(request, entry)
            except PageNotFillable:
                logger.warning("A cached page could not be filled in; rendering it afresh.", exc_info=True)

        response = self.get_response(request)
        if response_is_cacheable(request, response):
            self._store(request, response, key, generation)
        return response

    def process_view(self, request: HttpRequest, view_func: Callable, view_args, view_kwargs) -> None:
        if getattr(view_func, "page_cache_exempt", False):
            request._page_cache_exempt = True

    def _store(self, request: HttpRequest, response: HttpResponse, key: str, generation: int) -> None:
        parts = page_parts(request, response)
        if not fillable(parts, ANONYMOUS_PLACEHOLDERS):
            logger.warning("Not caching %s: it holds a placeholder no visitor's copy can fill in.", request.path)
            return
        etag = '"' + hashlib.md5(b"".join(parts), usedforsecurity=False).hexdigest() + '"'
        entry = {"generation": generation, "parts": parts, "headers": stored_headers(response), "etag": etag}
        store_page(key, entry)
        response["ETag"] = etag

    def _from_entry(self, request: HttpRequest, entry: dict) -> HttpResponse:
        if request.headers.get("If-None-Match") == entry["etag"]:
            response = HttpResponseNotModified()
            response["ETag"] = entry["etag"]
            return response
        response = HttpResponse(filled_in(request, entry["parts"]))
        for name, value in entry["headers"]:
            response[name] = value
        response["ETag"] = entry["etag"]
        return response


class _ReusingRedisCacheClient(RedisCacheClient):
    def get_client(self, key=None, *, write: bool = False):
        pool = self._get_connection_pool(write)
        clients = self.__dict__.setdefault("_clients", {})
        if pool not in clients:
            clients[pool] = self._client(connection_pool=pool)
        return clients[pool]


class RedisCache(DjangoRedisCache):
    """Django's Redis cache backend, keeping one client per connection pool.

    Django builds a new `redis.Redis` for every cache call; that alone cost about as much as serving
    a cached page. The clients are thread-safe and share the pool, so one per pool is enough.
    """

    def __init__(self, server, params) -> None:
        super().__init__(server, params)
        self._class = _ReusingRedisCacheClient
