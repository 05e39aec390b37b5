"""Throttles on log-in, sign-up and password reset (settings.ACCOUNT_RATE_LIMITS), per account and per
client address, counted in the shared cache; a throttled visitor gets the site's 429 page."""

import secrets

import pytest
from django.test import Client

from accounts.models import User
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

LOGIN = "/accounts/login/"
SIGNUP = "/accounts/signup/"
RESET = "/accounts/password/reset/"
WRONG = "not-the-password"


def _log_in(client: Client, login: str, password: str, *, ip: str = "203.0.113.5", **headers):
    # "username" too: the hand-written log-in these tests guard against read that field.
    data = {"login": login, "username": login, "password": password}
    return client.post(LOGIN, data, REMOTE_ADDR=ip, **headers)


def _logged_in(client: Client) -> bool:
    return "_auth_user_id" in client.session


@pytest.fixture
def proxy(settings):
    """The site behind one reverse proxy at 10.0.0.2, as in production."""
    settings.TRUSTED_PROXIES = ["10.0.0.2"]
    return "10.0.0.2"


def test_failed_log_ins_for_one_account_lock_it_even_against_the_right_password(client, patient, password):
    # Five wrong guesses, each from a different address: the account's own allowance runs out.
    for n in range(5):
        assert _log_in(Client(), "patient1", WRONG, ip=f"198.51.100.{n + 1}").status_code == 200
    locked = _log_in(client, "patient1", password, ip="198.51.100.77")
    assert not _logged_in(client)
    assert "Too many failed log-ins" in locked.text
    # Another account is not affected.
    other = UserFactory(handle="someone-else")
    assert _log_in(client, other.handle, password, ip="198.51.100.77").status_code == 302


def test_the_handle_and_the_email_address_share_one_allowance(client, patient, password):
    for login in ["patient1", "PATIENT1", "patient1@example.com", "Patient1@Example.com", " patient1 "]:
        _log_in(Client(), login, WRONG, ip=f"198.51.100.{secrets.randbelow(200) + 1}")
    _log_in(client, "patient1@example.com", password, ip="198.51.100.250")
    assert not _logged_in(client)


def test_a_successful_log_in_does_not_reset_the_count_of_failures(client, patient, password):
    for _ in range(4):
        _log_in(Client(), "patient1", WRONG, ip="198.51.100.1")
    assert _log_in(Client(), "patient1", password, ip="198.51.100.1").status_code == 302
    _log_in(Client(), "patient1", WRONG, ip="198.51.100.1")
    _log_in(client, "patient1", password, ip="198.51.100.1")
    assert not _logged_in(client)


def test_failed_log_ins_from_one_address_are_throttled_whichever_accounts_they_try(client, password):
    for n in range(10):
        _log_in(Client(), f"guess{n}", WRONG, ip="203.0.113.9")
    member = UserFactory(handle="innocent")
    _log_in(client, member.handle, password, ip="203.0.113.9")
    assert not _logged_in(client)
    # The same member from their own address is fine.
    assert _log_in(Client(), member.handle, password, ip="203.0.113.10").status_code == 302


def test_hammering_the_log_in_form_gets_the_sites_429_page_not_a_500(client):
    responses = [_log_in(client, f"guess{n}", WRONG, ip="203.0.113.9") for n in range(31)]
    assert {response.status_code for response in responses[:30]} == {200}
    page = responses[30]
    assert page.status_code == 429
    assert "You&#x27;re going a little fast" in page.text or "You're going a little fast" in page.text
    assert 'id="main"' in page.text and "navbar" in page.text  # base.html, not allauth's bare fallback


def test_the_429_page_renders_for_an_anonymous_visitor_without_errors(client, settings):
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "signup": "1/h/ip"}
    data = {"username": "one-fox", "handle": "one-fox", "email": "one@example.com", "password1": "a-Strong-passw0rd!"}
    data["accept_policies"] = "on"
    client.post(SIGNUP, {**data, "password2": data["password1"]})
    second = client.post(SIGNUP, {**data, "username": "two-fox", "handle": "two-fox", "email": "two@example.com"})
    assert second.status_code == 429
    assert "Slow down a little" in second.text
    # The sign-up form just sent was not saved: the page must not say that nothing is lost.
    assert "nothing is lost" not in second.text
    assert "Nothing you had already posted is lost" in second.text
    assert "wasn't saved" in second.text and "try again in a few minutes" in second.text


# Through the proxy: X-Forwarded-For names the client, but only when the proxy sent the request.


