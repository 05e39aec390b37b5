"""Which version of each document is in force, kept in the cache so the acceptance gate
(`policies.middleware`) costs no query on an ordinary page view.

The cached value holds every document's current version and the effective date of the next version
already written, if any: when that moment comes the value is recomputed, so a scheduled version
takes effect on time without anyone touching the cache. Saving or deleting a version drops it
(`forget_current_versions`, connected in policies.apps), whether the service or the admin wrote it.
"""

import datetime
from dataclasses import dataclass

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

CACHE_KEY = "policies:current:1"
# An upper bound only: publishing drops the value at once.
CACHE_SECONDS = 24 * 60 * 60


@dataclass(frozen=True)
class CurrentVersion:
    id: int
    kind: str
    number: int
    effective_at: datetime.datetime


def current_versions() -> dict[str, CurrentVersion]:
    """Document kind -> its version in force (kinds without one are left out)."""
    now = timezone.now()
    cached = cache.get(CACHE_KEY)
    if cached is not None:
        versions, changes_at = cached
        if changes_at is None or now < changes_at:
            return versions
    versions, changes_at = _load(now)
    cache.set(CACHE_KEY, (versions, changes_at), CACHE_SECONDS)
    return versions


def forget_current_versions() -> None:
    """Drop the cached value now and after commit (a request in between may have read the old rows)."""
    cache.delete(CACHE_KEY)
    transaction.on_commit(lambda: cache.delete(CACHE_KEY))


def _load(now: datetime.datetime) -> tuple[dict[str, CurrentVersion], datetime.datetime | None]:
    from policies.models import PolicyVersion

    versions: dict[str, CurrentVersion] = {}
    changes_at = None
    rows = PolicyVersion.objects.order_by("kind", "number").values_list("id", "kind", "number", "effective_at")
    for pk, kind, number, effective_at in rows:
        if effective_at <= now:
            versions[kind] = CurrentVersion(pk, kind, number, effective_at)
        elif changes_at is None or effective_at < changes_at:
            changes_at = effective_at
    return versions, changes_at
