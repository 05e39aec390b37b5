"""Flagging needs an account that may take part: an unconfirmed or suspended member is refused with the
reason, and pages show them why instead of a flag link that would answer 403."""

from html import unescape

import pytest
from django.urls import reverse
from django.utils import timezone

from moderation.models import Flag
from tests.factories import AnswerFactory, UserFactory

pytestmark = pytest.mark.django_db

SUSPENSION = "Flagged every answer of one doctor."


@pytest.fixture(params=["unconfirmed", "suspended"])
def barred(request):
    if request.param == "unconfirmed":
        return UserFactory(email_confirmed=False), "Confirm your e-mail address"
    return UserFactory(suspended_at=timezone.now(), suspension_reason=SUSPENSION), SUSPENSION


def test_a_barred_member_cannot_flag(client_as, barred):
    member, words = barred
    answer = AnswerFactory()
    url = reverse("moderation:flag", args=["questions.answer", answer.pk])
    client = client_as(member)
    for response in (client.get(url), client.post(url, {"reason": Flag.Reason.SPAM})):
        assert response.status_code == 403
        assert words in unescape(response.text)
    assert not Flag.objects.exists()


def test_the_question_page_shows_a_barred_member_why_instead_of_flag_links(client_as, barred):
    member, _ = barred
    answer = AnswerFactory()
    page = unescape(client_as(member).get(answer.question.get_absolute_url()).text)
    assert "/moderation/flag/" not in page
    assert "flag-refused" in page
    # Members who may flag get the links, from the page members share.
    shared = client_as(UserFactory()).get(answer.question.get_absolute_url()).text
    assert f"/moderation/flag/questions.answer/{answer.pk}/" in shared


def test_a_barred_member_never_gets_the_page_members_share(client_as, barred, settings):
    """Members who may take part share one rendering with flag links; a barred member rendering first
    must neither store their refusal for others nor be served the shared copy with links."""
    member, _ = barred
    answer = AnswerFactory()
    url = answer.question.get_absolute_url()
    assert "/moderation/flag/" not in client_as(member).get(url).text
    assert "/moderation/flag/" in client_as(UserFactory()).get(url).text
    assert "/moderation/flag/" not in client_as(member).get(url).text
