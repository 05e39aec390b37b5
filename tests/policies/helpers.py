"""Shared helpers for the policies tests."""

import datetime

from django.utils import timezone

from policies.models import PolicyVersion
from policies.text import render_policy


def write_version(kind: str, *, days_ago: float = 0, days_ahead: float = 0, summary: str = "", body: str = ""):
    """A version of `kind` numbered after the latest, effective `days_ago` (or `days_ahead`) from now.

    Written straight through the model: tests need versions dated in the past, which the service refuses.
    """
    latest = PolicyVersion.objects.filter(kind=kind).order_by("-number").first()
    number = latest.number + 1 if latest else 1
    body = body or f"## Version {number}\n\nThe rules, as of version {number}."
    return PolicyVersion.objects.create(
        kind=kind,
        number=number,
        effective_at=timezone.now() - datetime.timedelta(days=days_ago) + datetime.timedelta(days=days_ahead),
        summary=summary or f"Version {number} changes the rules.",
        body=body,
        body_html=render_policy(body),
    )
