"""No open redirects: every view that takes a `next` sends the visitor only to this site
(core.redirects, used by allauth's adapter, flagging and the photo views)."""

import re
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.test import Client, RequestFactory

from core.redirects import is_safe_redirect, safe_next_url
from tests.factories import QuestionFactory

pytestmark = pytest.mark.django_db

FOREIGN = [
    "https://evil.example/",
    "http://evil.example",
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "https:evil.example",
    "https:/evil.example",
    "javascript:alert(document.domain)",
    "JavaScript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "http://testserver@evil.example/",
    " //evil.example",
    "\t//evil.example",
    "//evil.example/%2F..",
    "ftp://testserver/",
]
OWN = ["/questions/", "/questions/?q=botox#answer-3", "http://testserver/questions/"]


def lands_on_site(location: str) -> bool:
    parts = urlsplit(location)
    return (
        parts.scheme in ("", "http", "https")
        and parts.netloc in ("", "testserver")
        and not location.lstrip().startswith(("//", "/\\", "\\"))
        and "evil" not in location
        and "javascript" not in location.lower()
    )


@pytest.mark.parametrize("target", FOREIGN)
def test_the_helper_refuses_foreign_targets(target):
    request = RequestFactory().get("/", {"next": target})
    assert not is_safe_redirect(request, target)
    assert safe_next_url(request, "/fallback/") == "/fallback/"


@pytest.mark.parametrize("target", OWN)
def test_the_helper_keeps_targets_on_the_site(target):
    request = RequestFactory().post("/", {"next": target})
    assert safe_next_url(request, "/fallback/") == target


def test_on_https_a_plain_http_target_is_refused():
    request = RequestFactory().get("/", secure=True)
    assert not is_safe_redirect(request, "http://testserver/questions/")
    assert is_safe_redirect(request, "https://testserver/questions/")


@pytest.mark.parametrize("target", FOREIGN)
def test_log_in_never_leaves_the_site(client, patient, password, target):
    data = {"login": "patient1", "username": "patient1", "password": password, "next": target}
    response = client.post("/accounts/login/?" + _query(target), data)
    assert response.status_code == 302
    assert lands_on_site(response["Location"]), response["Location"]


def test_log_in_keeps_a_next_on_the_site(client, patient, password):
    response = client.post("/accounts/login/?next=/questions/", {"login": "patient1", "password": password})
    assert response["Location"] == "/questions/"


@pytest.mark.parametrize("target", FOREIGN)
def test_the_log_in_page_does_not_carry_a_foreign_next_in_its_links(client, target):
    page = client.get("/accounts/login/?" + _query(target)).text
    assert 'href="https://evil' not in page and 'href="//evil' not in page


@pytest.mark.parametrize(
    "target", ["https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)"]
)
def test_sign_up_then_confirming_never_leaves_the_site(client, target, mailoutbox):
    password = "a-Strong-passw0rd!"
    data = {"username": "new-fox", "handle": "new-fox", "email": "fox@example.com", "password1": password}
    response = client.post(
        "/accounts/signup/?" + _query(target), {**data, "password2": password, "accept_policies": "on", "next": target}
    )
    assert response.status_code == 302
    assert lands_on_site(response["Location"]), response["Location"]
    # The e-mail link and its confirmation: where the visitor lands after signing up.
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", mail.outbox[-1].body).group(0)
    confirmed = client.post(urlsplit(link).path)
    assert confirmed.status_code == 302
    assert lands_on_site(confirmed["Location"]), confirmed["Location"]


@pytest.mark.parametrize("target", FOREIGN)
def test_log_out_never_leaves_the_site(client_as, patient, target):
    response = client_as(patient).post("/accounts/logout/?" + _query(target), {"next": target})
    assert response.status_code == 302
    assert lands_on_site(response["Location"]), response["Location"]


@pytest.mark.parametrize("target", FOREIGN)
def test_flagging_never_leaves_the_site(client_as, patient, other_patient, target):
    question = QuestionFactory(author=other_patient)
    url = f"/moderation/flag/questions.question/{question.pk}/"
    client = client_as(patient)
    form = client.get(url + "?" + _query(target))
    assert form.status_code == 200
    assert "evil" not in form.text and "javascript:alert" not in form.text.lower()
    response = client.post(url + "?" + _query(target), {"reason": "spam", "next": target})
    assert response.status_code == 302
    assert lands_on_site(response["Location"]), response["Location"]


@pytest.mark.parametrize("target", FOREIGN)
def test_the_photo_preferences_never_leave_the_site(target):
    response = Client().post("/photos/graphic/?" + _query(target), {"show": "1", "next": target})
    assert response.status_code == 302
    assert lands_on_site(response["Location"]), response["Location"]


def test_every_module_reading_a_next_checks_it():
    """A new view that redirects to a `next` without checking it would be an open redirect waiting to happen."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    reads_next = re.compile(r"""(GET|POST|REQUEST)\.get\(\s*(["']next["']|REDIRECT_FIELD_NAME)""")
    unchecked = [
        str(path.relative_to(root))
        for path in root.glob("*/*.py")
        if path.parts[-2] not in {".venv", "tests"}
        and reads_next.search(text := path.read_text())
        and "core.redirects" not in text
        and "url_has_allowed_host_and_scheme" not in text
    ]
    assert unchecked == []


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example", "/\\evil.example"])
def test_the_admin_log_in_never_leaves_the_site(client, target):
    response = client.get("/admin/login/?" + _query(target))
    if response.status_code == 302:
        assert lands_on_site(response["Location"]), response["Location"]
    else:
        assert 'href="https://evil' not in response.text and 'value="https://evil' not in response.text


def _query(target: str) -> str:
    from urllib.parse import urlencode

    return urlencode({"next": target})
