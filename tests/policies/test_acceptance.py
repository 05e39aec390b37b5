"""Sign-up records acceptance; a new terms or privacy version gates posting until the member accepts."""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from accounts.models import User
from policies.models import PolicyAcceptance, PolicyKind, PolicyVersion
from tests.factories import UserFactory
from tests.policies.helpers import write_version

pytestmark = pytest.mark.django_db

SIGNUP = {
    "username": "quiet-fox",
    "email": "fox@example.com",
    "password1": "a-Strong-passw0rd!",
    "password2": "a-Strong-passw0rd!",
}


def _old_member(**kwargs) -> User:
    """A member who joined before the versions a test publishes (and accepted version 1 then)."""
    user = UserFactory(date_joined=timezone.now() - datetime.timedelta(days=30), **kwargs)
    for kind in (PolicyKind.TERMS, PolicyKind.PRIVACY):
        PolicyAcceptance.objects.create(user=user, version=PolicyVersion.objects.current(kind))
    return user


def test_sign_up_records_the_terms_and_privacy_versions_accepted(client):
    response = client.post("/accounts/signup/", {**SIGNUP, "accept_policies": "on"})
    assert response.status_code == 302
    user = User.objects.get(handle="quiet-fox")
    accepted = {(a.version.kind, a.version.number) for a in PolicyAcceptance.objects.filter(user=user)}
    assert accepted == {("terms", 1), ("privacy", 1)}


def test_sign_up_without_the_box_is_refused_and_keeps_what_was_typed(client):
    response = client.post("/accounts/signup/", SIGNUP)
    assert response.status_code == 200
    assert "To join, accept the terms of use and the privacy policy." in response.text
    assert 'value="quiet-fox"' in response.text and 'value="fox@example.com"' in response.text
    assert not User.objects.filter(handle="quiet-fox").exists()


def test_the_sign_up_box_links_the_documents(client):
    page = client.get("/accounts/signup/").text
    assert 'name="accept_policies"' in page
    for url in ("/policies/terms/", "/policies/privacy/", "/policies/guidelines/"):
        assert f'href="{url}"' in page


def test_a_new_terms_version_sends_the_member_to_accept_it_and_back(client_as):
    member = _old_member()
    client = client_as(member)
    assert client.get("/questions/").status_code == 200
    write_version(PolicyKind.TERMS, days_ago=0.01, summary="We now ask doctors to disclose sponsorships.")

    response = client.get("/questions/?page=1")
    assert response.status_code == 302
    assert response["Location"] == "/policies/accept/?next=%2Fquestions%2F%3Fpage%3D1"
    page = client.get(response["Location"]).text
    assert "We now ask doctors to disclose sponsorships." in page and "Terms of use, version 2" in page

    terms = PolicyVersion.objects.current(PolicyKind.TERMS)
    accepted = client.post("/policies/accept/", {"accept": "on", "version": terms.pk, "next": "/questions/?page=1"})
    assert accepted.status_code == 302 and accepted["Location"] == "/questions/?page=1"
    assert PolicyAcceptance.objects.filter(user=member, version__kind="terms", version__number=2).exists()
    assert client.get("/questions/").status_code == 200


def test_posting_is_closed_until_the_member_accepts_even_after_choosing_to_read_on(client_as, treatment):
    member = _old_member()
    client = client_as(member)
    write_version(PolicyKind.PRIVACY, days_ago=0.01)
    later = client.post("/policies/accept/", {"action": "later", "next": "/questions/"})
    assert later["Location"] == "/questions/"
    assert client.get("/questions/").status_code == 200  # reading is open
    posted = client.post(
        "/questions/ask/",
        {"title": "Is it normal to bruise after filler?", "body": "x" * 80, "treatments": [treatment.pk]},
        HTTP_REFERER="http://testserver/questions/ask/",
    )
    assert posted.status_code == 302
    assert posted["Location"] == "/policies/accept/?next=%2Fquestions%2Fask%2F"
    htmx = client.post("/questions/ask/", {}, HTTP_HX_REQUEST="true")
    assert htmx.status_code == 204 and htmx["HX-Redirect"].startswith("/policies/accept/")


def test_the_policies_contact_logout_and_admin_stay_open(client_as, admin_user):
    member = _old_member()
    client = client_as(member)
    write_version(PolicyKind.TERMS, days_ago=0.01)
    for url in ("/policies/terms/", "/policies/terms/v1/", "/contact/"):
        assert client.get(url).status_code == 200, url
    staff = client_as(admin_user)
    User.objects.filter(pk=admin_user.pk).update(date_joined=timezone.now() - datetime.timedelta(days=3))
    cache.clear()
    assert staff.get("/admin/").status_code == 200
    assert client.post("/accounts/logout/").status_code == 302


def test_a_version_not_yet_in_effect_asks_nothing(client_as):
    member = _old_member()
    write_version(PolicyKind.TERMS, days_ahead=1)
    assert client_as(member).get("/questions/").status_code == 200


def test_a_member_who_joined_after_a_version_took_effect_is_not_asked_again(client_as):
    write_version(PolicyKind.TERMS, days_ago=1)
    newcomer = UserFactory()
    assert client_as(newcomer).get("/questions/").status_code == 200


