"""A new account reads freely but posts, votes, flags or reviews only after confirming its address
(accounts.permissions.check_can_participate); the journey mail -> link -> confirm -> logged in -> allowed."""

import re
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.test import Client

from accounts.models import User
from questions.models import Question

pytestmark = pytest.mark.django_db

PASSWORD = "a-Strong-passw0rd!"
QUESTION = {
    "title": "How long does swelling last after lip filler?",
    "body": "I had lip filler nine days ago and the upper lip is still uneven and firm. Is that normal?",
    "age_range": "25_34",
    "city": "Austin",
}


def _sign_up(client: Client) -> User:
    data = {"username": "new-fox", "handle": "new-fox", "email": "fox@example.com"}
    response = client.post(
        "/accounts/signup/", {**data, "password1": PASSWORD, "password2": PASSWORD, "accept_policies": "on"}
    )
    assert response.status_code == 302
    return User.objects.get(handle="new-fox")


def _confirmation_link(mailoutbox) -> str:
    (message,) = [m for m in mailoutbox if m.to == ["fox@example.com"]]
    return re.search(r"https?://\S+/accounts/confirm-email/\S+/", message.body).group(0)


def test_a_new_account_cannot_ask_or_review_until_it_confirms(client, mailoutbox, treatment):
    user = _sign_up(client)
    client.force_login(user)  # even logged in (e.g. by an administrator), the address is what counts

    ask = client.get("/questions/ask/")
    assert ask.status_code == 403
    assert "Confirm your e-mail address" in ask.text
    posted = client.post("/questions/ask/", {**QUESTION, "treatments": [treatment.pk]})
    assert posted.status_code == 403
    assert not Question.objects.exists()

    review = client.get("/reviews/new/")
    assert review.status_code == 403
    assert "Confirm your e-mail address" in review.text


def test_the_confirmation_journey_ends_logged_in_and_allowed(client, mailoutbox, treatment):
    user = _sign_up(client)
    assert "_auth_user_id" not in client.session
    link = _confirmation_link(mailoutbox)
    assert urlsplit(link).path.startswith("/accounts/confirm-email/")

    # Opening the link shows a page with a button: mail scanners that follow links confirm nothing.
    page = client.get(urlsplit(link).path)
    assert page.status_code == 200
    assert "fox@example.com" in page.text
    assert not User.objects.get(pk=user.pk).has_confirmed_email

    confirmed = client.post(urlsplit(link).path)
    assert confirmed.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)
    assert User.objects.get(pk=user.pk).has_confirmed_email

    assert client.get("/questions/ask/").status_code == 200
    posted = client.post("/questions/ask/", {**QUESTION, "treatments": [treatment.pk]})
    assert posted.status_code == 302
    assert Question.objects.get().author == user
    assert client.get("/reviews/new/").status_code == 200


def test_the_confirmation_mail_names_the_site_and_only_the_new_members_handle(client, mailoutbox, patient):
    _sign_up(client)
    (message,) = [m for m in mailoutbox if m.to == ["fox@example.com"]]
    assert settings.SITE_NAME in message.subject
    assert settings.SITE_NAME in message.body
    assert "new-fox" in message.body
    assert patient.email not in message.body


def test_a_confirmation_link_cannot_be_guessed(client, mailoutbox):
    user = _sign_up(client)
    response = client.post("/accounts/confirm-email/not-a-real-key/")
    assert response.status_code in (200, 404)
    assert not User.objects.get(pk=user.pk).has_confirmed_email
    assert "_auth_user_id" not in client.session


def test_an_unconfirmed_member_sees_the_reason_on_the_flag_and_vote_checks(client_as):
    from django.core.exceptions import PermissionDenied

    from accounts.permissions import check_can_participate
    from tests.factories import UserFactory

    user = User.objects.get(pk=UserFactory(email_confirmed=False).pk)
    for action in ("flag content", "mark answers as helpful", "write a review", "ask a question"):
        with pytest.raises(PermissionDenied, match="Confirm your e-mail address"):
            check_can_participate(user, action=action)
