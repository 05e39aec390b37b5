"""Placeholders: the marks a stored page carries where each request gets a value of its own.

A page the cache keeps is rendered once for many visitors, so what differs per request is written as a
placeholder and filled in when the page is served:

    \\x00pagecache:<name>:<argument>:<signature>\\x00

e.g. the CSRF token (`csrf-token`), the CSP nonce (`csp-nonce`), a member's handle (`member-handle`), or a
member's part of the page (`helpful-state:42`, the state of the helpful button of answer 42, see
`pagecache.members`). The signature is an HMAC of name and argument under SECRET_KEY, a secret of this
deployment, and the whole mark is framed by NUL bytes, which reach no view (core.middleware's
MalformedInputMiddleware refuses them in addresses and field names and removes them from form values):
visitor text can neither produce a placeholder nor forge one. A mark that looks like one but is not
signed is plain text and left alone.

A page holding a placeholder its visitors' copies cannot fill in is never stored (`fillable`), and a
stored page that cannot be filled in (e.g. stored before SECRET_KEY changed) raises `PageNotFillable`
for the caller to render the page afresh.
"""

import re
from collections.abc import Callable, Collection
from functools import lru_cache

from django.conf import settings
from django.middleware.csrf import get_token
from django.utils.crypto import constant_time_compare, salted_hmac

from pagecache.internals import csp_nonce

CSRF_TOKEN = "csrf-token"
CSP_NONCE = "csp-nonce"
# Filled in for every visitor, anonymous or not.
PER_REQUEST = frozenset({CSRF_TOKEN, CSP_NONCE})

_MARK = re.compile(rb"(\x00pagecache:[a-z-]{1,40}:[0-9A-Za-z_-]{0,40}:[0-9a-f]{24}\x00)")
_PARTS = re.compile(rb"\x00pagecache:([a-z-]+):([0-9A-Za-z_-]*):([0-9a-f]{24})\x00")


def _signature(name: str, argument: str) -> str:
    return _signed(settings.SECRET_KEY, name, argument)


@lru_cache(maxsize=8192)
def _signed(secret: str, name: str, argument: str) -> str:
    # Kept per (secret, mark): a served page checks every mark it holds, dozens per page, on every request.
    return salted_hmac("pagecache.placeholder", f"{name}:{argument}", secret=secret, algorithm="sha256").hexdigest()[
        :24
    ]


def placeholder(name: str, argument: str = "") -> str:
    """The mark of `name` (with `argument`) in a page the cache keeps."""
    return f"\x00pagecache:{name}:{argument}:{_signature(name, argument)}\x00"


def page_parts(content: bytes) -> list[bytes]:
    """`content` split once so that serving is a join: text and well-formed marks alternating."""
    return _MARK.split(content)


def _parse(mark: bytes) -> tuple[str, str] | None:
    """(name, argument) of a signed mark; None for one that is not signed by this deployment."""
    match = _PARTS.fullmatch(mark)
    if match is None:
        return None
    name, argument, signature = (part.decode() for part in match.groups())
    return (name, argument) if constant_time_compare(signature, _signature(name, argument)) else None


def fillable(parts: list[bytes], names: Collection[str]) -> bool:
    """Whether every mark in `parts` is signed and one of `names`: those filled in for the visitors the page
    is stored for. Store a page only when it is."""
    for mark in parts[1::2]:
        parsed = _parse(mark)
        if parsed is None or parsed[0] not in names:
            return False
    return True


class PageNotFillable(Exception):
    """A stored page holds a placeholder there is no value for: render the page afresh instead."""


Filler = Callable[[str], str]


def per_request_fillers(request) -> dict[str, Filler]:
    """The values every visitor gets: their CSRF token (which also sets their cookie) and the CSP nonce."""
    return {CSRF_TOKEN: lambda _: get_token(request), CSP_NONCE: lambda _: csp_nonce(request)}


def filled_in(parts: list[bytes], fillers: dict[str, Filler], *, lenient: bool = False) -> bytes:
    """The stored page with each placeholder replaced by `fillers[name](argument)` (text, not escaped).

    Raises PageNotFillable when a placeholder is unsigned or has no filler, or a filler fails; with
    `lenient`, such a placeholder becomes nothing instead (for a response that must be sent as it is).
    """
    if len(parts) == 1:
        return parts[0]
    out = []
    # The same mark often stands many times in a page (a CSRF token in every form): fill it in once.
    values: dict[bytes, bytes] = {}
    for index, part in enumerate(parts):
        if not index % 2:
            out.append(part)
            continue
        if part in values:
            out.append(values[part])
            continue
        parsed = _parse(part)
        if parsed is None or parsed[0] not in fillers:
            if lenient:
                continue
            raise PageNotFillable(f"no value for the placeholder {parsed or 'unsigned'}")
        try:
            values[part] = fillers[parsed[0]](parsed[1]).encode()
        except Exception as error:
            if lenient:
                continue
            raise PageNotFillable(f"filling {parsed[0]} failed: {error!r}") from error
        out.append(values[part])
    return b"".join(out)


def holds_placeholders(content: bytes) -> bool:
    return b"\x00pagecache:" in content
