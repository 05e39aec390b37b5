"""Values cached until their topics change: `cached_until_changed` and the paginator's count."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from pagecache.paginator import CachedCountPaginator
from pagecache.topics import bump, cached_until_changed, everything_changes
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


def test_a_value_that_shows_nothing_of_the_site_outlives_a_change_to_it_but_not_a_bulk_load():
    calls = []

    def compute() -> int:
        calls.append(1)
        return len(calls)

    def kept() -> int:
        return cached_until_changed("titles", compute, topics=["list:questions"], shows_site=False)

    assert kept() == 1
    bump("site")  # a doctor's new photo: nothing this value shows
    assert kept() == 1
    bump("list:questions")
    assert kept() == 2
    with everything_changes():  # a bulk load announces no row: every kept value is computed again
        pass
    assert kept() == 3


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


class CacheCalls:
    """Every round trip to the default cache (the backend's own methods), by name."""

    METHODS = ("get", "get_many", "set", "set_many", "add", "incr", "delete", "delete_many")

    def __init__(self, monkeypatch) -> None:
        from django.core.cache import caches

        self.names: list[str] = []
        self._inside = False
        backend = caches["default"]
        for name in self.METHODS:
            monkeypatch.setattr(backend, name, self._spy(name, getattr(backend, name)))

    def _spy(self, name, method):
        def spy(*args, **kwargs):
            if self._inside:  # e.g. the local-memory backend's get_many calls its get
                return method(*args, **kwargs)
            self.names.append(name)
            self._inside = True
            try:
                return method(*args, **kwargs)
            finally:
                self._inside = False

        return spy


def test_a_batch_reads_what_it_names_once_and_stores_what_it_computes_as_it_ends(monkeypatch):
    from django.core.cache import cache

    from pagecache.topics import kept_each_until_changed, kept_values_batch

    calls = CacheCalls(monkeypatch)
    with kept_values_batch(["a", "b"], topics=["list:questions"]):
        assert calls.names == ["get_many"]
        assert cached_until_changed("a", lambda: "A", topics=["list:questions"]) == "A"
        assert kept_each_until_changed({"b": lambda: "B"}, topics=["list:questions"]) == {"b": "B"}
        # Read and started with the block's first round trip; nothing stored yet.
        assert calls.names == ["get_many", "add", "add"]  # the two topics ("site" too) started once each
        assert cache.get("value:2:a") is None
        # A value the block did not name up front: one read, of that value alone.
        assert cached_until_changed("c", lambda: "C", topics=["list:questions"]) == "C"
        assert cached_until_changed("c", lambda: pytest.fail("computed again"), topics=["list:questions"]) == "C"
    assert calls.names[4:] == ["get_many", "set_many"]  # "c" read; all three stored in one round trip
    calls.names.clear()
    with kept_values_batch(["a", "b", "c"], topics=["list:questions"]):
        computed = kept_each_until_changed(
            {key: (lambda: pytest.fail("kept")) for key in ("a", "b", "c")}, topics=["list:questions"]
        )
    assert computed == {"a": "A", "b": "B", "c": "C"} and calls.names == ["get_many"]


def test_a_batch_follows_topics_like_single_values(monkeypatch):
    from pagecache.topics import kept_values_batch

    assert cached_until_changed("a", lambda: 1, topics=["list:questions"]) == 1
    bump("list:questions")
    with kept_values_batch(["a"], topics=["list:questions"]):
        assert cached_until_changed("a", lambda: 2, topics=["list:questions"]) == 2
    assert cached_until_changed("a", lambda: 3, topics=["list:questions"]) == 2


def test_a_value_computed_in_a_batch_is_known_and_a_value_not_reused_is_not_read(monkeypatch):
    from pagecache.topics import computed_in_batch, kept_values_batch

    assert cached_until_changed("rows", lambda: "old rows", topics=["question:1"]) == "old rows"
    assert cached_until_changed("cards", lambda: "old cards", topics=["question:1"]) == "old cards"
    bump("question:1")
    calls = CacheCalls(monkeypatch)
    with kept_values_batch(["rows"], topics=["question:1"]):
        assert not computed_in_batch("rows")
        assert cached_until_changed("rows", lambda: "new rows", topics=["question:1"]) == "new rows"
        assert computed_in_batch("rows") and not computed_in_batch("cards")
        # Not read: computed with the generations the block read, stored with the rest.
        assert cached_until_changed("cards", lambda: "new cards", topics=["question:1"], reuse=False) == "new cards"
    assert calls.names == ["get_many", "set_many"]
    assert cached_until_changed("cards", lambda: pytest.fail("stored as current"), topics=["question:1"]) == "new cards"
    assert not computed_in_batch("rows")  # outside a block: nothing was


def test_read_ahead_reads_values_and_topics_in_one_round_trip_unless_the_value_was_found(monkeypatch):
    from pagecache.topics import kept_each_until_changed, kept_values_batch, read_ahead

    def lists() -> dict:
        return kept_each_until_changed(
            {"list:1": lambda: "one", "list:2": lambda: "two"},
            topics=[],
            own_topics={"list:1": ["about:1"], "list:2": ["about:2"]},
        )

    assert lists() == {"list:1": "one", "list:2": "two"}
    calls = CacheCalls(monkeypatch)
    with kept_values_batch(["related"]):
        read_ahead(["list:1", "list:2"], topics=["about:1", "about:2"], unless_found="related")
        assert lists() == {"list:1": "one", "list:2": "two"}
    assert calls.names == ["get_many", "get_many"]  # the block's first read, then the lists with their topics
    assert cached_until_changed("related", lambda: "kept", topics=[]) == "kept"
    calls.names.clear()
    with kept_values_batch(["related"]):
        read_ahead(["list:1", "list:2"], topics=["about:1", "about:2"], unless_found="related")  # found: nothing
    assert calls.names == ["get_many"]
