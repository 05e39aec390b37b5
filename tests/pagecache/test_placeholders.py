"""Visitor input can never produce a page-cache placeholder, and a page that cannot be filled in is
never stored nor served: it is rendered afresh (pagecache.placeholders, pagecache.members)."""

import pytest
from django.core.cache import cache
from django.http import HttpResponse
from django.test import Client, RequestFactory

from pagecache.context_processors import MEMBER_HANDLE
from pagecache.middleware import AnonymousPageCacheMiddleware
from pagecache.placeholders import CSP_NONCE, CSRF_TOKEN, fillable, page_parts, placeholder
from pagecache.store import ANONYMOUS_PREFIX, MEMBERS_PREFIX, recent_pages

pytestmark = pytest.mark.usefixtures("page_cache_on")

HANDLE_PLACEHOLDER = placeholder(MEMBER_HANDLE).encode()


@pytest.fixture
def without_input_check(settings):
    """The site without MalformedInputMiddleware: the cache must hold on its own."""
    settings.MIDDLEWARE = [name for name in settings.MIDDLEWARE if not name.endswith("MalformedInputMiddleware")]


def _stored(prefix: str = ANONYMOUS_PREFIX) -> list[str]:
    """Keys of the pages in the (local-memory) cache, as `cache.get` takes them."""
    return [key.split(":", 2)[2] for key in cache._cache if key.split(":", 2)[2].startswith(prefix)]


def test_placeholders_carry_a_secret_of_the_deployment(settings):
    for name in (CSP_NONCE, CSRF_TOKEN, MEMBER_HANDLE):
        mark = placeholder(name)
        assert len(mark) > 30 and mark.startswith("\x00pagecache:")
        settings.SECRET_KEY = "another deployment's secret key, at least fifty characters long"
        assert placeholder(name) != mark  # the signature is this deployment's
        settings.SECRET_KEY = "django-insecure-test-key-for-the-suite-only-not-used-anywhere"


def test_a_forged_or_unsigned_mark_is_inert_and_a_page_holding_one_is_never_stored():
    forged = placeholder("helpful-state", "42").replace("helpful-state:42:", "helpful-state:43:").encode()
    parts = page_parts(b"<p>" + forged + b"</p>")
    assert not fillable(parts, {"helpful-state"})  # the signature is of answer 42, not 43
    assert fillable(page_parts(b"<p>" + placeholder("helpful-state", "42").encode() + b"</p>"), {"helpful-state"})
    # A mark of a name the page is not stored for is refused too.
    assert not fillable(page_parts(placeholder("member-handle").encode()), {CSP_NONCE, CSRF_TOKEN})


@pytest.mark.django_db
def test_a_placeholder_spelled_in_the_address_is_plain_text_to_every_later_visitor(without_input_check):
    """`/?q=%00member-handle%00` used to be stored with the handle placeholder and answer 500 after."""
    url_query = "q=%00member-handle%00"
    first = Client(raise_request_exception=False).get("/", QUERY_STRING=url_query)
    later = Client(raise_request_exception=False).get("/", QUERY_STRING=url_query)

    assert (first.status_code, later.status_code) == (200, 200)
    assert b'value="\x00member-handle\x00"' in later.content
    assert len(_stored()) == 1


def test_a_page_holding_a_placeholder_anonymous_visitors_cannot_fill_is_not_stored(settings):
    """Whatever put it there, a page with the member's handle placeholder is never kept for anonymous visitors."""
    request = RequestFactory().get("/some/page/")
    request._csp_nonce = "Xk2Pq9ZrT4vB7wLm1NcY8a"
    middleware = AnonymousPageCacheMiddleware(lambda r: HttpResponse(b"<p>" + HANDLE_PLACEHOLDER + b"</p>"))

    response = middleware(request)

    assert response.status_code == 200
    assert _stored() == []


@pytest.mark.django_db
def test_a_stored_page_that_cannot_be_filled_in_is_rendered_afresh_and_replaced():
    """A page stored with a placeholder nobody fills (e.g. from before SECRET_KEY changed) is not a 500."""
    client = Client(raise_request_exception=False)
    assert client.get("/").status_code == 200
    [key] = _stored()
    entry = cache.get(key)
    entry["parts"] = [entry["parts"][0], b"\x00member-handle\x00", b"</html>"]
    cache.set(key, entry)
    recent_pages.clear()

    response = client.get("/")

    assert response.status_code == 200
    assert response.content.rstrip().endswith(b"</html>") and b"\x00" not in response.content
    assert b"\x00member-handle\x00" not in b"".join(cache.get(key)["parts"])


@pytest.mark.django_db
def test_a_shared_page_that_cannot_be_filled_in_is_rendered_for_the_member(client_as, patient):
    client = client_as(patient)
    client.raise_request_exception = False
    assert client.get("/").status_code == 200
    [key] = _stored(MEMBERS_PREFIX)
    entry = cache.get(key)
    entry["parts"] = [entry["parts"][0], b"\x00no-such-placeholder\x00", b"</html>"]
    cache.set(key, entry)
    recent_pages.clear()

    response = client.get("/")

    assert response.status_code == 200
    assert patient.handle.encode() in response.content and b"\x00" not in response.content


@pytest.mark.django_db
def test_a_member_sees_their_own_handle_and_the_search_box_shows_what_was_typed(
    client_as, patient, without_input_check
):
    client = client_as(patient)
    client.raise_request_exception = False

    response = client.get("/", QUERY_STRING="q=%00member-handle%00")

    assert response.status_code == 200
    assert b'value="\x00member-handle\x00"' in response.content
    assert f'">{patient.handle}</span></a>'.encode() in response.content  # the account menu in the navigation
