"""Values cached until their topics change: `cached_until_changed` and the paginator's count."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from pagecache.paginator import CachedCountPaginator
from pagecache.topics import bump, cached_until_changed
from questions.models import Question
from tests.factories import QuestionFactory

pytestmark = pytest.mark.django_db


def test_a_value_is_computed_once_until_one_of_its_topics_changes():
    calls = []

    def compute() -> int:
        calls.append(1)
        return len(calls)

    assert cached_until_changed("sum", compute, topics=["list:questions"]) == 1
    assert cached_until_changed("sum", compute, topics=["list:questions"]) == 1
    bump("list:reviews")  # another topic: still the same value
    assert cached_until_changed("sum", compute, topics=["list:questions"]) == 1
    bump("list:questions")
    assert cached_until_changed("sum", compute, topics=["list:questions"]) == 2
    bump("site")  # what every page shows: every value follows it
    assert cached_until_changed("sum", compute, topics=["list:questions"]) == 3


def test_paginator_counts_once_until_its_topic_changes(treatment):
    QuestionFactory.create_batch(3, treatments=[treatment])
    assert CachedCountPaginator(Question.objects.order_by("pk"), 2, topics=["list:questions"]).count == 3
    with CaptureQueriesContext(connection) as queries:
        paginator = CachedCountPaginator(Question.objects.order_by("pk"), 2, topics=["list:questions"])
        assert paginator.count == 3
        assert paginator.num_pages == 2
    assert len(queries) == 0
    QuestionFactory(treatments=[treatment])  # a saved question moves "list:questions" (questions.apps)
    assert CachedCountPaginator(Question.objects.order_by("pk"), 2, topics=["list:questions"]).count == 4


def test_paginator_keeps_different_filters_apart(treatment):
    QuestionFactory.create_batch(2, treatments=[treatment])
    QuestionFactory(answer_count=3, treatments=[treatment])
    topics = ["list:questions"]
    assert CachedCountPaginator(Question.objects.filter(answer_count=0).order_by("pk"), 10, topics=topics).count == 2
    assert CachedCountPaginator(Question.objects.filter(answer_count=3).order_by("pk"), 10, topics=topics).count == 1


def test_paginator_handles_lists_and_empty_querysets():
    assert CachedCountPaginator([1, 2, 3], 2, topics=[]).count == 3
    assert CachedCountPaginator(Question.objects.none(), 2, topics=[]).count == 0


def test_a_named_count_is_kept_under_its_name_until_its_topics_move(django_assert_num_queries, treatment):
    QuestionFactory.create_batch(2, treatments=[treatment])
    with django_assert_num_queries(1):
        assert (
            CachedCountPaginator(Question.objects.order_by("pk"), 10, topics=["list:questions"], key="all").count == 2
        )
    with django_assert_num_queries(0):
        # Same name, same count: the query is neither run nor compiled.
        assert (
            CachedCountPaginator(Question.objects.order_by("pk"), 10, topics=["list:questions"], key="all").count == 2
        )
    QuestionFactory(treatments=[treatment])
    assert CachedCountPaginator(Question.objects.order_by("pk"), 10, topics=["list:questions"], key="all").count == 3