def test_the_accept_page_refuses_without_the_box_and_asks_nothing_of_an_up_to_date_member(client_as):
    member = _old_member()
    client = client_as(member)
    write_version(PolicyKind.TERMS, days_ago=0.01)
    refused = client.post("/policies/accept/", {"next": "/"}, follow=True)
    assert "Tick the box to accept" in refused.text
    assert not PolicyAcceptance.objects.filter(user=member, version__number=2).exists()
    terms = PolicyVersion.objects.current(PolicyKind.TERMS)
    client.post("/policies/accept/", {"accept": "on", "version": terms.pk, "next": "https://evil.example/"})
    assert client.get("/policies/accept/?next=https://evil.example/")["Location"] == "/"


def test_the_gate_adds_no_query_to_an_ordinary_page_view(client_as):
    """What the member accepted comes with the user row (one query, as before); the versions in force
    from the cache. No query of its own, whether the member passes or is sent to accept."""

    def policy_queries(queries) -> list[str]:
        return [q["sql"] for q in queries.captured_queries if 'FROM "policies_' in q["sql"]]

    member = _old_member()
    client = client_as(member)
    client.get("/questions/")  # puts the versions in force in the cache
    with CaptureQueriesContext(connection) as passing:
        assert client.get("/questions/").status_code == 200
    assert policy_queries(passing) == []
    write_version(PolicyKind.TERMS, days_ago=0.01)  # drops the cached versions
    client.get("/questions/")  # the first request after publishing reads the versions in force again
    with CaptureQueriesContext(connection) as gated:
        assert client.get("/questions/").status_code == 302
    assert policy_queries(gated) == []


def test_htmx_reads_stay_open_after_choosing_to_read_on_and_htmx_posts_are_sent_to_accept(client_as):
    member = _old_member()
    client = client_as(member)
    write_version(PolicyKind.TERMS, days_ago=0.01)
    asked = client.get("/questions/?page=2", HTTP_HX_REQUEST="true", HTTP_HX_CURRENT_URL="http://testserver/questions/")
    assert asked.status_code == 204 and asked["HX-Redirect"] == "/policies/accept/?next=%2Fquestions%2F"
    client.post("/policies/accept/", {"action": "later", "next": "/questions/"})
    assert client.get("/questions/", HTTP_HX_REQUEST="true").status_code == 200


def test_the_accept_page_sends_a_logged_out_visitor_to_log_in_and_checks_csrf(client, client_as):
    response = client.get("/policies/accept/")
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    member = _old_member()
    write_version(PolicyKind.TERMS, days_ago=0.01)
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(member)
    assert strict.post("/policies/accept/", {"accept": "on"}).status_code == 403
    assert not PolicyAcceptance.objects.filter(user=member, version__number=2).exists()


def test_a_member_who_has_not_accepted_may_still_withdraw_their_own_question(client_as, treatment):
    from questions.models import Question
    from tests.factories import QuestionFactory

    member = _old_member()
    question = QuestionFactory(author=member, treatments=[treatment])
    write_version(PolicyKind.TERMS, days_ago=0.01)
    client = client_as(member)
    assert client.post("/questions/ask/", {}).status_code == 302  # posting is closed...
    withdrawn = client.post(f"/accounts/mine/questions/{question.pk}/withdraw/")
    assert withdrawn.status_code == 302 and not withdrawn["Location"].startswith("/policies/accept/")
    assert Question.objects.get(pk=question.pk).is_hidden  # ...taking one's own content down is not


def test_accepting_covers_only_the_versions_the_member_was_shown(client_as):
    member = _old_member()
    client = client_as(member)
    terms = write_version(PolicyKind.TERMS, days_ago=0.01)
    write_version(PolicyKind.PRIVACY, days_ago=0.001)  # took effect while the page was open
    page = client.post("/policies/accept/", {"accept": "on", "version": terms.pk, "next": "/"}, follow=True)
    assert "Another document changed in the meantime" in page.text and "Privacy policy, version 2" in page.text
    assert not PolicyAcceptance.objects.filter(user=member, version__number=2).exists()


def test_a_members_page_view_reads_the_versions_in_force_from_this_process(client_as, monkeypatch):
    """The gate asked the shared cache on every member's request; each process now keeps the versions in
    force for a few seconds, and a version published elsewhere reaches it when they pass."""
    import time as real_time

    from policies import current

    member = _old_member()
    client = client_as(member)
    assert client.get("/questions/").status_code == 200
    asked: list[str] = []
    real_get = cache.get

    def counting_get(key, *args, **kwargs):
        asked.append(key)
        return real_get(key, *args, **kwargs)

    monkeypatch.setattr(current.cache, "get", counting_get)
    assert client.get("/questions/").status_code == 200
    assert current.CACHE_KEY not in asked

    # Published by another process: no signal here; that process dropped the shared value.
    latest = PolicyVersion.objects.filter(kind=PolicyKind.TERMS).order_by("-number").first()
    PolicyVersion.objects.bulk_create(
        [
            PolicyVersion(
                kind=PolicyKind.TERMS,
                number=latest.number + 1,
                effective_at=timezone.now() - datetime.timedelta(minutes=1),
                summary="New terms.",
                body="## New\n\nNew terms.",
                body_html="<h2>New</h2><p>New terms.</p>",
            )
        ]
    )
    cache.delete(current.CACHE_KEY)
    assert client.get("/questions/").status_code == 200  # within this process's seconds
    later = real_time.monotonic() + current.LOCAL_SECONDS + 1
    monkeypatch.setattr(current.time, "monotonic", lambda: later)
    assert client.get("/questions/")["Location"].startswith("/policies/accept/")
