"""Sign-up, log-in and log-out through allauth's views, with Candid's handle and private e-mail.

URLs are written out (not reversed) so that each test also runs against the hand-written views these
replaced: same addresses, allauth's field names (`login`, `username`).
"""

import re

import pytest

from accounts.models import User

pytestmark = pytest.mark.django_db

SIGNUP = "/accounts/signup/"
LOGIN = "/accounts/login/"
LOGOUT = "/accounts/logout/"

# "handle" too: the hand-written sign-up these tests replaced read that field.
VALID = {
    "username": "quiet-fox",
    "handle": "quiet-fox",
    "email": "fox@example.com",
    "password1": "a-Strong-passw0rd!",
    "password2": "a-Strong-passw0rd!",
    "accept_policies": "on",
}


def test_sign_up_creates_an_unconfirmed_account_and_asks_to_confirm_the_address(client, mailoutbox):
    from allauth.account.models import EmailAddress

    response = client.post(SIGNUP, VALID)
    assert response.status_code == 302
    assert response["Location"] == "/accounts/confirm-email/"
    user = User.objects.get(handle="quiet-fox")
    assert user.email == "fox@example.com"
    assert EmailAddress.objects.filter(user=user, email="fox@example.com", verified=False, primary=True).exists()
    assert not user.has_confirmed_email
    # Not logged in until the address is confirmed.
    assert "_auth_user_id" not in client.session
    assert [message.to for message in mailoutbox] == [["fox@example.com"]]


def test_sign_up_with_a_taken_handle_says_so_and_keeps_what_was_typed(client, patient):
    response = client.post(SIGNUP, {**VALID, "username": patient.handle.upper(), "handle": patient.handle.upper()})
    assert response.status_code == 200
    assert "That handle is taken" in response.text
    assert 'value="fox@example.com"' in response.text
    assert not User.objects.filter(email="fox@example.com").exists()


def test_sign_up_with_a_weak_password_and_a_bad_address_shows_field_errors(client):
    response = client.post(SIGNUP, {**VALID, "email": "not-an-email", "password1": "123", "password2": "123"})
    assert response.status_code == 200
    assert "Enter a valid email address" in response.text
    assert "too short" in response.text
    assert 'value="quiet-fox"' in response.text
    assert not User.objects.filter(handle="quiet-fox").exists()


@pytest.mark.parametrize("handle", ["fox@example.com", "a b", "x", "<script>"])
def test_a_handle_follows_the_models_rule(client, handle):
    response = client.post(SIGNUP, {**VALID, "username": handle, "handle": handle})
    assert response.status_code == 200
    assert not User.objects.filter(email="fox@example.com").exists()


@pytest.mark.parametrize("identifier", ["patient1", "PATIENT1", "patient1@example.com", "Patient1@Example.com"])
def test_log_in_by_handle_or_email(client, patient, password, identifier):
    response = client.post(LOGIN, {"login": identifier, "username": identifier, "password": password})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(patient.pk)


def test_an_account_with_an_unconfirmed_address_is_sent_to_confirm_it_not_logged_in(client, password, mailoutbox):
    from allauth.account.models import EmailAddress

    from tests.factories import UserFactory

    UserFactory(handle="newcomer", email_confirmed=False)
    EmailAddress.objects.create(user=User.objects.get(handle="newcomer"), email="newcomer@example.com")
    response = client.post(LOGIN, {"login": "newcomer", "username": "newcomer", "password": password})
    assert response.status_code == 302
    assert response["Location"] == "/accounts/confirm-email/"
    assert "_auth_user_id" not in client.session
    assert mailoutbox and mailoutbox[-1].to == ["newcomer@example.com"]


def _form_errors(html: str) -> str:
    return " ".join(re.findall(r'class="(?:alert[^"]*|invalid-feedback[^"]*)"[^>]*>(.*?)</div>', html, re.S))


def test_a_wrong_password_and_an_unknown_handle_get_the_same_message(client, patient):
    def attempt(login):
        return client.post(LOGIN, {"login": login, "username": login, "password": "nope-nope-nope"})

    wrong_password, unknown_handle, unknown_email = map(attempt, ["patient1", "nobody-here", "nobody@example.com"])
    assert wrong_password.status_code == unknown_handle.status_code == unknown_email.status_code == 200
    message = _form_errors(wrong_password.text)
    assert "don&#x27;t match" in message
    # The same words whichever was wrong: nothing tells a visitor that "patient1" exists.
    assert _form_errors(unknown_handle.text) == message
    assert _form_errors(unknown_email.text) == message
    assert "password" in message.lower()
    assert "_auth_user_id" not in client.session


def test_the_log_in_field_takes_a_254_character_address(client, password):
    from tests.factories import UserFactory

    long_address = "p" * 64 + "@" + ".".join(["d" * 60] * 3) + ".example"
    long_address = long_address[: 254 - len(".com")] + ".com"
    assert len(long_address) == 254
    user = UserFactory(handle="longmail", email=long_address)
    page = client.get(LOGIN).text
    field = re.search(r"<input[^>]*name=\"login\"[^>]*>", page).group(0)
    assert "autofocus" in field  # keyboard users start typing at once
    maxlength = re.search(r'maxlength="(\d+)"', field)
    assert maxlength is None or int(maxlength.group(1)) >= 254
    response = client.post(LOGIN, {"login": long_address, "username": long_address, "password": password})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


def test_log_out_needs_a_post_and_logs_out(client_as, patient):
    client = client_as(patient)
    assert client.get(LOGOUT).status_code == 200  # a page asking to confirm, not a log-out
    assert "_auth_user_id" in client.session
    response = client.post(LOGOUT)
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_the_private_details_page_no_longer_changes_the_email_address(client_as, patient, other_patient):
    client = client_as(patient)
    response = client.post("/accounts/settings/", {"email": other_patient.email, "full_name": "Jo Real"})
    assert response.status_code == 302
    patient.refresh_from_db()
    assert patient.full_name == "Jo Real"
    assert patient.email == "patient1@example.com"


def test_the_account_page_shows_the_handle_but_public_pages_never_show_the_email(client_as, client, patient):
    from tests.factories import QuestionFactory

    question = QuestionFactory(author=patient)
    patient.full_name = "Jo Realname"
    patient.save()
    assert patient.handle in client_as(patient).get("/accounts/").text
    page = client.get(question.get_absolute_url()).text
    assert patient.handle in page
    assert patient.email not in page
    assert "Realname" not in page


@pytest.mark.parametrize("url", [LOGIN, SIGNUP, "/accounts/password/reset/"])
def test_account_pages_use_the_sites_layout(client, url):
    page = client.get(url).text
    assert 'id="main"' in page and "navbar" in page  # base.html
    assert "btn-brand" in page
    assert 'name="robots" content="noindex"' in page
