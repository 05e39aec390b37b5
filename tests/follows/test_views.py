"""Follow buttons, the notices page, e-mail preferences and the logged-out unsubscribe link."""

import pytest
from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.models import Notice
from follows.mail import unsubscribe_token, unsubscribe_url
from follows.models import EmailPreference, Follow
from follows.services import follow_create, notify, preferences_update
from moderation.services import content_hide
from questions.services import answer_create, question_create
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

BODY = "I had Botox three weeks ago and one eyebrow sits higher than the other. Will it even out?"
ANSWER = "A raised outer brow after Botox is common and easy to correct with a tiny top-up dose in two weeks."
FOLLOWING = 'aria-pressed="true">Following</button>'
NOT_FOLLOWING = 'aria-pressed="false">Follow</button>'


@pytest.fixture
def question(other_patient, treatment):
    return question_create(
        author=other_patient, title="Uneven eyebrows after Botox?", body=BODY, treatments=[treatment]
    )


def _follow(client, topic: str, action: str = "follow", **headers):
    return client.post(
        reverse("follows:follow"), {"topic": topic, "action": action, "next": "/questions/"}, headers=headers
    )


def test_following_without_javascript_returns_to_the_page(client_as, patient, question):
    response = _follow(client_as(patient), f"question:{question.pk}")
    assert response.status_code == 302 and response["Location"] == "/questions/"
    assert Follow.objects.filter(user=patient, topic=f"question:{question.pk}").exists()


def test_following_with_htmx_swaps_the_form(client_as, patient, treatment):
    client = client_as(patient)
    response = _follow(client, f"treatment:{treatment.pk}", HX_Request="true")
    assert response.status_code == 200 and FOLLOWING in response.text
    assert 'name="csrfmiddlewaretoken"' in response.text
    response = _follow(client, f"treatment:{treatment.pk}", "unfollow", HX_Request="true")
    assert NOT_FOLLOWING in response.text
    assert not Follow.objects.filter(user=patient).exists()


@pytest.mark.parametrize(
    "topic", ["question:999999999", "question:99999999999999999999999", "review:1", "question:-1", "", "x" * 5000]
)
def test_following_what_is_not_there_is_refused(client_as, patient, topic):
    response = _follow(client_as(patient), topic)
    assert response.status_code in (400, 404)
    assert not Follow.objects.exists()


def test_a_hidden_question_cannot_be_followed_but_can_be_left(client_as, patient, question, moderator):
    follow_create(user=patient, topic=f"question:{question.pk}")
    content_hide(actor=moderator, target=question, reason="Spam.")
    client = client_as(patient)
    assert _follow(client, f"question:{question.pk}").status_code == 404
    assert _follow(client, f"question:{question.pk}", "unfollow").status_code == 302
    assert not Follow.objects.filter(user=patient).exists()


def test_following_needs_a_login_and_a_post(client, patient, question):
    response = _follow(client, f"question:{question.pk}")
    assert response.status_code == 302 and reverse("account_login") in response["Location"]
    assert Client().get(reverse("follows:follow")).status_code in (302, 405)


def test_the_buttons_show_each_members_state(client, client_as, patient, question, doctor):
    url = question.get_absolute_url()
    assert "Log in to follow this question" in client.get(url).text
    client = client_as(patient)
    assert NOT_FOLLOWING in client.get(url).text
    _follow(client, f"question:{question.pk}")
    assert FOLLOWING in client.get(url).text
    # The treatment hub and the doctor's profile have theirs.
    treatment = question.treatments.first()
    assert NOT_FOLLOWING in client.get(treatment.get_absolute_url()).text
    assert NOT_FOLLOWING in client.get(doctor.get_absolute_url()).text


def test_shared_pages_fill_in_each_members_follow_state_and_unread_count(client_as, patient, question, settings):
    settings.PAGE_CACHE_SECONDS = 300
    url = question.get_absolute_url()
    follower, other = client_as(patient), client_as(UserFactory())
    _follow(follower, f"question:{question.pk}")
    notify(user=patient, kind="test", message="Something for you.", url="/")
    first = follower.get(url)
    second = other.get(url)
    assert second.context is None  # served from the page members share
    assert FOLLOWING in first.text and NOT_FOLLOWING in second.text
    assert FOLLOWING not in second.text
    assert "notice-count" in first.text and "notice-count" not in second.text
    assert "\x00" not in first.text + second.text


def test_the_navigation_counts_unread_notices_without_a_query_of_its_own(client_as, patient, settings):
    client = client_as(patient)
    client.get("/accounts/")  # the member's row is cached
    notify(user=patient, kind="test", message="One.", url="/")
    notify(user=patient, kind="test", message="Two.", url="/")
    text = client.get(reverse("accounts:settings")).text
    assert '>2<span class="visually-hidden"> unread notices</span>' in text
    client.post(reverse("follows:notices_read"))
    assert "notice-count" not in client.get(reverse("accounts:settings")).text


