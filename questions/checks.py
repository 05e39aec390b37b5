"""Disclaimer audit: every answer must render with the disclaimer, naming its doctor.

The database already refuses an answer without a disclaimer version and a version without the
{doctor} placeholder; this audit catches whatever slipped past (data loaded around the constraints,
a database without them, a doctor profile losing its name). It runs with
`manage.py check --database default` (it reads the database, so plain `check` skips it, as Django
does for every database check), `manage.py check --tag candid`, and `manage.py audit_disclaimers`.
"""

from django.core.checks import Error, Tags, register
from django.db import DatabaseError, connections, transaction
from django.db.models import Q

from questions.models import Answer, FollowUp

PLACEHOLDER = "{doctor}"
EXAMPLES_SHOWN = 10


def answers_without_disclaimer(using: str = "default"):
    """Answers that would render without a proper disclaimer, as (pk, problem) pairs."""
    problems = {
        "has no disclaimer version": Q(disclaimer__isnull=True),
        "has a disclaimer version without the {doctor} placeholder": ~Q(disclaimer__text__contains=PLACEHOLDER),
        "has no doctor": Q(doctor__isnull=True),
        "has a doctor without a name": Q(doctor__full_name=""),
    }
    found: list[tuple[int, str]] = []
    for problem, condition in problems.items():
        pks = Answer.objects.using(using).filter(condition).order_by("pk").values_list("pk", flat=True)
        found.extend((pk, problem) for pk in pks)
    return found


def replies_without_disclaimer(using: str = "default"):
    """Doctors' replies to follow-ups that would render without a proper disclaimer, as (pk, problem)."""
    replies = FollowUp.objects.using(using).filter(doctor__isnull=False)
    problems = {
        "has no disclaimer version": Q(disclaimer__isnull=True),
        "has a disclaimer version without the {doctor} placeholder": ~Q(disclaimer__text__contains=PLACEHOLDER),
        "has a doctor without a name": Q(doctor__full_name=""),
    }
    found: list[tuple[int, str]] = []
    for problem, condition in problems.items():
        pks = replies.filter(condition).order_by("pk").values_list("pk", flat=True)
        found.extend((pk, problem) for pk in pks)
    return found


@register("candid", Tags.database)
def check_answer_disclaimers(app_configs=None, databases=None, **kwargs):
    errors = []
    for alias in databases or []:
        try:
            # A savepoint, so a missing table (before the first migrate) doesn't break a transaction.
            with transaction.atomic(using=alias):
                found = answers_without_disclaimer(using=alias)
                replies = replies_without_disclaimer(using=alias)
        except DatabaseError:
            continue
        if replies:
            errors.append(
                Error(
                    f"{len(replies)} reply(ies) to follow-ups would render without a proper disclaimer "
                    f"({connections[alias].alias}): "
                    + ", ".join(f"reply {pk} {problem}" for pk, problem in replies[:EXAMPLES_SHOWN])
                    + ".",
                    hint="Hide these replies until they are fixed.",
                    id="candid.E002",
                )
            )
        if not found:
            continue
        examples = ", ".join(f"answer {pk} {problem}" for pk, problem in found[:EXAMPLES_SHOWN])
        errors.append(
            Error(
                f"{len(found)} answer(s) would render without a proper disclaimer ({connections[alias].alias}): "
                f"{examples}{' …' if len(found) > EXAMPLES_SHOWN else ''}.",
                hint="Run `manage.py audit_disclaimers` for the full list; hide these answers until they are fixed.",
                id="candid.E001",
            )
        )
    return errors