def test_behind_the_proxy_each_client_has_its_own_allowance(proxy, password):
    for n in range(10):
        _log_in(Client(), f"guess{n}", WRONG, ip=proxy, HTTP_X_FORWARDED_FOR="198.51.100.66")
    blocked, other_client = Client(), Client()
    member = UserFactory(handle="member")
    _log_in(blocked, member.handle, password, ip=proxy, HTTP_X_FORWARDED_FOR="198.51.100.66")
    assert not _logged_in(blocked)
    # Someone else behind the same proxy is not counted with the attacker.
    assert (
        _log_in(other_client, member.handle, password, ip=proxy, HTTP_X_FORWARDED_FOR="198.51.100.67").status_code
        == 302
    )


def test_a_forged_forwarded_for_from_an_untrusted_peer_does_not_dodge_the_limit(proxy, password):
    for n in range(10):
        forged = f"192.0.2.{n + 1}"
        _log_in(Client(), f"guess{n}", WRONG, ip="203.0.113.50", HTTP_X_FORWARDED_FOR=forged)
    client = Client()
    member = UserFactory(handle="member")
    _log_in(client, member.handle, password, ip="203.0.113.50", HTTP_X_FORWARDED_FOR="192.0.2.200")
    assert not _logged_in(client)


def test_a_client_cannot_prepend_addresses_through_the_proxy(proxy, password):
    # The proxy appends the real client (198.51.100.66) to whatever the client sent.
    for n in range(10):
        spoofed = f"192.0.2.{n + 1}, 198.51.100.66"
        _log_in(Client(), f"guess{n}", WRONG, ip=proxy, HTTP_X_FORWARDED_FOR=spoofed)
    client = Client()
    member = UserFactory(handle="member")
    _log_in(client, member.handle, password, ip=proxy, HTTP_X_FORWARDED_FOR="192.0.2.99, 198.51.100.66")
    assert not _logged_in(client)


# Sign-up and password reset.


def _sign_up(client: Client, n: int, *, ip: str, **headers):
    password = "a-Strong-passw0rd!"
    data = {
        "username": f"fox-{n}",
        "handle": f"fox-{n}",
        "email": f"fox{n}@example.com",
        "password1": password,
        "password2": password,
        "accept_policies": "on",
    }
    return client.post(SIGNUP, data, REMOTE_ADDR=ip, **headers)


def test_sign_ups_are_throttled_per_client_address():
    for n in range(5):
        assert _sign_up(Client(), n, ip="203.0.113.20").status_code == 302
    sixth = _sign_up(Client(), 5, ip="203.0.113.20")
    assert sixth.status_code == 429
    assert not User.objects.filter(handle="fox-5").exists()
    assert _sign_up(Client(), 6, ip="203.0.113.21").status_code == 302


def test_sign_ups_behind_the_proxy_are_counted_per_client(proxy):
    for n in range(5):
        _sign_up(Client(), n, ip=proxy, HTTP_X_FORWARDED_FOR="198.51.100.1")
    assert _sign_up(Client(), 5, ip=proxy, HTTP_X_FORWARDED_FOR="198.51.100.1").status_code == 429
    assert _sign_up(Client(), 6, ip=proxy, HTTP_X_FORWARDED_FOR="198.51.100.2").status_code == 302


def test_password_reset_mails_are_throttled_per_address(patient, mailoutbox):
    for n in range(3):
        assert Client().post(RESET, {"email": patient.email}, REMOTE_ADDR=f"198.51.100.{n + 1}").status_code == 302
    fourth = Client().post(RESET, {"email": patient.email}, REMOTE_ADDR="198.51.100.9")
    assert fourth.status_code == 429
    assert len(mailoutbox) == 3


def test_password_reset_mails_are_throttled_per_client(mailoutbox):
    for n in range(5):
        Client().post(RESET, {"email": f"someone{n}@example.com"}, REMOTE_ADDR="203.0.113.30")
    sixth = Client().post(RESET, {"email": "someone9@example.com"}, REMOTE_ADDR="203.0.113.30")
    assert sixth.status_code == 429
    assert len(mailoutbox) == 5


# Shared across processes: the counts live in the default cache, which is Redis in production.


def test_failed_log_ins_are_counted_in_redis_where_every_worker_sees_them(redis_cache, patient, password):
    server, prefix = redis_cache
    for n in range(5):
        _log_in(Client(), "patient1", WRONG, ip=f"198.51.100.{n + 1}")
    keys = [key.decode() for key in server.scan_iter(match=f"{prefix}:*login_failed*")]
    assert keys, "the failed log-ins were not counted in Redis"
    # Another worker sees only Redis: a fresh connection to it is refused the right password too.
    from django.core.cache import caches

    caches["default"].close()
    client = Client()
    _log_in(client, "patient1", password, ip="198.51.100.99")
    assert not _logged_in(client)
    # And forgetting what Redis holds (a different cache) lets the account in again: the count lived there.
    for key in keys:
        server.delete(key)
    _log_in(client, "patient1", password, ip="198.51.100.99")
    assert _logged_in(client)
