"""The benchmark's own pieces: the trivial view and the query-count header (mounted with BENCH_VIEWS)."""

import pytest
from django.urls import include, path

from qasite import urls as site_urls
from tests.factories import QuestionFactory

pytestmark = pytest.mark.django_db

# The site's URLs with the benchmark's mounted, as with BENCH_VIEWS=1.
urlpatterns = [path("bench/", include("bench.urls")), *site_urls.urlpatterns]


@pytest.fixture
def counting(settings):
    settings.MIDDLEWARE = ["bench.middleware.QueryCountMiddleware", *settings.MIDDLEWARE]


@pytest.mark.urls("tests.bench.test_harness")
def test_trivial_view_answers_a_fixed_string_without_queries(client, counting, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/bench/ping", headers={"X-Count-Queries": "1"})
    assert response.status_code == 200
    assert response.content == b"pong"
    assert response["X-Query-Count"] == "0"
    # The same middleware as every page: security headers included.
    assert "Content-Security-Policy" in response


@pytest.mark.urls("tests.bench.test_harness")
def test_query_count_header_counts_every_query_of_the_request(client, counting, treatment):
    QuestionFactory(treatments=[treatment])
    response = client.get("/questions/", headers={"X-Count-Queries": "1"})
    assert response.status_code == 200
    assert int(response["X-Query-Count"]) > 0


@pytest.mark.urls("tests.bench.test_harness")
def test_query_count_header_only_when_asked(client, counting):
    assert "X-Query-Count" not in client.get("/bench/ping")


def test_trivial_view_is_not_mounted_without_bench_views(client):
    assert client.get("/bench/ping").status_code == 404
