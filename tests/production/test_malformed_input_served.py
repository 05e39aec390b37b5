"""Malformed input against the production shape (gunicorn, DEBUG off, PostgreSQL, Redis, the page cache
on): the probe's NUL-byte URLs answer 400 with the site's page, a spelled placeholder never poisons a
cached page, a broken session cookie is dropped, and nothing in the access log is a 500."""

import time

import pytest

from tests.production.conftest import production_env, unique_name
from tests.production.test_gunicorn_cluster import Server, Visitor, _start, _stop, _wait_until_healthy


@pytest.fixture(scope="module")
def server(production_database, redis_server, tmp_path_factory):
    prefix = unique_name("malformed")
    media = tmp_path_factory.mktemp("malformed-media")
    env = production_env(
        DATABASE_URL=production_database,
        REDIS_URL=redis_server,
        CACHE_KEY_PREFIX=prefix,
        PAGE_CACHE_SECONDS="300",
        MEDIA_ROOT=str(media / "public"),
        PRIVATE_MEDIA_ROOT=str(media / "private"),
    )
    started = _start(env, tmp_path_factory.mktemp("malformed-logs") / "server.log")
    try:
        _wait_until_healthy(started, time.monotonic() + 60)
        yield started
    finally:
        _stop(started)


def _anonymous() -> Visitor:
    return Visitor(keep_cookies=False)


@pytest.mark.parametrize(
    "path",
    [
        "/search/?q=botox%00",
        "/questions/?treatment=%00",
        "/reviews/new/?doctor=%00",
        "/doctors/?q=%00",
        "/search/?q=%ff",
        "/search/?q=%c0%80",
        "/search/?q=%ed%a0%80",
        "/questions/%00/",
    ],
)
def test_malformed_addresses_answer_400_with_the_site_page(server: Server, path: str):
    reply = _anonymous().get(server, path)

    assert reply.status == 400
    assert "We couldn't read that request" in reply.text
    assert reply.headers["Content-Security-Policy"]


def test_a_spelled_placeholder_never_poisons_the_cached_page(server: Server):
    """`/?q=%00member-handle%00` once stored a page that answered 500 to every later visitor."""
    poisoned = "/?q=%00member-handle%00"
    assert [_anonymous().get(server, poisoned).status for _ in range(3)] == [400, 400, 400]

    # The same words without NUL are just a search box's text, cached and served from the cache.
    plain = "/?q=member-handle"
    first, later = _anonymous().get(server, plain), _anonymous().get(server, plain)
    assert (first.status, later.status) == (200, 200)
    assert 'value="member-handle"' in later.text
    assert later.headers["ETag"]  # served from the page cache
    assert _anonymous().get(server, "/").status == 200


def test_a_session_cookie_holding_nul_is_dropped_not_an_error(server: Server):
    visitor = Visitor(cookies={"sessionid": '"\\000abcdefghijklmnop"'}, keep_cookies=False)

    reply = visitor.get(server, "/accounts/")

    assert reply.status == 302


def test_a_form_field_named_with_nul_answers_400(server: Server):
    # A NUL in a value is removed and the form answers (tests/core/test_malformed_input.py); no page of
    # ours names a field with one.
    reply = _anonymous().post(server, "/accounts/login/", {"login\x00": "patient", "password": "x"})

    assert reply.status == 400


def test_a_path_that_is_not_utf8_is_not_found(server: Server):
    # Django percent-encodes such bytes again: no page has that address.
    assert _anonymous().get(server, "/doctors/%ff/").status == 404


def test_overflowing_numbers_in_the_path_are_not_found(server: Server):
    assert _anonymous().get(server, "/questions/99999999999999999999/").status == 404
    assert _anonymous().get(server, "/reviews/99999999999999999999/").status == 404


def test_no_request_above_answered_500(server: Server):
    # Last in the module: the server's access log then holds every request the tests above made.
    statuses = [int(entry.get("status", 0)) for entry in server.access_log()]
    assert statuses and not [status for status in statuses if status >= 500], statuses
