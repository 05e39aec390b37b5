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
        ("patient", "Only verified doctors can answer questions"),
        ("pending_doctor", "still being reviewed"),
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
    assert "Your verification is suspended, so you can&#x27;t edit your answers" in response.text


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


# One rule for writing answers, new or edited ----------------------------------------------------------


def test_a_hidden_doctor_cannot_edit_and_the_page_keeps_the_published_text(
    client_as, client, answer, doctor, moderator
):
    content_hide(actor=moderator, target=doctor, reason="Under review")
    url = reverse("questions:answer_edit", args=[answer.pk])
    doctor_client = client_as(doctor.user)
    for response in (doctor_client.get(url), doctor_client.post(url, {"body": ANSWER + " Call my clinic."})):
        assert response.status_code == 403
        assert "Your profile is hidden by a moderator, so you can&#x27;t edit your answers" in response.text
    assert Answer.objects.get().body == ANSWER
    assert "Call my clinic" not in client.get(answer.question.get_absolute_url()).text


def test_a_hidden_doctor_is_not_offered_the_edit_link_or_the_answer_form(client_as, answer, doctor, moderator):
    other_question = Question.objects.create(
        author=answer.question.author, title="Does filler migrate over the years?", body=BODY
    )
    content_hide(actor=moderator, target=doctor, reason="Under review")
    doctor_client = client_as(doctor.user)
    html = doctor_client.get(answer.question.get_absolute_url()).text
    assert reverse("questions:answer_edit", args=[answer.pk]) not in html
    other = doctor_client.get(other_question.get_absolute_url()).text
    assert 'name="body"' not in other
    assert "Your profile is hidden by a moderator" in other


def test_a_hidden_doctor_cannot_answer(client_as, question, doctor, moderator):
    content_hide(actor=moderator, target=doctor, reason="Under review")
    response = client_as(doctor.user).post(_answer_url(question), {"body": ANSWER})
    assert response.status_code == 403
    assert "Your profile is hidden by a moderator" in response.text
    assert not Answer.objects.exists()


# Asking, voting and thanking need an account in good standing ----------------------------------------


def _suspended(user):
    from django.utils import timezone

    type(user).objects.filter(pk=user.pk).update(suspended_at=timezone.now(), suspension_reason="Spam links")
    return type(user).objects.get(pk=user.pk)


@pytest.fixture
def unconfirmed():
    from tests.factories import UserFactory

    return UserFactory(handle="fresh", email_confirmed=False)


@pytest.fixture(params=["unconfirmed", "suspended"])
def member_not_in_good_standing(request, patient):
    if request.param == "unconfirmed":
        return request.getfixturevalue("unconfirmed"), "Confirm your e-mail address to"
    return _suspended(patient), "A moderator suspended your account"


def test_a_member_not_in_good_standing_cannot_ask(client_as, treatment, member_not_in_good_standing):
    user, reason = member_not_in_good_standing
    data = {"title": "Is this a question I may ask?", "body": BODY, "treatments": [treatment.pk]}
    client = client_as(user)
    for response in (client.get(reverse("questions:ask")), client.post(reverse("questions:ask"), data)):
        assert response.status_code == 403
        assert reason in response.text
        assert "ask a question" in response.text
    assert not Question.objects.filter(title=data["title"]).exists()


def test_a_member_not_in_good_standing_cannot_vote(client_as, answer, member_not_in_good_standing):
    user, reason = member_not_in_good_standing
    response = client_as(user).post(reverse("questions:answer_helpful", args=[answer.pk]))
    assert response.status_code == 403
    assert reason in response.text
    assert "mark answers as helpful" in response.text
    assert not HelpfulVote.objects.exists()


def test_a_suspended_asker_cannot_thank(client_as, answer, patient):
    response = client_as(_suspended(patient)).post(reverse("questions:answer_thank", args=[answer.pk]))
    assert response.status_code == 403
    assert "A moderator suspended your account, so you can&#x27;t thank the doctor" in response.text
    answer.refresh_from_db()
    assert answer.thanked_at is None


def test_an_unconfirmed_asker_cannot_thank(client_as, question, doctor):
    from allauth.account.models import EmailAddress

    from questions.services import answer_create

    answer = answer_create(doctor=doctor, question=question, body=ANSWER)
    EmailAddress.objects.filter(user=question.author).update(verified=False)
    response = client_as(question.author).post(reverse("questions:answer_thank", args=[answer.pk]))
    assert response.status_code == 403
    assert "Confirm your e-mail address to thank the doctor" in response.text
    answer.refresh_from_db()
    assert answer.thanked_at is None


def test_the_page_shows_vote_and_thank_buttons_only_to_those_who_may_press_them(
    client_as, answer, patient, unconfirmed
):
    url = answer.question.get_absolute_url()
    vote_url = reverse("questions:answer_helpful", args=[answer.pk])
    thank_url = reverse("questions:answer_thank", args=[answer.pk])
    asker_page = client_as(patient).get(url).text
    assert vote_url in asker_page and thank_url in asker_page
    assert "vote-refusal" not in asker_page and "ask-refusal" not in asker_page
    unconfirmed_page = client_as(unconfirmed).get(url).text
    assert vote_url not in unconfirmed_page
    assert "Confirm your e-mail address to mark answers as helpful" in unconfirmed_page
    assert "Confirm your e-mail address to ask a question" in unconfirmed_page
    assert reverse("questions:ask") not in unconfirmed_page.split('class="ask-cta', 1)[1]
    suspended_asker_page = client_as(_suspended(patient)).get(url).text
    assert vote_url not in suspended_asker_page and thank_url not in suspended_asker_page
    assert "A moderator suspended your account, so you can&#x27;t mark answers as helpful" in suspended_asker_page


@pytest.mark.parametrize("first", ["in_good_standing", "not_in_good_standing"])
def test_the_page_members_share_never_carries_another_members_buttons(
    settings, client_as, answer, other_patient, unconfirmed, first
):
    """Members share one rendering of a question page (pagecache.members); whoever renders it first, a
    member who may not vote gets no vote button, and a member who may gets theirs."""
    settings.PAGE_CACHE_SECONDS = 300
    url = answer.question.get_absolute_url()
    vote_url = reverse("questions:answer_helpful", args=[answer.pk])
    visits = [(other_patient, True), (unconfirmed, False)]
    if first == "not_in_good_standing":
        visits.reverse()
    for _round in range(2):
        for user, may_vote in visits:
            html = client_as(user).get(url).text
            assert (vote_url in html) is may_vote, (user.handle, may_vote)
            assert f">{user.handle}<" in html or user.handle in html
