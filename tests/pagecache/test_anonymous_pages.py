"""The anonymous page cache (pagecache.middleware): served without queries, fresh the moment content changes."""

import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import path, reverse

from pagecache import middleware, store, topics
from questions.services import answer_create, question_create
from tests.factories import DoctorProfileFactory
from tests.pagecache.conftest import ANSWER, BODY

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]


@pytest.fixture
def question(patient, treatment):
    return question_create(author=patient, title="Uneven eyebrows after Botox?", body=BODY, treatments=[treatment])


def _get(client: Client, url: str, **headers):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, headers=headers)
    return response, len(queries)


def test_second_anonymous_visit_is_served_from_the_cache_without_queries(client, question):
    first, rendered = _get(client, question.get_absolute_url())
    second, served = _get(client, question.get_absolute_url())
    assert first.status_code == second.status_code == 200
    assert rendered > 0
    assert served == 0
    assert question.title in second.text


def test_a_new_answer_shows_at_once_to_anonymous_visitors(client, question):
    client.get(question.get_absolute_url())
    answer_create(doctor=DoctorProfileFactory(full_name="Lena Ortiz"), question=question, body=ANSWER)
    response, queries = _get(client, question.get_absolute_url())
    assert queries > 0
    assert "Lena Ortiz" in response.text
    assert "tiny top-up dose" in response.text


def test_a_new_question_shows_at_once_on_the_list_and_home_page(client, question, patient, treatment):
    for url in ("/", reverse("questions:list")):
        client.get(url)
    question_create(author=patient, title="Does Botox stop working over time?", body=BODY, treatments=[treatment])
    for url in ("/", reverse("questions:list")):
        assert "Does Botox stop working over time?" in client.get(url).text


def test_logged_in_visitors_never_get_the_anonymous_copy(client, client_as, other_patient, question):
    _get(client, question.get_absolute_url())  # stores the anonymous copy
    response, queries = _get(client_as(other_patient), question.get_absolute_url())
    assert response.status_code == 200
    assert queries > 0  # their session and user, at least
    assert "patient2" in response.text
    assert "Log in" not in response.text


def test_a_page_rendered_for_a_user_is_never_stored(client_as, patient, question):
    client_as(patient).get(question.get_absolute_url())
    assert not any(key.startswith(store.ANONYMOUS_PREFIX) for key in _cached_keys())


@pytest.mark.urls("tests.pagecache.test_anonymous_pages")
def test_each_visitor_gets_their_own_csrf_token_and_csp_nonce(client):
    url = "/form/"
    client.get(url)  # stored
    other = Client()
    response, queries = _get(other, url)
    assert queries == 0
    assert any(key.startswith(store.ANONYMOUS_PREFIX) for key in _cached_keys())
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.text).group(1)
    assert "\x00" not in response.text
    # The token belongs to this visitor's CSRF cookie, so their forms and htmx posts are accepted.
    secret = response.cookies["csrftoken"].value
    from django.middleware.csrf import _does_token_match

    assert _does_token_match(token, secret)
    nonce = re.search(r"'nonce-([^']+)'", response.headers["Content-Security-Policy"])
    if nonce:
        assert f'nonce="{nonce.group(1)}"' in response.text


@pytest.mark.urls("tests.pagecache.test_anonymous_pages")
def test_a_cached_page_keeps_a_visitors_existing_csrf_cookie(client):
    url = "/form/"
    client.get(url)
    visitor = Client()
    visitor.get(url)
    secret = visitor.cookies["csrftoken"].value
    response = visitor.get(url)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.text).group(1)
    from django.middleware.csrf import _does_token_match

    assert _does_token_match(token, secret)


def test_conditional_get_answers_304_for_an_unchanged_cached_page(client, question):
    url = question.get_absolute_url()
    client.get(url)
    etag = client.get(url).headers["ETag"]
    response, queries = _get(client, url, if_none_match=etag)
    assert response.status_code == 304
    assert queries == 0
    answer_create(doctor=DoctorProfileFactory(), question=question, body=ANSWER)
    assert client.get(url, headers={"if-none-match": etag}).status_code == 200


def test_htmx_requests_are_not_served_from_the_cache(client, question):
    url = question.get_absolute_url()
    client.get(url)
    # Rendered, not served: the page's template runs (its rows may come from kept values, without a query).
    response = client.get(url, headers={"hx-request": "true"})
    assert "questions/detail.html" in [template.name for template in response.templates]


def test_excluded_paths_and_error_responses_are_not_stored(client):
    for url in (reverse("account_login"), "/no/such/page/", reverse("core:healthz")):
        client.get(url)
    assert not any(key.startswith(store.ANONYMOUS_PREFIX) for key in _cached_keys())


