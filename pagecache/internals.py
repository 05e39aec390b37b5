"""The Django internals the page cache relies on, each wrapped here and nowhere else.

tests/pagecache/test_internals.py asserts that each still exists and behaves as assumed, so an upgrade
of Django that changes one fails there, by name, rather than somewhere in a cached page.
"""

from django.http import HttpRequest


def csp_nonce(request: HttpRequest) -> str:
    """The CSP nonce of this request, as the CSP header will carry it; reading it makes the header carry it.

    `django.middleware.csp.get_nonce` is a module function Django's own CSP context processor uses, not
    documented API: it returns a lazy nonce that joins the header once it has been turned into a string.
    """
    from django.middleware.csp import get_nonce

    nonce = get_nonce(request)
    return str(nonce) if nonce is not None else ""


def redis_connection_pool(client, *, write: bool):
    """The connection pool Django's RedisCacheClient would use for a read or a write.

    `RedisCacheClient._get_connection_pool(write)` is private; the backend in `pagecache.backends` keeps
    one `redis.Redis` per pool instead of building one per call.
    """
    return client._get_connection_pool(write)
