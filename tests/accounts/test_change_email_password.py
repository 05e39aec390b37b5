"""Changing the e-mail address or the password needs the current password and tells the old address;
a new address replaces the old one only once it is confirmed."""

import re
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.test import Client

from accounts.models import User

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "another-Strong-passw0rd!"


@pytest.fixture
def member(patient) -> Client:
    """A member whose session is older than the reauthentication window (logged in without a password)."""
    client = Client()
    client.force_login(patient)
    return client


def _reauthenticate(client: Client, password: str):
    return client.post("/accounts/reauthenticate/", {"password": password})


def test_changing_the_password_needs_the_current_one(member, patient, mailoutbox):
    wrong = member.post(
        "/accounts/password/change/",
        {"oldpassword": "not-my-password", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )
    assert wrong.status_code in (200, 302)
    patient.refresh_from_db()
    assert not patient.check_password(NEW_PASSWORD)
    assert mailoutbox == []


def test_a_password_change_tells_the_address_and_keeps_the_member_logged_in(member, patient, password, mailoutbox):
    response = member.post(
        "/accounts/password/change/", {"oldpassword": password, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD}
    )
    assert response.status_code == 302
    patient.refresh_from_db()
    assert patient.check_password(NEW_PASSWORD)
    (notice,) = mailoutbox
    assert notice.to == [patient.email]
    assert settings.SITE_NAME in notice.subject and "password" in notice.subject.lower()
    assert settings.SITE_NAME in notice.body
    assert member.get("/accounts/").status_code == 200


def test_adding_an_address_asks_for_the_password_first(member, patient, mailoutbox):
    response = member.post("/accounts/email/", {"email": "new@example.com", "action_add": ""})
    assert response.status_code == 302
    assert urlsplit(response["Location"]).path == "/accounts/reauthenticate/"
    assert not patient.emailaddress_set.filter(email="new@example.com").exists()
    assert mailoutbox == []

    assert _reauthenticate(member, "not-my-password").status_code == 200
    assert not patient.emailaddress_set.filter(email="new@example.com").exists()


def test_a_new_address_replaces_the_old_one_only_once_confirmed_and_the_old_one_is_told(
    member, patient, password, mailoutbox
):
    assert _reauthenticate(member, password).status_code == 302
    response = member.post("/accounts/email/", {"email": "new@example.com", "action_add": ""})
    assert response.status_code == 302

    # Until confirmed, the old address stays the account's address and the new one can't log in.
    patient.refresh_from_db()
    assert patient.email == "patient1@example.com"
    assert patient.has_confirmed_email
    new_row = patient.emailaddress_set.get(email="new@example.com")
    assert not new_row.verified and not new_row.primary
    outsider = Client()
    outsider.post("/accounts/login/", {"login": "new@example.com", "password": password})
    assert "_auth_user_id" not in outsider.session

    (confirmation,) = [m for m in mailoutbox if m.to == ["new@example.com"]]
    assert settings.SITE_NAME in confirmation.subject
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", confirmation.body).group(0)
    assert member.post(urlsplit(link).path).status_code == 302

    patient.refresh_from_db()
    assert patient.email == "new@example.com"
    assert list(patient.emailaddress_set.values_list("email", "verified", "primary")) == [
        ("new@example.com", True, True)
    ]
    (told,) = [m for m in mailoutbox if m.to == ["patient1@example.com"]]
    assert settings.SITE_NAME in told.subject
    assert "new@example.com" in told.body  # the member's own new address, to their own old address
    assert Client().post("/accounts/login/", {"login": "new@example.com", "password": password}).status_code == 302


def test_an_address_another_member_uses_is_not_taken_over(member, patient, password, other_patient, mailoutbox):
    _reauthenticate(member, password)
    member.post("/accounts/email/", {"email": other_patient.email, "action_add": ""})
    patient.refresh_from_db()
    assert patient.email == "patient1@example.com"
    assert not patient.emailaddress_set.filter(email=other_patient.email, verified=True).exists()
    assert User.objects.get(pk=other_patient.pk).email == other_patient.email


def test_the_email_page_shows_only_the_members_own_addresses(member, patient, other_patient):
    page = member.get("/accounts/email/")
    assert page.status_code == 200
    assert patient.email in page.text
    assert other_patient.email not in page.text


def test_the_admins_password_page_is_the_sites_own(client_as, moderator):
    # Django's admin form would change the password without telling the member's address.
    response = client_as(moderator).get("/admin/password_change/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/password/change/"
