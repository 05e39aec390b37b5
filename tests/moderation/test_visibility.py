"""Hide, never destroy: hidden content leaves public lists, pages, search and counts, and comes back."""

import pytest

from moderation.services import content_hide, content_restore
from questions.models import Answer, Question
from questions.services import answer_create
from tests.factories import QuestionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def question(patient):
    return QuestionFactory(author=patient, title="Bruising after lip filler lasting two weeks, normal?")


def test_a_hidden_question_leaves_the_list_search_and_its_page_then_comes_back(
    client, client_as, question, moderator, other_patient
):
    url = question.get_absolute_url()
    link = f'href="{url}"'
    assert link in client.get("/questions/").text
    assert link in client.get("/search/?q=bruising").text

    content_hide(actor=moderator, target=question, reason="Spam")
    assert link not in client.get("/questions/").text
    assert link not in client.get("/search/?q=bruising").text
    assert client.get(url).status_code == 404
    assert client_as(other_patient).get(url).status_code == 404
    # Moderators still open it (with a banner) and in the admin; nothing was deleted.
    assert client_as(moderator).get(url).status_code == 200
    assert client_as(moderator).get(f"/admin/questions/question/{question.pk}/change/").status_code == 200
    assert Question.objects.filter(pk=question.pk).exists()

    content_restore(actor=moderator, target=question, reason="Appeal accepted")
    assert link in client.get("/questions/").text
    assert link in client.get("/search/?q=bruising").text
    assert client.get(url).status_code == 200


def test_a_hidden_answer_leaves_the_page_and_the_counts_then_comes_back(client, question, doctor, moderator):
    body = "Bruising after filler usually fades within two weeks; arnica and cold packs may help a little."
    answer = answer_create(doctor=doctor, question=question, body=body)
    question.refresh_from_db()
    doctor.refresh_from_db()
    assert (question.answer_count, doctor.answer_count) == (1, 1)
    assert "arnica and cold packs" in client.get(question.get_absolute_url()).text

    content_hide(actor=moderator, target=answer, reason="Misinformation")
    question.refresh_from_db()
    doctor.refresh_from_db()
    assert (question.answer_count, doctor.answer_count) == (0, 0)
    assert "arnica and cold packs" not in client.get(question.get_absolute_url()).text
    assert not Answer.objects.public().filter(pk=answer.pk).exists()
    assert Answer.objects.filter(pk=answer.pk).exists()

    content_restore(actor=moderator, target=answer, reason="Checked with a second doctor")
    question.refresh_from_db()
    doctor.refresh_from_db()
    assert (question.answer_count, doctor.answer_count) == (1, 1)
    assert "arnica and cold packs" in client.get(question.get_absolute_url()).text


def test_hiding_and_restoring_announce_the_change_once_each(question, moderator):
    from moderation.signals import visibility_changed

    heard = []

    def listener(sender, instance, hidden, **kwargs):
        heard.append((sender, instance.pk, hidden, Question.objects.get(pk=instance.pk).is_hidden))

    visibility_changed.connect(listener)
    try:
        content_hide(actor=moderator, target=question, reason="Spam")
        content_hide(actor=moderator, target=question, reason="Spam again")  # already hidden: nothing to say
        content_restore(actor=moderator, target=question, reason="Appeal accepted")
    finally:
        visibility_changed.disconnect(listener)
    # Sent after the row is saved, so receivers read what the public now sees.
    assert heard == [(Question, question.pk, True, True), (Question, question.pk, False, False)]
