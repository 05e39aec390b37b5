"""Moderators export a member's data for someone who cannot log in: from the member admin, with a reason
kept in the moderation log, downloadable by that moderator alone from the admin."""

from html import unescape

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from accounts.models import User
from moderation.models import ModerationLog
from privacy.models import DataExport
from tests.factories import UserFactory
from tests.moderation.helpers import log_entries, run_action
from tests.privacy.conftest import open_zip

pytestmark = pytest.mark.django_db

REASON = "E-mail from the address on file; lost phone and password, identity checked by a call-back."


@pytest.fixture
def export_by_moderator(client_as, moderator, patient, django_capture_on_commit_callbacks):
    client = client_as(moderator)
    with django_capture_on_commit_callbacks(execute=True):
        done = run_action(client, User, "export_member_data", [patient], reason=REASON)
    assert done.status_code == 302
    return client, DataExport.objects.get(member=patient)


def test_the_action_asks_who_asked_and_how_they_were_checked(client_as, moderator, patient):
    page = run_action(client_as(moderator), User, "export_member_data", [patient])
    assert page.status_code == 200 and "how you checked it was them" in unescape(page.text)
    refused = run_action(client_as(moderator), User, "export_member_data", [patient], reason="  ")
    assert refused.status_code == 200 and not DataExport.objects.exists()


def test_a_moderator_exports_a_members_data_logged_with_who_and_why(export_by_moderator, moderator, patient):
    client, export = export_by_moderator
    assert (export.requested_by, export.reason, export.status) == (moderator, REASON, "ready")
    entry = log_entries(ModerationLog.Action.DATA_EXPORT).get()
    assert (entry.actor, entry.target, entry.reason) == (moderator, patient, REASON)
    assert entry.get_action_display() == "Exported a member's data"

    listing = client.get(reverse("admin:privacy_dataexport_changelist"))
    download_url = reverse("admin:privacy_dataexport_download", args=[export.pk])
    assert download_url in listing.text
    response = client.get(download_url)
    assert response.status_code == 200 and "attachment" in response["Content-Disposition"]
    _, docs = open_zip(b"".join(response.streaming_content))
    assert docs["profile.json"]["handle"] == patient.handle


def test_the_member_is_not_told_and_cannot_download_a_moderators_export(export_by_moderator, patient, client_as):
    _, export = export_by_moderator
    member = client_as(patient)
    assert not patient.notices.exists()
    assert member.get(reverse("privacy:download", args=[export.pk])).status_code == 404
    assert reverse("privacy:download", args=[export.pk]) not in member.get(reverse("privacy:data")).text


def test_another_moderator_neither_sees_nor_downloads_it(export_by_moderator, client_as):
    _, export = export_by_moderator
    other = UserFactory(handle="mod2", is_staff=True)
    other.groups.set(User.objects.get(handle="mod").groups.all())
    client = client_as(other)
    assert (
        reverse("admin:privacy_dataexport_download", args=[export.pk])
        not in client.get(reverse("admin:privacy_dataexport_changelist")).text
    )
    assert client.get(reverse("admin:privacy_dataexport_download", args=[export.pk])).status_code == 404
    assert (
        client_as(UserFactory()).get(reverse("admin:privacy_dataexport_download", args=[export.pk])).status_code == 302
    )


def test_staff_without_the_permission_get_no_action(client_as, patient):
    clerk = UserFactory(handle="clerk", is_staff=True)
    clerk.user_permissions.add(Permission.objects.get(codename="view_user"))
    client = client_as(clerk)
    page = client.get(reverse("admin:accounts_user_changelist"))
    assert page.status_code == 200 and "export_member_data" not in page.text
    run_action(client, User, "export_member_data", [patient], reason=REASON)
    assert not DataExport.objects.exists()
    assert client.get(reverse("admin:privacy_dataexport_changelist")).status_code == 403


def test_moderators_hold_the_export_permission(moderator):
    assert moderator.has_perm("privacy.export_member_data")


def test_a_moderator_cannot_export_a_staff_accounts_data_but_an_administrator_can(
    client_as, moderator, admin_user, django_capture_on_commit_callbacks
):
    colleague = UserFactory(handle="mod-colleague", is_staff=True)
    client = client_as(moderator)
    page = run_action(client, User, "export_member_data", [colleague], reason=REASON)
    assert page.status_code == 302 and not DataExport.objects.exists()
    assert "an administrator exports a staff account" in unescape(client.get(page["Location"]).text)
    with django_capture_on_commit_callbacks(execute=True):
        run_action(client_as(admin_user), User, "export_member_data", [colleague], reason=REASON)
    assert DataExport.objects.get().requested_by == admin_user
