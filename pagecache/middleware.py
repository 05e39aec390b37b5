"""Whole pages for anonymous visitors, served before authentication and without a database query."""

import hashlib
import logging
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseNotModified
from django.utils.translation import get_language_from_path

from pagecache.placeholders import (
    PER_REQUEST,
    PageNotFillable,
    fillable,
    filled_in,
    holds_placeholders,
    page_parts,
    per_request_fillers,
)
from pagecache.store import ANONYMOUS_PREFIX, page_key, response_is_cacheable, store_page, stored_headers, stored_page
from pagecache.topics import start_recording, stop_recording

logger = logging.getLogger(__name__)


def page_cache_exempt(view: Callable) -> Callable:
    """Mark a view whose responses must never come from the page cache."""
    view.page_cache_exempt = True
    return view


def _request_is_cacheable(request: HttpRequest) -> bool:
    if request.method != "GET" or not getattr(settings, "PAGE_CACHE_SECONDS", 0):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
        # A session means a logged-in user or pending messages: render for them.
        return False
    if request.headers.get("HX-Request"):
        return False
    return not _without_language(request.path).startswith(tuple(getattr(settings, "PAGE_CACHE_EXCLUDE", ())))


def _without_language(path: str) -> str:
    """`/es/accounts/` -> `/accounts/`: PAGE_CACHE_EXCLUDE names paths in the default language."""
    code = get_language_from_path(path)
    return path[len(code) + 1 :] if code and path.startswith(f"/{code}/") else path


def finished(request: HttpRequest, response: HttpResponse, fillers: dict) -> HttpResponse:
    """A response rendered for the cache but not kept (an error page, a new cookie): its placeholders
    filled in for this visitor, so it can be sent."""
    if not response.streaming and holds_placeholders(response.content):
        response.content = filled_in(page_parts(response.content), fillers, lenient=True)
    return response


class AnonymousPageCacheMiddleware:
    """Serve anonymous GETs from the page cache and store cacheable responses.

    Sits after CsrfViewMiddleware (a served page fills in the visitor's CSRF token, and that middleware
    then sets their cookie) and before AuthenticationMiddleware (a hit needs no user, no session and no
    database). Responses carry `X-Page-Cache: hit|miss` when PAGE_CACHE_REPORT is on (the benchmark).
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not _request_is_cacheable(request):
            return self.get_response(request)

        key = page_key(ANONYMOUS_PREFIX, request)
        try:
            found = stored_page(key)
        except Exception:
            logger.warning("Page cache unavailable; rendering.", exc_info=True)
            return self.get_response(request)
        if found.entry is not None:
            try:
                return reported(self._from_entry(request, found.entry), "hit")
            except PageNotFillable:
                logger.warning("A cached page could not be filled in; rendering it afresh.", exc_info=True)

        dependencies = start_recording(request, found.generations)
        try:
            response = self.get_response(request)
        finally:
            stop_recording(request)
        parts = page_parts(response.content) if response_is_cacheable(request, response) else None
        if parts is not None and fillable(parts, PER_REQUEST):
            etag = '"' + hashlib.md5(b"".join(parts), usedforsecurity=False).hexdigest() + '"'
            entry = {
                "topics": dependencies.recorded(),
                "parts": parts,
                "headers": stored_headers(response),
                "etag": etag,
            }
            store_page(key, entry)
            response["ETag"] = etag
        elif parts is not None:
            logger.warning("Not caching %s: it holds a placeholder no visitor's copy can fill in.", request.path)
        return reported(finished(request, response, per_request_fillers(request)), "miss")

    def process_view(self, request: HttpRequest, view_func: Callable, view_args, view_kwargs) -> None:
        if getattr(view_func, "page_cache_exempt", False):
            request._page_cache_exempt = True

    def _from_entry(self, request: HttpRequest, entry: dict) -> HttpResponse:
        if request.headers.get("If-None-Match") == entry["etag"]:
            response = HttpResponseNotModified()
            response["ETag"] = entry["etag"]
            return response
        response = HttpResponse(filled_in(entry["parts"], per_request_fillers(request)))
        for name, value in entry["headers"]:
            response[name] = value
        response["ETag"] = entry["etag"]
        return response


def reported(response: HttpResponse, outcome: str) -> HttpResponse:
    if getattr(settings, "PAGE_CACHE_REPORT", False):
        response["X-Page-Cache"] = outcome
    return response
