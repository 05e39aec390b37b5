"""Whether a member has accepted the terms and privacy policy in force, without a query per page.

The versions in force come from the cache (`policies.current`). What the member accepted comes with
their user row: the auth backend (accounts/backends.py) adds `accepted_numbers_sql` to the one query
that loads the row, and the row is cached with it; recording an acceptance drops the cached row
(accounts.apps). A user loaded any other way costs one query here, once per request.
"""

from django.db.models import Max

from policies.current import CurrentVersion, current_versions
from policies.models import KINDS_TO_ACCEPT, PolicyAcceptance, PolicyVersion

# Session key: the versions a member chose to read on without accepting yet (`policies.middleware`).
DEFERRED_SESSION_KEY = "policies_deferred"


def accepted_row_attribute(kind: str) -> str:
    """The user row's attribute holding the highest version number of `kind` the member accepted."""
    return f"accepted_{kind}_row"


def accepted_numbers_sql(user_pk_column: str) -> str:
    """Columns for the auth backend's user query: for each document to accept, the highest version
    number the member accepted (NULL when none). `user_pk_column` is the user's key in that query."""
    acceptances = PolicyAcceptance._meta.db_table
    versions = PolicyVersion._meta.db_table
    return ", ".join(
        f"(SELECT MAX(v.number) FROM {acceptances} pa JOIN {versions} v ON v.id = pa.version_id "  # noqa: S608 - table names from models, kinds from our own choices
        f"WHERE pa.user_id = {user_pk_column} AND v.kind = '{kind.value}') AS {accepted_row_attribute(kind.value)}"
        for kind in KINDS_TO_ACCEPT
    )


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
    current = current_versions()
    pending = []
    for kind in KINDS_TO_ACCEPT:
        version = current.get(kind.value)
        if version is None or version.effective_at <= user.date_joined:
            continue
        if accepted_number(user, kind.value) < version.number:
            pending.append(version)
    return pending
