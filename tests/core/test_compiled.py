"""core.compiled: a queryset compiled to SQL once, then run for any value, returns what the queryset built
for that value returns (rows, related rows, annotations), on both databases CI runs."""

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.db.models import Count, Q
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from core.compiled import compiled_once
from questions.models import Answer, Question
from tests.factories import AnswerFactory, QuestionFactory

pytestmark = pytest.mark.django_db


def _answers_of(question_id: int):
    return (
        Answer.objects.select_related("doctor", "disclaimer")
        .filter(question_id=question_id, hidden_at__isnull=True)
        .annotate(words=Count("pk"))
        .order_by("-helpful_count", "pk")
    )


def test_each_value_gets_the_rows_its_own_queryset_returns():
    first, second, empty = QuestionFactory(), QuestionFactory(), QuestionFactory()
    for question, helpful in ((first, [3, 9, 1]), (second, [5])):
        for count in helpful:
            AnswerFactory(question=question, helpful_count=count)
    AnswerFactory(question=first, hidden_at=timezone.now())  # left out by the queryset's own filter
    built = []
    answers_of = compiled_once(lambda value: built.append(value) or _answers_of(value))

    for question in (first, second, empty, first):
        with CaptureQueriesContext(connection) as queries:
            rows = answers_of(question.pk)
            # The doctor and the disclaimer came with the rows: reading them costs no query.
            shown = [(row.pk, row.doctor.display_name, row.disclaimer.number, row.words) for row in rows]
        assert len(queries) == 1
        assert shown == [(a.pk, a.doctor.display_name, a.disclaimer.number, a.words) for a in _answers_of(question.pk)]
    assert [row.helpful_count for row in answers_of(first.pk)] == [9, 3, 1]
    assert len(built) == 1  # built once, with the stand-in value, whatever it was run for


def test_any_value_runs_after_the_first_compile():
    questions = [QuestionFactory() for _ in range(3)]
    by_id = compiled_once(lambda pk: Question.objects.select_related("author").filter(pk=pk))
    for question in questions:
        with CaptureQueriesContext(connection) as queries:
            rows = by_id(question.pk)
            assert [(row.title, row.author.handle) for row in rows] == [(question.title, question.author.handle)]
        assert len(queries) == 1
    assert by_id(-1) == []
    assert by_id(2**70) == []  # beyond any id a database holds (an address anyone can type)


def test_a_queryset_whose_value_is_not_one_parameter_is_refused():
    """A value used twice would leave the stand-in in the SQL's other place: refused at the first run,
    not answered wrongly."""
    twice = compiled_once(lambda pk: Question.objects.filter(Q(pk=pk) | Q(author_id=pk)))
    with pytest.raises(ImproperlyConfigured):
        twice(1)
