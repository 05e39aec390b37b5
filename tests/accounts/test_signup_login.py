import pytest
from django.urls import reverse

from accounts.models import User

pytestmark = pytest.mark.django_db

VALID = {
    "handle": "quiet-fox",
    "email": "fox@example.com",
    "password1": "a-Strong-passw0rd!",
    "password2": "a-Strong-passw0rd!",
}


def test_signup_creates_account_and_logs_in(client):
    response = client.post(reverse("accounts:signup"), VALID)
    assert response.status_code == 302
    user = User.objects.get(handle="quiet-fox")
    assert user.email == "fox@example.com"
    assert client.get(reverse("accounts:account")).status_code == 200


def test_signup_with_taken_handle_keeps_what_was_typed(client, patient):
    response = client.post(reverse("accounts:signup"), {**VALID, "handle": patient.handle.upper()})
    assert response.status_code == 200
    assert "That handle is taken" in response.text
    assert 'value="fox@example.com"' in response.text


def test_signup_with_weak_password_and_bad_email_shows_field_errors(client):
    response = client.post(
        reverse("accounts:signup"), {**VALID, "email": "not-an-email", "password1": "123", "password2": "123"}
    )
    assert response.status_code == 200
    assert "Enter a valid email address" in response.text
    assert "too short" in response.text
    assert 'value="quiet-fox"' in response.text
    assert not User.objects.filter(handle="quiet-fox").exists()


def test_handle_may_not_look_like_an_email(client):
    response = client.post(reverse("accounts:signup"), {**VALID, "handle": "fox@example.com"})
    assert "no @" in response.text


@pytest.mark.parametrize("identifier", ["patient1", "PATIENT1", "patient1@example.com"])
def test_login_by_handle_or_email(client, patient, password, identifier):
    response = client.post(reverse("accounts:login"), {"username": identifier, "password": password})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(patient.pk)


def test_wrong_password_is_refused_with_a_message(client, patient):
    response = client.post(reverse("accounts:login"), {"username": "patient1", "password": "nope"})
    assert response.status_code == 200
    assert "Please enter a correct" in response.text


def test_logout_requires_post_and_logs_out(client_as, patient):
    client = client_as(patient)
    response = client.post(reverse("accounts:logout"))
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_settings_change_email_rejects_duplicate(client_as, patient, other_patient):
    client = client_as(patient)
    response = client.post(reverse("accounts:settings"), {"email": other_patient.email, "full_name": "Jo Real"})
    assert "Another account uses this e-mail" in response.text
    assert 'value="Jo Real"' in response.text


def test_password_reset_sends_an_email(client, patient, mailoutbox):
    response = client.post(reverse("accounts:password_reset"), {"email": patient.email})
    assert response.status_code == 302
    assert len(mailoutbox) == 1
    assert "/accounts/password/reset/" in mailoutbox[0].body


def test_account_page_shows_handle_but_public_pages_never_show_email(client_as, client, patient):
    from tests.factories import QuestionFactory

    question = QuestionFactory(author=patient)
    patient.full_name = "Jo Realname"
    patient.save()
    page = client.get(question.get_absolute_url()).text
    assert patient.handle in page
    assert patient.email not in page
    assert "Realname" not in page
