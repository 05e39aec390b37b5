"""Where pages are kept: Redis (shared by every web process) and a copy of recent pages in each process.

An entry is `{"topics": {topic: generation}, "parts": [...], "headers": [...], ...}`. A lookup fetches,
in one round trip (one MGET), the generations of the page's topics and, when this process has no copy,
the page itself. The process remembers which topics each of its pages depended on, so it knows which
generations to ask for before it has the page.
"""

import hashlib
import logging
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse

from pagecache.topics import SITE, generations, generations_from, is_current, topic_key

logger = logging.getLogger(__name__)

# The number changes with the layout of a stored entry, so a deploy never reads an older layout.
ANONYMOUS_PREFIX = "page:4:"
MEMBERS_PREFIX = "member-page:4:"

# Vary values a stored page may carry: the cache is for cookie-less visitors and skips htmx requests.
_SAFE_VARY = {"cookie", "hx-request", "accept-encoding"}
_UNCACHEABLE_CONTROL = ("private", "no-cache", "no-store")
# Response headers that are per request (recomputed when serving) or make no sense to replay.
_DROPPED_HEADERS = {"content-length", "set-cookie", "content-security-policy", "content-security-policy-report-only"}


def page_key(prefix: str, request: HttpRequest) -> str:
    url = request.build_absolute_uri().encode()
    return prefix + hashlib.md5(url, usedforsecurity=False).hexdigest()


def response_is_cacheable(request: HttpRequest, response: HttpResponse) -> bool:
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if getattr(request, "_page_cache_exempt", False) or getattr(request, "_page_uncacheable", False):
        return False
    session = getattr(request, "session", None)
    if session is not None and session.modified:
        return False
    control = response.get("Cache-Control", "").lower()
    if any(word in control for word in _UNCACHEABLE_CONTROL):
        return False
    vary = {v.strip().lower() for v in response.get("Vary", "").split(",") if v.strip()}
    return vary <= _SAFE_VARY


def stored_headers(response: HttpResponse) -> list[tuple[str, str]]:
    return [(k, v) for k, v in response.items() if k.lower() not in _DROPPED_HEADERS]


class _RecentPages:
    """The pages this process served lately, so that a hit asks Redis only for the generations.

    Moving a 90 KB question page out of Redis and unpickling it cost more than the rest of a hit.
    An entry here is used only while its topics' generations are current and for `PAGE_CACHE_SECONDS` at
    most, like the copy in Redis; the least recently used go first beyond `max_bytes`.
    """

    def __init__(self, max_bytes: int, max_remembered: int = 200_000) -> None:
        self.max_bytes = max_bytes
        self.max_remembered = max_remembered
        self._entries: OrderedDict[str, tuple[float, int, dict]] = OrderedDict()
        self._bytes = 0
        self._topics: dict[str, tuple[str, ...]] = {}  # the topics of every page seen, copy or not
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

    def topics(self, key: str) -> tuple[str, ...]:
        return self._topics.get(key, (SITE,))

    def remember(self, key: str, entry: dict) -> None:
        if len(self._topics) >= self.max_remembered:
            self._topics.clear()
        self._topics[key] = tuple(entry["topics"])

    def put(self, key: str, entry: dict) -> None:
        self.remember(key, entry)
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
            self._topics.clear()
            self._bytes = 0

    def _drop(self, key: str) -> None:
        found = self._entries.pop(key, None)
        if found is not None:
            self._bytes -= found[1]


recent_pages = _RecentPages(max_bytes=16 * 1024 * 1024)


@dataclass
class Lookup:
    """What a lookup found: the page if still current, the generations it read, and `extra_keys`' values."""

    entry: dict | None
    generations: dict[str, int]
    extra: dict = field(default_factory=dict)


def stored_page(key: str, extra_keys: list[str] = ()) -> Lookup:
    """The page stored under `key` if none of its topics moved on since, in one round trip when this
    process knows the page's topics (with the values of `extra_keys` the cache has). Raises when the
    cache is unreachable."""
    local = recent_pages.get(key)
    topics = tuple(local["topics"]) if local is not None else recent_pages.topics(key)
    keys = [topic_key(t) for t in topics] + list(extra_keys) + ([] if local is not None else [key])
    found = cache.get_many(keys)
    current = generations_from(found, topics)
    extra = {k: found[k] for k in extra_keys if k in found}
    entry = local if local is not None else found.get(key)
    if entry is not None and not entry["topics"].keys() <= current.keys():
        current.update(generations(entry["topics"].keys() - current.keys()))  # topics this process didn't know
    if local is not None and not is_current(local["topics"], current):
        entry = cache.get(key)  # another process may have stored a current copy already
        if entry is not None:
            current.update(generations(entry["topics"].keys() - current.keys()))
    if entry is None or not is_current(entry["topics"], current):
        return Lookup(None, current, extra)
    recent_pages.put(key, entry)
    return Lookup(entry, current, extra)


def store_page(key: str, entry: dict) -> None:
    """Keep a rendered page for `PAGE_CACHE_SECONDS`, in the cache and in this process."""
    try:
        cache.set(key, entry, settings.PAGE_CACHE_SECONDS)
    except Exception:
        logger.warning("Could not store a page in the cache.", exc_info=True)
        return
    recent_pages.put(key, entry)
