"""Pages members share (pagecache.members): rendered once for all logged-in patients, each member
still sees their own handle, token and votes; askers, doctors and moderators get pages of their own."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from pagecache.store import MEMBERS_PREFIX as SHARED_KEY_PREFIX
from photos.graphic import SESSION_SHOW_ALL
from questions.services import answer_create, answer_helpful_toggle, answer_thank, question_create
from tests.factories import DoctorProfileFactory, UserFactory
from tests.pagecache.conftest import ANSWER, BODY

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]

PRESSED = 'class="btn btn-sm btn-brand" aria-pressed="true"'


@pytest.fixture
def asker(db):
    return UserFactory(handle="asker")


@pytest.fixture
def question(asker, treatment):
    return question_create(author=asker, title="Uneven eyebrows after Botox?", body=BODY, treatments=[treatment])


@pytest.fixture
def answer(question, doctor):
    return answer_create(doctor=doctor, question=question, body=ANSWER)


def _get(client: Client, url: str):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return response, len(queries)


def _shared_keys() -> list[str]:
    from django.core.cache import cache

    return [key for key in cache._cache if SHARED_KEY_PREFIX in key]  # locmem in tests


def test_members_share_one_rendering_with_their_own_handle_and_token(client_as, patient, other_patient, answer):
    url = answer.question.get_absolute_url()
    first, rendered = _get(client_as(patient), url)
    second, served = _get(client_as(other_patient), url)

    assert len(_shared_keys()) == 1
    assert served < rendered
    assert "patient1" in first.text and "patient2" not in first.text
    assert "patient2" in second.text and "patient1" not in second.text
    assert "\x00" not in first.text + second.text
    assert "tiny top-up dose" in second.text
    assert second.context is None  # served from the stored page, not a template render
    tokens = [r.text.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0] for r in (first, second)]
    assert tokens[0] != tokens[1]


def test_members_who_logged_in_through_the_form_share_the_page(patient, other_patient, answer, password):
    # Logging in through allauth leaves its record of how the member authenticated in the session:
    # that is no display state, so these members still share one rendering.
    url = answer.question.get_absolute_url()
    clients = []
    for member in (patient, other_patient):
        client = Client()
        assert client.post(reverse("account_login"), {"login": member.handle, "password": password}).status_code == 302
        client.get("/")  # where the log-in lands, showing its "logged in" message
        clients.append(client)
    _get(clients[0], url)
    second, _ = _get(clients[1], url)
    assert len(_shared_keys()) == 1
    assert second.context is None  # served from the stored page
    assert "patient2" in second.text and "patient1" not in second.text


def test_each_member_sees_their_own_votes_pressed(client_as, patient, other_patient, answer):
    url = answer.question.get_absolute_url()
    answer_helpful_toggle(answer=answer, user=other_patient)
    first, _ = _get(client_as(patient), url)
    second, _ = _get(client_as(other_patient), url)
    again, _ = _get(client_as(patient), url)

    assert second.context is None
    assert f'id="helpful-button-{answer.pk}" {PRESSED}' in second.text
    assert PRESSED not in first.text
    assert PRESSED not in again.text


def test_a_vote_shows_pressed_on_the_next_visit(client_as, patient, answer):
    visitor = client_as(patient)
    url = answer.question.get_absolute_url()
    assert PRESSED not in _get(visitor, url)[0].text
    visitor.post(reverse("questions:answer_helpful", args=[answer.pk]))
    assert PRESSED in _get(visitor, url)[0].text


def test_the_asker_always_gets_their_own_page_with_thanks_buttons(client_as, patient, asker, answer):
    url = answer.question.get_absolute_url()
    _get(client_as(patient), url)  # stores the shared page
    own, _ = _get(client_as(asker), url)
    assert own.context is not None
    assert "thank-button" in own.text
    assert "asker" in own.text

    answer_thank(answer=answer, user=asker)
    other, _ = _get(client_as(patient), url)
    assert "The patient thanked" in other.text
    assert "You thanked" not in other.text
    assert "You thanked" in _get(client_as(asker), url)[0].text


def test_a_page_first_rendered_for_the_asker_is_not_shared(client_as, patient, asker, answer):
    url = answer.question.get_absolute_url()
    _get(client_as(asker), url)
    assert _shared_keys() == []
    other, _ = _get(client_as(patient), url)
    assert "thank-button" not in other.text


@pytest.mark.parametrize("who", ["doctor", "pending_doctor", "moderator"])
def test_doctors_and_moderators_never_get_the_shared_page(request, client_as, patient, question, who):
    profile_or_user = request.getfixturevalue(who)
    user = getattr(profile_or_user, "user", profile_or_user)
    url = question.get_absolute_url()
    _get(client_as(patient), url)
    response, _ = _get(client_as(user), url)
    assert response.context is not None
    assert user.handle in response.text
    if who == "doctor":
        assert "Answer this question" in response.text


def test_a_member_with_personal_session_state_gets_a_rendered_page(client_as, patient, other_patient, question):
    url = question.get_absolute_url()
    _get(client_as(patient), url)
    visitor = client_as(other_patient)
    session = visitor.session
    session[SESSION_SHOW_ALL] = True
    session.save()
    response, _ = _get(visitor, url)
    assert response.context is not None


def test_a_new_answer_shows_at_once_to_members(client_as, patient, other_patient, question):
    url = question.get_absolute_url()
    _get(client_as(patient), url)
    answer_create(doctor=DoctorProfileFactory(full_name="Lena Ortiz"), question=question, body=ANSWER)
    response, _ = _get(client_as(other_patient), url)
    assert "Lena Ortiz" in response.text


@pytest.mark.parametrize(
    "url",
    ["/", "/questions/", "/treatments/", "/treatments/botox/", "/doctors/", "/doctors/ana-ruiz/", "/search/?q=botox"],
)
def test_public_pages_are_shared_by_members(client_as, patient, other_patient, question, answer, url):
    _get(client_as(patient), url)
    response, queries = _get(client_as(other_patient), url)
    assert response.context is None
    assert "patient2" in response.text and "patient1" not in response.text
    assert queries <= 2  # the session's user (with their doctor profile) and nothing else


def test_off_when_page_cache_seconds_is_zero(client_as, patient, other_patient, question, settings):
    settings.PAGE_CACHE_SECONDS = 0
    url = question.get_absolute_url()
    _get(client_as(patient), url)
    assert _get(client_as(other_patient), url)[0].context is not None
    assert _shared_keys() == []


def test_a_members_votes_come_from_the_cache_and_change_with_each_toggle(client_as, patient, answer, doctor):
    second_question = question_create(
        author=UserFactory(handle="someone"), title="Brow drop after Botox?", body=BODY, treatments=[]
    )
    other_answer = answer_create(doctor=doctor, question=second_question, body=ANSWER)
    answer_helpful_toggle(answer=other_answer, user=patient)
    visitor = client_as(patient)
    for url in (answer.question.get_absolute_url(), second_question.get_absolute_url()):
        _get(client_as(UserFactory()), url)  # someone else stores the shared pages

    with CaptureQueriesContext(connection) as first_queries:
        first = visitor.get(answer.question.get_absolute_url())  # loads the member's votes
    with CaptureQueriesContext(connection) as second_queries:
        second = visitor.get(second_question.get_absolute_url())
    assert PRESSED not in first.text
    assert f'id="helpful-button-{other_answer.pk}" {PRESSED}' in second.text
    assert any("helpfulvote" in query["sql"] for query in first_queries)
    assert not any("helpfulvote" in query["sql"] for query in second_queries)  # from the cache

    answer_helpful_toggle(answer=other_answer, user=patient)  # taken back
    answer_helpful_toggle(answer=answer, user=patient)
    assert PRESSED not in _get(visitor, second_question.get_absolute_url())[0].text
    assert f'id="helpful-button-{answer.pk}" {PRESSED}' in _get(visitor, answer.question.get_absolute_url())[0].text
