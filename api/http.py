"""The API's HTTP manners: problem details (RFC 9457), conditional GETs, CORS, tokens and rate limits."""

import hashlib
import json
import time
from collections.abc import Callable
from http import HTTPStatus

from django.http import Http404, HttpRequest, HttpResponse
from django.utils.cache import get_conditional_response
from django.utils.http import http_date
from ninja.security import HttpBearer

from api.models import ApiToken
from api.reads import serialise
from api.services import api_token_for_secret
from moderation.ratelimits import rate_limited
from pagecache.topics import cached_until_changed

PROBLEM_TYPE = "application/problem+json"
READ_METHODS = ("GET", "HEAD", "OPTIONS")
RATE_LIMIT_RETRY_SECONDS = 60


class ApiProblem(Exception):
    """Raised anywhere under the API: answered as problem details with `status`."""

    def __init__(
        self, status: int, detail: str = "", *, title: str = "", errors: list | None = None, headers=None
    ) -> None:
        super().__init__(detail)
        self.status, self.detail, self.title, self.errors = status, detail, title, errors
        self.headers = headers or {}


def problem_response(
    request: HttpRequest, status: int, detail: str = "", *, title: str = "", errors=None, headers=None
) -> HttpResponse:
    """An RFC 9457 problem: `type` about:blank and the HTTP status's phrase as `title` unless given."""
    body = {
        "type": "about:blank",
        "title": title or HTTPStatus(status).phrase,
        "status": status,
        "detail": detail,
        "instance": request.path,
    }
    if errors is not None:
        body["errors"] = errors
    response = HttpResponse(json.dumps(body), status=status, content_type=PROBLEM_TYPE)
    for name, value in (headers or {}).items():
        response[name] = value
    return cors(request, response)


def cors(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    """Any site may read what the API answers to a read (GET, HEAD, OPTIONS); no cookies are ever used."""
    if request.method in READ_METHODS:
        response["Access-Control-Allow-Origin"] = "*"
        response["Access-Control-Expose-Headers"] = "ETag, Last-Modified, Retry-After, Link"
        response["Cross-Origin-Resource-Policy"] = "cross-origin"
    return response


class TokenAuth(HttpBearer):
    """A personal API token: `Authorization: Bearer cnd_…` (made on the account page)."""

    def authenticate(self, request: HttpRequest, token: str) -> ApiToken | None:
        return api_token_for_secret(token)


def guard(request: HttpRequest) -> ApiToken | None:
    """Who is asking, and whether they may ask now: the token (401 if one is sent and is not valid), and
    the rate limit, per token when there is one, else per client address (429). Call first in every
    operation. The token's member becomes `request.user` for the operation (never the session's)."""
    token = request.auth if isinstance(getattr(request, "auth", None), ApiToken) else None
    header = request.headers.get("Authorization", "")
    if token is None and header:
        scheme, _, secret = header.partition(" ")
        token = api_token_for_secret(secret.strip()) if scheme.lower() == "bearer" else None
        if token is None:
            raise ApiProblem(
                401,
                "The token is not valid: it may have been revoked. Make a new one on your account page.",
                headers={"WWW-Authenticate": 'Bearer realm="api"'},
            )
    if token is not None:
        request.user = token.user
        limited = rate_limited(request, "api-token", key=lambda group, req: f"token:{token.pk}")
    else:
        limited = rate_limited(request, "api", key="ip")
    if limited:
        raise ApiProblem(
            429,
            "Too many requests: wait a minute and try again (docs/api.md says how many are allowed).",
            headers={"Retry-After": str(RATE_LIMIT_RETRY_SECONDS)},
        )
    return token


def _tag(body: bytes) -> str:
    return '"' + hashlib.blake2b(body, digest_size=16).hexdigest() + '"'


def respond_json(request: HttpRequest, body: bytes, modified: float, *, private: bool = False) -> HttpResponse:
    """`body` with an ETag and Last-Modified, or 304 Not Modified when the client has it already."""
    etag = _tag(body)
    response = get_conditional_response(request, etag=etag, last_modified=int(modified))
    if response is None:
        response = HttpResponse(body, content_type="application/json")
    response["ETag"] = etag
    response["Last-Modified"] = http_date(modified)
    response["Cache-Control"] = "private, no-cache" if private else "public, no-cache"
    if private:
        response["Vary"] = "Authorization"
    return cors(request, response)


def kept_json(
    request: HttpRequest, key: str, compute: Callable[[], object], *, topics: list[str], schema
) -> HttpResponse:
    """The read `compute()` as JSON checked against `schema`, kept until one of `topics` moves on (the page
    cache's generations): a miss costs the read's queries, a hit none. `compute()` returning None is a 404.

    Last-Modified is when the kept copy was made: it is made again only after something it shows changed.
    """

    def make():
        data = compute()
        return None if data is None else (serialise(schema, data), time.time())

    if len(key) > 120 or not key.isascii() or not key.isprintable() or " " in key:
        # Searched words and cursors: a key every cache backend takes as it is.
        key = "h:" + hashlib.blake2b(key.encode(), digest_size=20).hexdigest()
    kept = cached_until_changed(f"api:v1:{key}", make, topics=topics)
    if kept is None:
        raise Http404
    body, modified = kept
    return respond_json(request, body, modified)