def test_the_notices_page_has_a_fixed_number_of_queries(client_as, patient):
    client = client_as(patient)

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(reverse("follows:notices"))
        assert response.status_code == 200
        return len(queries)

    notify(user=patient, kind="test", message="One.", url="/")
    few = count()
    for i in range(30):
        notify(user=patient, kind="test", message=f"Notice {i}.", url="/")
    assert count() == few <= 5


def test_opening_a_notice_marks_it_read_and_only_the_owner_can(client_as, patient, other_patient, question, doctor):
    answer_create(doctor=doctor, question=question, body=ANSWER)
    notice = Notice.objects.get(user=other_patient)
    assert client_as(patient).get(reverse("follows:notice_open", args=[notice.pk])).status_code == 404
    assert client_as(patient).get(f"/accounts/notices/{10**30}/").status_code == 404
    response = client_as(other_patient).get(reverse("follows:notice_open", args=[notice.pk]))
    assert response.status_code == 302 and response["Location"] == notice.url
    notice.refresh_from_db()
    assert notice.read_at is not None


def test_the_notices_page_marks_all_read(client_as, patient):
    notify(user=patient, kind="test", message="Something new.", url="/")
    client = client_as(patient)
    assert "1 unread" in client.get(reverse("follows:notices")).text
    response = client.post(reverse("follows:notices_read"), follow=True)
    assert "All read" in response.text
    assert not Notice.objects.filter(read_at__isnull=True).exists()


def test_the_preferences_page_saves_and_keeps_what_was_typed_on_error(client_as, patient, treatment):
    follow_create(user=patient, topic=f"treatment:{treatment.pk}")
    client = client_as(patient)
    with CaptureQueriesContext(connection) as queries:
        page = client.get(reverse("follows:preferences"))
    assert page.status_code == 200 and len(queries) <= 8
    assert treatment.name in page.text and FOLLOWING in page.text
    response = client.post(reverse("follows:preferences"), {"immediate": "on", "digest": "sometimes"})
    assert response.status_code == 200 and "is not one of the available choices" in response.text
    assert 'id="id_immediate" checked>' in response.text  # what was ticked stays ticked
    # Unticked and saved: the form keeps that too.
    response = client.post(reverse("follows:preferences"), {"digest": "sometimes"})
    assert 'id="id_immediate">' in response.text
    response = client.post(reverse("follows:preferences"), {"digest": "daily"})
    assert response.status_code == 302
    preference = EmailPreference.objects.get(user=patient)
    assert (preference.immediate, preference.digest) == (False, "daily")


def test_the_unsubscribe_link_works_logged_out(patient):
    """GET shows a page asking to confirm (no address on it), POST unsubscribes; no login, no CSRF."""
    preferences_update(user=patient, immediate=True, digest="daily")
    client = Client(enforce_csrf_checks=True)
    path = unsubscribe_url(patient.pk).split("//", 1)[1].split("/", 1)[1]
    page = client.get(f"/{path}")
    assert page.status_code == 200 and "Stop e-mails" in page.text and patient.email not in page.text
    response = client.post(f"/{path}")
    assert response.status_code == 200 and "You are unsubscribed" in response.text
    preference = EmailPreference.objects.get(user=patient)
    assert (preference.immediate, preference.digest) == (False, "none")


def test_a_mail_provider_unsubscribes_in_one_click(patient):
    # RFC 8058: a POST with this body and no cookie, no CSRF token.
    client = Client(enforce_csrf_checks=True)
    url = reverse("follows:unsubscribe", args=[unsubscribe_token(patient.pk)])
    response = client.post(url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200
    assert EmailPreference.objects.get(user=patient).digest == "none"


@pytest.mark.parametrize("token", ["nonsense", "1", "a" * 300, "MQ:1vBad:signature"])
def test_a_forged_unsubscribe_link_changes_nothing(client, patient, token):
    assert client.post(reverse("follows:unsubscribe", args=[token])).status_code == 404
    assert not EmailPreference.objects.exists()


def test_an_unsubscribed_member_gets_no_answer_e_mail(
    question, doctor, other_patient, django_capture_on_commit_callbacks
):
    Client().post(reverse("follows:unsubscribe", args=[unsubscribe_token(other_patient.pk)]))
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        answer_create(doctor=doctor, question=question, body=ANSWER)
    assert mail.outbox == []
    assert Notice.objects.filter(user=other_patient).exists()  # still told on the site


def test_following_runs_a_fixed_number_of_queries(client_as, patient, question, django_assert_max_num_queries):
    client = client_as(patient)
    client.get("/accounts/")  # the member's row is cached
    # session, the page to follow, the follow (in a savepoint), the row cache dropped: no more than 7
    with django_assert_max_num_queries(7):
        assert _follow(client, f"question:{question.pk}", HX_Request="true").status_code == 200