def test_cache_off_when_page_cache_seconds_is_zero(client, question, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get(question.get_absolute_url())
    response = client.get(question.get_absolute_url())
    assert "questions/detail.html" in [template.name for template in response.templates]


def test_bump_moves_a_topic_now_and_again_on_commit(django_capture_on_commit_callbacks):
    [before] = topics.generations(["question:1"]).values()
    with django_capture_on_commit_callbacks(execute=True):
        topics.bump("question:1")
        assert topics.generations(["question:1"]) == {"question:1": before + 1}
    assert topics.generations(["question:1"]) == {"question:1": before + 2}


def test_a_topic_restarts_above_any_earlier_value_when_its_key_is_lost():
    from django.core.cache import cache

    [before] = topics.generations(["question:1"]).values()
    cache.delete(topics.topic_key("question:1"))
    assert topics.generations(["question:1"])["question:1"] > before


def _exempt_view(request):
    from django.http import HttpResponse

    return HttpResponse("fresh every time")


def _session_view(request):
    from django.http import HttpResponse

    request.session["seen"] = True
    return HttpResponse("personal")


def _form_view(request):
    from django.http import HttpResponse
    from django.template import RequestContext, Template

    page = Template(
        '<script nonce="{{ csp_nonce }}">1</script><form method="post">{% csrf_token %}<button>Go</button></form>'
    )
    return HttpResponse(page.render(RequestContext(request)))


urlpatterns = [
    path("exempt/", middleware.page_cache_exempt(_exempt_view)),
    path("session/", _session_view),
    path("form/", _form_view),
]


def test_reading_gives_an_anonymous_visitor_no_cookie(client, question):
    for _ in range(2):  # rendered, then from the cache
        response = client.get(question.get_absolute_url())
        assert response.status_code == 200
        assert not response.cookies
        assert "csrf" not in response.text.lower()


@pytest.mark.urls("tests.pagecache.test_anonymous_pages")
@pytest.mark.parametrize("url", ["/exempt/", "/session/"])
def test_exempt_views_and_responses_that_touch_the_session_are_not_stored(client, url):
    client.get(url)
    assert not any(key.startswith(store.ANONYMOUS_PREFIX) for key in _cached_keys())


def test_admin_writes_move_what_the_model_publishes(client_as, admin_user, treatment):
    before = topics.generations([f"treatment:{treatment.pk}"])[f"treatment:{treatment.pk}"]
    response = client_as(admin_user).post(
        reverse("admin:treatments_treatment_change", args=[treatment.pk]),
        {
            "name": "Botox",
            "slug": "botox",
            "category": treatment.category,
            "description": "Edited in the admin.",
            "translations-TOTAL_FORMS": "0",  # the page's translations inline, none written
            "translations-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code in (200, 302)
    assert topics.generations([f"treatment:{treatment.pk}"])[f"treatment:{treatment.pk}"] > before


def _cached_keys() -> list[str]:
    from django.core.cache import cache

    # LocMemCache in tests: its keys are "<prefix>:<version>:<key>".
    return [key.split(":", 2)[2] for key in cache._cache]


def test_redis_backend_reuses_one_client_per_pool():
    from pagecache.backends import RedisCache

    backend = RedisCache("redis://127.0.0.1:1/0", {})  # never connects: clients connect lazily
    client = backend._cache.get_client("key")
    assert backend._cache.get_client("other", write=True) is client


def test_a_hit_uses_this_processs_copy_while_its_topics_are_current(client, question):
    from django.core.cache import cache

    url = question.get_absolute_url()
    client.get(url)
    [key] = [k for k in _cached_keys() if store.ANONYMOUS_PREFIX in k]
    page_key = key.split(":", 2)[-1]
    cache.delete(page_key)  # gone from the shared cache: only this process has it now
    assert cache.get(page_key) is None
    response, queries = _get(client, url)
    assert queries == 0
    assert question.title in response.text

    answer_create(doctor=DoctorProfileFactory(full_name="Lena Ortiz"), question=question, body=ANSWER)
    assert "Lena Ortiz" in client.get(url).text  # its question's topic moved: the copy is not used


def test_this_processs_copies_expire_with_page_cache_seconds_and_stay_within_their_budget(monkeypatch):
    memo = store._RecentPages(max_bytes=100)
    memo.put("a", {"parts": [b"x" * 60], "topics": {}})
    assert memo.get("a") is not None
    memo.put("b", {"parts": [b"y" * 60], "topics": {}})  # over budget: the least recently used goes
    assert memo.get("a") is None and memo.get("b") is not None
    memo.put("huge", {"parts": [b"z" * 101], "topics": {}})
    assert memo.get("huge") is None

    later = store.time.monotonic() + 301
    monkeypatch.setattr(store.time, "monotonic", lambda: later)
    assert memo.get("b") is None
