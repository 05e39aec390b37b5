"""Shared helpers for the moderation tests."""

import datetime

from django.contrib.admin import helpers
from django.utils import timezone

from moderation.models import Flag, ModerationLog


def changelist_url(model) -> str:
    return f"/admin/{model._meta.app_label}/{model._meta.model_name}/"


def run_action(client, model, action: str, objects, **confirm):
    """Post an admin action from the changelist; with `confirm` data, also the confirmation step."""
    data = {"action": action, helpers.ACTION_CHECKBOX_NAME: [obj.pk for obj in objects], "index": 0}
    first = client.post(changelist_url(model), data)
    if not confirm:
        return first
    data.pop("index")
    return client.post(changelist_url(model), {**data, "confirm": "yes", **confirm})


def log_entries(action=None):
    entries = ModerationLog.objects.all()
    return entries.filter(action=action) if action else entries


def open_flags():
    return Flag.objects.filter(status=Flag.Status.OPEN)


def trusted_member(**kwargs):
    """A member whose flags count toward automatic hiding: confirmed address, a month old."""
    from tests.factories import UserFactory, accept_policies_in_force

    # A month old means older than the terms in force (published by the migrations): they accepted them.
    return accept_policies_in_force(UserFactory(date_joined=timezone.now() - datetime.timedelta(days=30), **kwargs))
