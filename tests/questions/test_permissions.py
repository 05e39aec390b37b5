import pytest
from django.urls import reverse

from moderation.services import content_hide
from questions.models import Answer, HelpfulVote, Question

from .conftest import ANSWER, BODY

pytestmark = pytest.mark.django_db


def _answer_url(question: Question) -> str:
    return reverse("questions:answer_new", args=[question.pk, question.slug])


@pytest.mark.parametrize(
    ("who", "reason"),
    [
        ("patient", "Only doctors whose licence our moderators have verified"),
        ("pending_doctor", "waiting for verification"),
        ("suspended_doctor", "is suspended"),
    ],
)
def test_only_verified_doctors_may_answer(request, client_as, question, who, reason):
    role = request.getfixturevalue(who)
    user = getattr(role, "user", role)
    client = client_as(user)
    for response in (client.get(_answer_url(question)), client.post(_answer_url(question), {"body": ANSWER})):
        assert response.status_code == 403
        assert reason in response.text
        assert "<textarea" not in response.text
    assert not Answer.objects.exists()


def test_anonymous_visitors_are_sent_to_log_in(client, question):
    response = client.post(_answer_url(question), {"body": ANSWER})
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_verified_doctor_answers_once_then_is_sent_to_edit(client_as, question, doctor):
    client = client_as(doctor.user)
    assert client.get(_answer_url(question)).status_code == 200
    response = client.post(_answer_url(question), {"body": ANSWER})
    answer = Answer.objects.get()
    assert response["Location"].endswith(f"#answer-{answer.pk}")
    again = client.post(_answer_url(question), {"body": ANSWER + " More."})
    assert again["Location"] == reverse("questions:answer_edit", args=[answer.pk])
    assert Answer.objects.count() == 1


def test_doctors_cannot_answer_hidden_questions(client_as, question, doctor, moderator):
    content_hide(actor=moderator, target=question, reason="Spam")
    assert client_as(doctor.user).post(_answer_url(question), {"body": ANSWER}).status_code == 404


def test_only_the_author_edits_an_answer(client_as, answer, doctor, patient):
    url = reverse("questions:answer_edit", args=[answer.pk])
    other_doctor_response = client_as(patient).post(url, {"body": ANSWER + " Changed."})
    assert other_doctor_response.status_code == 403
    assert "Only the doctor who wrote this answer" in other_doctor_response.text
    response = client_as(doctor.user).post(url, {"body": ANSWER + " Changed."})
    assert response.status_code == 302
    assert Answer.objects.get().body.endswith("Changed.")


def test_a_suspended_doctor_cannot_edit(client_as, answer, doctor):
    doctor.status = doctor.Status.SUSPENDED
    doctor.save()
    response = client_as(doctor.user).post(reverse("questions:answer_edit", args=[answer.pk]), {"body": ANSWER})
    assert response.status_code == 403
    assert "not verified" in response.text


def test_doctors_cannot_vote_for_their_own_answer(client_as, answer, doctor):
    response = client_as(doctor.user).post(reverse("questions:answer_helpful", args=[answer.pk]))
    assert response.status_code == 403
    assert "your own answer" in response.text
    assert not HelpfulVote.objects.exists()


def test_votes_need_a_login_and_a_post(client, client_as, answer, patient):
    url = reverse("questions:answer_helpful", args=[answer.pk])
    assert client.post(url).status_code == 302
    assert client_as(patient).get(url).status_code == 405
    assert not HelpfulVote.objects.exists()


def test_votes_on_hidden_answers_are_refused(client_as, answer, patient, moderator):
    content_hide(actor=moderator, target=answer, reason="Spam")
    response = client_as(patient).post(reverse("questions:answer_helpful", args=[answer.pk]))
    assert response.status_code == 403


def test_only_the_asker_thanks(client_as, answer, other_patient, patient):
    url = reverse("questions:answer_thank", args=[answer.pk])
    response = client_as(other_patient).post(url)
    assert response.status_code == 403
    assert "Only the person who asked" in response.text
    assert client_as(patient).post(url).status_code == 302
    again = client_as(patient).post(url)
    assert again.status_code == 403
    assert "already thanked" in again.text


@pytest.mark.parametrize("who", ["doctor", "pending_doctor", "suspended_doctor"])
def test_doctor_accounts_do_not_ask(request, client_as, treatment, who):
    user = request.getfixturevalue(who).user
    data = {"title": "Is this a question a doctor asks?", "body": BODY, "treatments": [treatment.pk]}
    response = client_as(user).post(reverse("questions:ask"), data)
    assert response.status_code == 403
    assert "Doctor accounts answer questions but can&#x27;t ask them" in response.text
    assert not Question.objects.exists()


def test_the_ask_page_needs_a_login(client):
    response = client.get(reverse("questions:ask"))
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]
