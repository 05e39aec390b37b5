"""Querysets compiled to SQL once per process, then run with a new value each time.

Turning a queryset into SQL walks its joins, selected columns, annotations and ordering on every run:
for the question page's answers (two joined tables, an EXISTS subquery, a four-part ordering) that is
about 1 ms of CPU, more than the database takes to answer, on every first visit to a question. A page
that reads the same shape of rows for a different id each time compiles the same SQL again and again.

`compiled_once(build)` takes a function that builds the queryset from one value (an id). It builds it
once with a stand-in value, compiles it the first time it runs on a database, and from then on runs that
SQL with the real value in the stand-in's place; the rows become model instances through Django's own
iterable (select_related, annotations and fetch modes as usual). Only for querysets whose other
parameters never change (no "now", no setting read when it is built): the first compile checks that
the stand-in appears exactly once among its parameters.
"""

import copy
from collections.abc import Callable
from typing import Any

from django.core.exceptions import ImproperlyConfigured
from django.db import connections
from django.db.models import Model, QuerySet

# An id no table will hold, whose only occurrence among a compiled query's parameters marks the place.
STAND_IN = -7_310_022_041


class CompiledOnce[M: Model]:
    def __init__(self, build: Callable[[Any], QuerySet[M]]) -> None:
        self._build = build
        self._queryset: QuerySet[M] | None = None
        self._compiled: dict[str, tuple[Any, str, tuple, int]] = {}  # database alias -> compiled

    def _compile(self, queryset: QuerySet[M], alias: str) -> tuple[Any, str, tuple, int]:
        compiler = queryset.query.get_compiler(using=alias)
        sql, params = compiler.as_sql()
        places = [index for index, param in enumerate(params) if param == STAND_IN]
        if len(places) != 1:
            raise ImproperlyConfigured(f"The stand-in value appears {len(places)} times in {sql!r}: {params!r}.")
        compiled = (compiler, sql, tuple(params), places[0])
        self._compiled[alias] = compiled
        return compiled

    def __call__(self, value: Any) -> list[M]:
        """The rows the queryset built with `value` would return."""
        if self._queryset is None:
            self._queryset = self._build(STAND_IN)
        queryset = self._queryset
        alias = queryset.db
        compiler, sql, params, place = self._compiled.get(alias) or self._compile(queryset, alias)
        low, high = connections[alias].ops.integer_field_range("BigIntegerField")
        if isinstance(value, int) and not low <= value <= high:
            # No row holds it, and SQLite refuses to bind it: what the ORM's own lookup answers too.
            return []
        params = (*params[:place], value, *params[place + 1 :])
        run = copy.copy(compiler)  # per run: the connection is this thread's, the SQL this value's
        run.connection = connections[alias]
        run.as_sql = lambda *args, **kwargs: (sql, params)
        rows = queryset._chain()  # a clone of the query, whose compiler is this run's
        rows.query.get_compiler = lambda using=None, connection=None, elide_empty=True: run
        return list(rows)


def compiled_once[M: Model](build: Callable[[Any], QuerySet[M]]) -> CompiledOnce[M]:
    """`build(value)`'s rows for any value, its SQL compiled once per process and database (module doc)."""
    return CompiledOnce(build)
