"""Pages pass the Mozilla Observatory A+ criteria (tests/production/observatory.py) with the
production security settings: HTTPS behind the proxy, secure cookies."""

import re

import pytest
from django.urls import reverse

from tests.production.observatory import observatory_failures, parse_csp

pytestmark = pytest.mark.django_db


@pytest.fixture
def production_cookies(settings):
    # pytest.ini relaxes these for the plain-HTTP test client; production has them on.
    settings.SESSION_COOKIE_SECURE = True
    settings.CSRF_COOKIE_SECURE = True


def _set_cookies(response) -> list[str]:
    return [morsel.OutputString() for morsel in response.cookies.values()]


def test_public_page_passes_observatory_a_plus(client, production_cookies, treatment):
    response = client.get("/", secure=True)
    assert response.status_code == 200
    assert observatory_failures(response.headers, _set_cookies(response)) == []


def test_form_page_and_its_cookies_pass_observatory_a_plus(client, production_cookies):
    response = client.get(reverse("account_login"), secure=True)
    assert "csrftoken" in response.cookies
    assert observatory_failures(response.headers, _set_cookies(response)) == []


def test_logging_in_sets_a_session_cookie_that_passes(client, production_cookies, patient, password):
    response = client.post(reverse("account_login"), {"login": patient.handle, "password": password}, secure=True)
    assert response.status_code == 302
    assert "sessionid" in response.cookies
    assert observatory_failures(response.headers, _set_cookies(response)) == []


def test_pages_need_no_inline_script_or_style(client, treatment):
    # What the policy forbids, the page does not do: every script is a file or carries the nonce.
    for url in ("/", reverse("account_login"), treatment.get_absolute_url()):
        response = client.get(url, secure=True)
        policy = parse_csp(response.headers["Content-Security-Policy"])
        nonces = {source[len("'nonce-") : -1] for source in policy["script-src"] if source.startswith("'nonce-")}
        for tag in re.findall(r"<script\b[^>]*>", response.text):
            assert "src=" in tag or any(f'nonce="{nonce}"' in tag for nonce in nonces), (url, tag)
        assert not re.search(r"<[a-z][^>]*\sstyle=", response.text), url


def test_plain_http_is_redirected_to_https(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    response = client.get("/treatments/")
    assert response.status_code == 301
    assert response["Location"] == "https://testserver/treatments/"


def test_health_probes_are_not_redirected(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    assert client.get("/healthz").status_code == 200
    assert client.get("/readyz").status_code == 200


def test_checker_catches_what_an_a_plus_forbids():
    weak = {
        "Content-Security-Policy": "default-src *; script-src 'self' 'unsafe-inline'",
        "Strict-Transport-Security": "max-age=3600",
        "Server": "gunicorn/27.0.1",
    }
    failures = observatory_failures(weak, ["sessionid=abc; Path=/"])
    for expected in (
        "script-src allows",
        "object-src",
        "frame-ancestors",
        "HSTS max-age",
        "without Secure",
        "without HttpOnly",
        "nosniff",
        "Referrer-Policy",
        "X-Frame-Options",
        "version disclosed",
    ):
        assert any(expected in failure for failure in failures), expected
