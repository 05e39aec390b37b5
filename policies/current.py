"""Which versions of the terms and privacy policy are in force, kept in the cache so the acceptance
gate (`policies.middleware`) costs no query on a page view.

The cached value holds each document's version in force and the effective date of the next version
already written, if any: when that moment comes the value is recomputed, so a scheduled version
takes effect on time without anyone touching the cache. Saving or deleting a version drops it
(`forget_current_versions`, connected in policies.apps), whoever wrote it.

Each process also keeps the value for `LOCAL_SECONDS`: it was a cache round trip on every member's
request, for a value that changes a few times a year. A version published now reaches the other
processes within those seconds (the one that published it at once); a scheduled one on time.

When the cache has no value (a cold cache, or just after a publication) and the request's user row
was just read from the database, the value comes from that same query (`user_row_sql` in
policies.acceptance adds it as columns), so even a cold page view adds no query of its own.
"""

import datetime
import time
from dataclasses import dataclass

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

CACHE_KEY = "policies:current:2"
# An upper bound only: publishing drops the value at once.
CACHE_SECONDS = 24 * 60 * 60
LOCAL_SECONDS = 10

# (versions, when the next version takes effect, monotonic time it was read): this process's copy.
_local: tuple["InForce", datetime.datetime | None, float] | None = None


@dataclass(frozen=True)
class CurrentVersion:
    id: int
    kind: str
    number: int
    effective_at: datetime.datetime


type InForce = dict[str, CurrentVersion]


def current_versions(*, loaded: tuple[InForce, datetime.datetime | None] | None = None) -> InForce:
    """Kind of document to accept -> its version in force (kinds without one are left out).

    `loaded`: the same facts as just read from the database with the user row, used on a cache miss.
    """
    global _local
    now = timezone.now()
    if _local is not None:
        versions, changes_at, read_at = _local
        if time.monotonic() - read_at < LOCAL_SECONDS and (changes_at is None or now < changes_at):
            return versions
    cached = cache.get(CACHE_KEY)
    if cached is not None:
        versions, changes_at = cached
        if changes_at is None or now < changes_at:
            _local = (versions, changes_at, time.monotonic())
            return versions
    versions, changes_at = loaded if loaded is not None else _load(now)
    if changes_at is not None and now >= changes_at:
        versions, changes_at = _load(now)
    cache.set(CACHE_KEY, (versions, changes_at), CACHE_SECONDS)
    _local = (versions, changes_at, time.monotonic())
    return versions


def forget_current_versions() -> None:
    """Drop the cached value now and after commit (a request in between may have read the old rows)."""

    def forget() -> None:
        forget_local_versions()
        cache.delete(CACHE_KEY)

    forget()
    transaction.on_commit(forget)


def forget_local_versions() -> None:
    """Drop this process's copy (the next request reads the shared cache)."""
    global _local
    _local = None


def _load(now: datetime.datetime) -> tuple[InForce, datetime.datetime | None]:
    from policies.models import KINDS_TO_ACCEPT, PolicyVersion

    versions: InForce = {}
    changes_at = None
    rows = (
        PolicyVersion.objects.filter(kind__in=KINDS_TO_ACCEPT)
        .order_by("kind", "number")
        .values_list("id", "kind", "number", "effective_at")
    )
    for pk, kind, number, effective_at in rows:
        if effective_at <= now:
            versions[kind] = CurrentVersion(pk, kind, number, effective_at)
        elif changes_at is None or effective_at < changes_at:
            changes_at = effective_at
    return versions, changes_at
