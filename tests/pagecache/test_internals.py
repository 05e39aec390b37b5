"""The Django internals pagecache.internals wraps still exist and behave as the page cache assumes."""

from django.core.cache.backends.redis import RedisCacheClient
from django.http import HttpResponse
from django.middleware.csp import ContentSecurityPolicyMiddleware
from django.test import RequestFactory, override_settings
from django.utils.csp import CSP

from pagecache.internals import csp_nonce, redis_connection_pool


@override_settings(SECURE_CSP={"script-src": [CSP.SELF, CSP.NONCE]})
def test_the_csp_nonce_read_for_a_page_is_the_one_in_the_header():
    request = RequestFactory().get("/")
    middleware = ContentSecurityPolicyMiddleware(lambda r: HttpResponse())
    middleware.process_request(request)
    nonce = csp_nonce(request)
    assert len(nonce) >= 16
    assert csp_nonce(request) == nonce  # one per request
    response = middleware.process_response(request, HttpResponse())
    assert f"'nonce-{nonce}'" in response["Content-Security-Policy"]


def test_a_request_without_the_csp_middleware_has_no_nonce():
    assert csp_nonce(RequestFactory().get("/")) == ""


def test_redis_clients_pick_one_pool_per_server_for_reads_and_writes():
    client = RedisCacheClient(["redis://127.0.0.1:1/0"])  # never connects: pools connect lazily
    pool = redis_connection_pool(client, write=True)
    assert redis_connection_pool(client, write=False) is pool  # one server: reads and writes share it
    assert redis_connection_pool(client, write=True) is pool
    assert hasattr(pool, "get_connection")
