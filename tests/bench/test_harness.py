"""The benchmark's own pieces: the trivial view and the query-count header (bench/settings.py, bench/urls.py)."""

import pytest

from tests.factories import QuestionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def counting(settings):
    settings.MIDDLEWARE = ["bench.middleware.QueryCountMiddleware", *settings.MIDDLEWARE]


@pytest.mark.urls("bench.urls")
def test_trivial_view_answers_a_fixed_string_without_queries(client, counting, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/bench/ping", headers={"X-Count-Queries": "1"})
    assert response.status_code == 200
    assert response.content == b"pong"
    assert response["X-Query-Count"] == "0"
    # The same middleware as every page: security headers included.
    assert "Content-Security-Policy" in response


@pytest.mark.urls("bench.urls")
def test_query_count_header_counts_every_query_of_the_request(client, counting, treatment):
    QuestionFactory(treatments=[treatment])
    response = client.get("/questions/", headers={"X-Count-Queries": "1"})
    assert response.status_code == 200
    assert int(response["X-Query-Count"]) > 0
    # Each query's first table, in order: what explains a count that differs from the pinned one.
    tables = response["X-Query-Tables"].split()
    assert len(tables) == int(response["X-Query-Count"])
    assert "questions_question" in tables


@pytest.mark.urls("bench.urls")
def test_query_count_header_only_when_asked(client, counting):
    assert "X-Query-Count" not in client.get("/bench/ping")


def test_trivial_view_is_not_mounted_on_the_site(client):
    assert client.get("/bench/ping").status_code == 404


def test_the_benchmark_settings_extend_the_sites():
    import importlib

    from django.conf import settings as site

    bench = importlib.import_module("bench.settings")
    assert bench.ROOT_URLCONF == "bench.urls" and site.ROOT_URLCONF == "qasite.urls"
    assert bench.MIDDLEWARE[0] == "bench.middleware.QueryCountMiddleware"
    assert bench.MIDDLEWARE[1:] == list(site.MIDDLEWARE)
    assert bench.PAGE_CACHE_REPORT is True
