"""Shared state for `seed_demo`: each app's `demo.py` reads what earlier apps created and adds its part."""

import random
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, TextIO

from django.contrib.auth.hashers import make_password
from django.db import connection

DEMO_PASSWORD = "candid-demo-2026"


@dataclass
class DemoContext:
    questions: int = 200
    rng: random.Random = field(default_factory=lambda: random.Random(2026))
    out: TextIO = sys.stdout
    # Filled as the seeding goes: lists of model instances other apps build on.
    data: dict[str, Any] = field(default_factory=dict)
    logins: list[tuple[str, str]] = field(default_factory=list)
    _password_hash: str = ""

    @property
    def password_hash(self) -> str:
        # Hashing once and reusing it keeps seeding thousands of users fast.
        if not self._password_hash:
            self._password_hash = make_password(DEMO_PASSWORD)
        return self._password_hash

    @property
    def large(self) -> bool:
        return self.questions > 1000

    def progress(self, label: str, done: int, total: int) -> None:
        width = 30
        filled = int(width * done / total) if total else width
        self.out.write(f"\r  {label:<12} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        if done >= total:
            self.out.write("\n")
        self.out.flush()


def batched(items: list, size: int = 2000):
    for start in range(0, len(items), size):
        yield items[start : start + size]


# Field types whose Python value PostgreSQL's COPY takes as it is (no get_db_prep_save needed).
_PLAIN_FIELD_TYPES = {
    "AutoField",
    "BigAutoField",
    "BigIntegerField",
    "BooleanField",
    "CharField",
    "DateTimeField",
    "EmailField",
    "ForeignKey",
    "IntegerField",
    "OneToOneField",
    "PositiveBigIntegerField",
    "PositiveIntegerField",
    "PositiveSmallIntegerField",
    "SlugField",
    "SmallIntegerField",
    "TextField",
    "URLField",
}


def bulk_insert(objs: list, batch_size: int = 5000) -> None:
    """Insert new instances of one model as fast as the database allows, and set their primary keys.

    Like `bulk_create` (no save() or signals; pre_save runs, so auto_now and defaults behave), but on
    PostgreSQL the keys come from the table's sequence in one query and the rows go in with COPY,
    which skips building an INSERT statement: most of bulk_create's time at 100,000s of rows.
    """
    if not objs:
        return
    model = type(objs[0])
    if connection.vendor != "postgresql":
        model.objects.bulk_create(objs, batch_size=batch_size)
        return
    meta, quote = model._meta, connection.ops.quote_name
    fields = [f for f in meta.concrete_fields if not getattr(f, "generated", False)]
    plain = [f.get_internal_type() in _PLAIN_FIELD_TYPES for f in fields]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
            [meta.db_table, meta.pk.column, len(objs)],
        )
        for obj, (pk,) in zip(objs, cursor.fetchall(), strict=True):
            obj.pk = pk
        columns = ", ".join(quote(f.column) for f in fields)
        with cursor.copy(f"COPY {quote(meta.db_table)} ({columns}) FROM STDIN") as copy:
            for obj in objs:
                obj._prepare_related_fields_for_save(operation_name="bulk_create")
                copy.write_row(
                    [
                        f.pre_save(obj, True) if is_plain else f.get_db_prep_save(f.pre_save(obj, True), connection)
                        for f, is_plain in zip(fields, plain, strict=True)
                    ]
                )
                obj._state.adding, obj._state.db = False, connection.alias


@contextmanager
def search_indexes_deferred(ctx: DemoContext) -> Iterator[None]:
    """For a large seed on PostgreSQL: drop the GIN (full-text) indexes, load, then build them once.

    Keeping a GIN index over to_tsvector() up to date row by row is most of the cost of loading
    hundreds of thousands of questions and answers; one build at the end is several times cheaper.
    Call inside the seeding transaction, so a failed seed leaves the indexes as they were.
    """
    if not ctx.large or connection.vendor != "postgresql":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT i.relname, pg_get_indexdef(i.oid)
            FROM pg_index x
            JOIN pg_class i ON i.oid = x.indexrelid
            JOIN pg_am am ON am.oid = i.relam
            WHERE am.amname = 'gin'
              AND i.relnamespace = current_schema()::regnamespace
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.oid)
            """
        )
        indexes = cursor.fetchall()
        for name, _definition in indexes:
            cursor.execute(f'DROP INDEX "{name}"')
    yield
    started = time.monotonic()
    with connection.cursor() as cursor:
        # Django's foreign keys are checked at commit; PostgreSQL builds no index on a table with
        # checks still pending, so run them now.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute("SET LOCAL maintenance_work_mem = '256MB'")
        for _name, definition in indexes:
            cursor.execute(definition)
    ctx.out.write(f"  search indexes rebuilt in {time.monotonic() - started:.1f}s\n")
