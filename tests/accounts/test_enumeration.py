"""Membership is private: sign-up and password reset answer the same whether or not an address has an
account, and the owner of a taken address hears about the attempt by e-mail."""

import re

import pytest
from django.conf import settings
from django.test import Client

from accounts.models import User

pytestmark = pytest.mark.django_db

PASSWORD = "a-Strong-passw0rd!"


def _sign_up(handle: str, email: str, *, ip: str):
    data = {"username": handle, "handle": handle, "email": email, "password1": PASSWORD, "password2": PASSWORD}
    data["accept_policies"] = "on"
    client = Client(REMOTE_ADDR=ip)
    response = client.post("/accounts/signup/", data)
    followed = client.get(response["Location"]) if response.status_code == 302 else response
    return response, followed


def _visible_text(html: str) -> str:
    html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", html)
    html = re.sub(r'<meta name="csrf-token"[^>]*>', "", html)
    html = re.sub(r'nonce="[^"]*"', "", html)  # the CSP nonce: new on every response
    return html


def test_signing_up_with_a_taken_address_looks_exactly_like_a_new_one(patient, mailoutbox):
    taken, taken_page = _sign_up("new-fox", patient.email.upper(), ip="198.51.100.1")
    fresh, fresh_page = _sign_up("other-fox", "Fresh@Example.com", ip="198.51.100.2")
    assert taken.status_code == fresh.status_code == 302
    assert taken["Location"] == fresh["Location"]
    assert taken_page.status_code == fresh_page.status_code == 200
    # The page repeats the address typed (lower-cased either way); apart from that, not one byte differs.
    assert _visible_text(taken_page.text.replace(patient.email, "ADDRESS")) == _visible_text(
        fresh_page.text.replace("fresh@example.com", "ADDRESS")
    )
    # No second account for the taken address.
    assert not User.objects.filter(handle="new-fox").exists()
    assert User.objects.filter(email__iexact=patient.email).count() == 1
    # Its owner is told someone tried; the new address gets its confirmation.
    to_owner = [m for m in mailoutbox if m.to == [patient.email]]
    assert len(to_owner) == 1
    assert settings.SITE_NAME in to_owner[0].subject
    assert "/accounts/password/reset/" in to_owner[0].body
    assert "new-fox" not in to_owner[0].body
    assert [m.to for m in mailoutbox if m.to != [patient.email]] == [["fresh@example.com"]]


def test_password_reset_answers_the_same_for_known_and_unknown_addresses(patient, mailoutbox):
    known = Client(REMOTE_ADDR="198.51.100.1").post("/accounts/password/reset/", {"email": patient.email})
    unknown = Client(REMOTE_ADDR="198.51.100.2").post("/accounts/password/reset/", {"email": "nobody@example.com"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    known_page = Client().get(known["Location"])
    unknown_page = Client().get(unknown["Location"])
    assert _visible_text(known_page.text) == _visible_text(unknown_page.text)
    (reset,) = [m for m in mailoutbox if m.to == [patient.email]]
    assert settings.SITE_NAME in reset.subject and settings.SITE_NAME in reset.body
    assert re.search(r"/accounts/password/reset/key/\S+", reset.body)


def test_the_reset_mail_to_an_unknown_address_names_no_member(patient, mailoutbox):
    Client().post("/accounts/password/reset/", {"email": "nobody@example.com"})
    for message in mailoutbox:
        assert patient.email not in message.body
        assert patient.handle not in message.body
