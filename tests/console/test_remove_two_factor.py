"""Recovering a locked-out account: `manage.py remove_two_factor` (console.services.authenticators_remove)."""

import pytest
from allauth.mfa.models import Authenticator
from django.core.management import CommandError, call_command
from django.test import Client

from moderation.models import ModerationLog
from tests.accounts.test_two_factor import SET_UP, enrol, log_in

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _two_factor_required(settings):
    settings.TWO_FACTOR_REQUIRED = True


def test_an_administrator_removes_a_locked_out_moderators_authenticators_and_it_is_logged(
    moderator, admin_user, password
):
    enrol(moderator)
    call_command(
        "remove_two_factor",
        moderator.handle,
        by=admin_user.handle,
        reason="Lost phone; identity checked by video call.",
    )
    assert not Authenticator.objects.filter(user=moderator).exists()
    entry = ModerationLog.objects.get(target_id=moderator.pk)
    assert entry.actor == admin_user
    assert "Lost phone" in entry.reason
    assert sorted(entry.before["authenticators"]) == ["recovery_codes", "totp"]

    # The moderator logs in with their password alone, and is sent to set up a new authenticator.
    client = Client()
    assert log_in(client, moderator, password)["Location"] == "/"
    assert client.get("/admin/")["Location"] == SET_UP


def test_only_a_staff_account_may_remove_authenticators(moderator, patient):
    enrol(moderator)
    with pytest.raises(CommandError, match="not an active staff account"):
        call_command("remove_two_factor", moderator.handle, by=patient.handle, reason="Asked nicely.")
    assert Authenticator.objects.filter(user=moderator).count() == 2
