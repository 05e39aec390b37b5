"""Whether a member has accepted the terms and privacy policy in force, without a query per page.

The versions in force come from the cache (`policies.current`). What the member accepted comes with
their user row: the auth backend (accounts/backends.py) adds `accepted_numbers_sql` to the one query
that loads the row, and the row is cached with it; recording an acceptance drops the cached row
(accounts.apps). A user loaded any other way costs one query here, once per request.
"""

import datetime

from django.db.models import Max
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from policies.current import CurrentVersion, InForce, current_versions
from policies.models import KINDS_TO_ACCEPT, PolicyAcceptance, PolicyVersion

# Session key: the versions a member chose to read on without accepting yet (`policies.middleware`).
DEFERRED_SESSION_KEY = "policies_deferred"


def accepted_row_attribute(kind: str) -> str:
    """The user row's attribute holding the highest version number of `kind` the member accepted."""
    return f"accepted_{kind}_row"


def user_row_sql(user_pk_column: str) -> str:
    """Columns for the auth backend's user query (`user_pk_column` is the user's key in it): for each
    document to accept, the highest version number the member accepted (NULL when none) and the
    version in force (id, number, effective date); and when the next written version takes effect.
    Its %s placeholders take `user_row_params(now)`, in order, before the query's own."""
    acceptances = PolicyAcceptance._meta.db_table
    versions = PolicyVersion._meta.db_table
    columns = []
    for kind in KINDS_TO_ACCEPT:
        # Table names from the models, kinds from our own choices: nothing from a request.
        columns.append(
            f"(SELECT MAX(v.number) FROM {acceptances} pa JOIN {versions} v ON v.id = pa.version_id "  # noqa: S608
            f"WHERE pa.user_id = {user_pk_column} AND v.kind = '{kind.value}') AS {accepted_row_attribute(kind.value)}"
        )
        in_force = (
            f"FROM {versions} v WHERE v.kind = '{kind.value}' AND v.effective_at <= %s ORDER BY v.number DESC LIMIT 1"
        )
        for field in ("id", "number", "effective_at"):
            columns.append(f"(SELECT v.{field} {in_force}) AS in_force_{kind.value.replace('-', '_')}_{field}_row")
    kinds = ", ".join(f"'{kind.value}'" for kind in KINDS_TO_ACCEPT)
    columns.append(
        f"(SELECT MIN(v.effective_at) FROM {versions} v WHERE v.kind IN ({kinds}) "  # noqa: S608
        "AND v.effective_at > %s) AS next_policy_change_row"
    )
    return ", ".join(columns)


def user_row_params(now: datetime.datetime) -> list[datetime.datetime]:
    return [now] * (3 * len(KINDS_TO_ACCEPT) + 1)


def mark_row_fresh(user) -> None:
    """Called by the auth backend on a user row it just read from the database (not one from the cache):
    its versions in force are current, so they may fill an empty cache (policies.current)."""
    user.policies_row_fresh = True


def _in_force_from_row(user) -> tuple[InForce, datetime.datetime | None] | None:
    if not getattr(user, "policies_row_fresh", False):
        return None
    versions: InForce = {}
    for kind in KINDS_TO_ACCEPT:
        prefix = f"in_force_{kind.value.replace('-', '_')}"
        pk = getattr(user, f"{prefix}_id_row", None)
        if pk is not None:
            number = getattr(user, f"{prefix}_number_row")
            effective_at = _as_datetime(getattr(user, f"{prefix}_effective_at_row"))
            versions[kind.value] = CurrentVersion(pk, kind.value, number, effective_at)
    return versions, _as_datetime(getattr(user, "next_policy_change_row", None))


def _as_datetime(value) -> datetime.datetime | None:
    """A timestamp from a raw column: a datetime on PostgreSQL, text on SQLite (UTC)."""
    if value is None:
        return None
    parsed = value if isinstance(value, datetime.datetime) else parse_datetime(str(value))
    return parsed if parsed is None or timezone.is_aware(parsed) else timezone.make_aware(parsed, datetime.UTC)


def accepted_number(user, kind: str) -> int:
    """The highest version of `kind` the member accepted (0 when none): from the row when it carries it."""
    attribute = accepted_row_attribute(kind)
    if not hasattr(user, attribute):
        numbers = dict(
            PolicyAcceptance.objects.filter(user_id=user.pk, version__kind__in=KINDS_TO_ACCEPT)
            .values_list("version__kind")
            .annotate(highest=Max("version__number"))
        )
        for each in KINDS_TO_ACCEPT:
            setattr(user, accepted_row_attribute(each.value), numbers.get(each.value))
    return getattr(user, attribute) or 0


def versions_to_accept(user) -> list[CurrentVersion]:
    """The terms and privacy versions in force that this member has yet to accept.

    A version that took effect before the member joined is not asked for: sign-up requires accepting
    the versions in force (and records it). So only versions that took effect since they joined count,
    which is also what members who joined before the documents were published are asked to accept.
    """
    current = current_versions(loaded=_in_force_from_row(user))
    pending = []
    for kind in KINDS_TO_ACCEPT:
        version = current.get(kind.value)
        if version is None or version.effective_at <= user.date_joined:
            continue
        if accepted_number(user, kind.value) < version.number:
            pending.append(version)
    return pending
