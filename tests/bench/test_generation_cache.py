"""Values cached until content changes: `generation_cached`, the paginator's count, template fragments."""

import pytest
from django.db import connection
from django.template import engines
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from core.cache import content_changed, generation_cached
from core.paginator import CachedCountPaginator
from questions.models import Question
from tests.factories import QuestionFactory

pytestmark = pytest.mark.django_db


def test_generation_cached_computes_once_per_content_change():
    calls = []

    def compute() -> int:
        calls.append(1)
        return len(calls)

    assert generation_cached("sum", compute) == 1
    assert generation_cached("sum", compute) == 1
    content_changed()
    assert generation_cached("sum", compute) == 2


def test_paginator_counts_once_until_content_changes(treatment):
    QuestionFactory.create_batch(3, treatments=[treatment])
    assert CachedCountPaginator(Question.objects.order_by("pk"), 2).count == 3
    with CaptureQueriesContext(connection) as queries:
        paginator = CachedCountPaginator(Question.objects.order_by("pk"), 2)
        assert paginator.count == 3
        assert paginator.num_pages == 2
    assert len(queries) == 0
    QuestionFactory(treatments=[treatment])
    content_changed()
    assert CachedCountPaginator(Question.objects.order_by("pk"), 2).count == 4


def test_paginator_keeps_different_filters_apart(treatment):
    QuestionFactory.create_batch(2, treatments=[treatment])
    QuestionFactory(answer_count=3, treatments=[treatment])
    assert CachedCountPaginator(Question.objects.filter(answer_count=0).order_by("pk"), 10).count == 2
    assert CachedCountPaginator(Question.objects.filter(answer_count=3).order_by("pk"), 10).count == 1


def test_paginator_handles_lists_and_empty_querysets():
    assert CachedCountPaginator([1, 2, 3], 2).count == 3
    assert CachedCountPaginator(Question.objects.none(), 2).count == 0


def test_template_fragments_can_follow_the_content_generation():
    template = engines["django"].from_string(
        "{% load cache %}{% cache 600 fragment content_generation %}{{ value }}{% endcache %}"
    )
    request = RequestFactory().get("/")
    assert template.render({"value": "first"}, request) == "first"
    assert template.render({"value": "second"}, request) == "first"
    content_changed()
    assert template.render({"value": "third"}, request) == "third"
