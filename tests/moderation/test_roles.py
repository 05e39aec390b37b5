import pytest
from django.contrib.auth.models import Group, Permission

from moderation.roles import ADMINISTRATORS, MODERATORS, roles_sync
from tests.factories import AnswerFactory, QuestionFactory, UserFactory

pytestmark = pytest.mark.django_db


def perms(group_name: str) -> set[str]:
    return {
        f"{app}.{codename}"
        for app, codename in Group.objects.get(name=group_name).permissions.values_list(
            "content_type__app_label", "codename"
        )
    }


def test_moderators_may_moderate_but_never_delete_or_manage_people_or_disclaimers():
    granted = perms(MODERATORS)
    for needed in [
        "questions.view_question",
        "questions.change_question",
        "questions.view_answer",
        "questions.change_answer",
        "questions.view_disclaimerversion",
        "doctors.view_doctorprofile",
        "doctors.change_doctorprofile",
        "doctors.verify_doctorprofile",
        "moderation.hide_content",
        "moderation.approve_photos",
        "moderation.suspend_members",
        "moderation.view_flag",
        "moderation.change_flag",
        "moderation.view_moderationlog",
    ]:
        assert needed in granted, needed
    assert not {p for p in granted if ".delete_" in p or ".add_" in p}
    for refused in [
        "questions.change_disclaimerversion",
        "accounts.change_user",
        "auth.change_group",
        "auth.add_group",
        "auth.change_permission",
    ]:
        assert refused not in granted, refused
    # Nothing outside the moderated content, the flag queue, the log and looking people up.
    assert {p.split(".")[0] for p in granted} <= {
        "questions",
        "doctors",
        "reviews",
        "photos",
        "moderation",
        "accounts",
        "treatments",
        "privacy",
        "policies",
        "consultations",
    }
    # Private conversations: reading the reported ones, nothing else.
    assert {p for p in granted if p.startswith("consultations.")} == {
        "consultations.view_consultationrequest",
        "consultations.view_consultationmessage",
    }
    assert {p for p in granted if p.startswith(("accounts.", "treatments.", "privacy."))} == {
        "accounts.view_user",
        "treatments.view_treatment",
        # Answering a data request: exporting a member's data and listing the exports they made.
        "privacy.export_member_data",
        "privacy.view_dataexport",
    }
    # Concerns sent to /contact/ are theirs to work through; policy versions they only read.
    assert {p for p in granted if p.startswith("policies.")} == {
        "policies.view_concernreport",
        "policies.change_concernreport",
        "policies.view_policyversion",
    }


def test_moderators_cover_reviews_and_photos_once_those_apps_have_models():
    granted = perms(MODERATORS)
    assert "reviews.change_review" in granted
    assert "reviews.view_review" in granted
    assert "photos.change_beforeafterphoto" in granted


def test_administrators_hold_every_permission():
    assert perms(ADMINISTRATORS) == {
        f"{app}.{codename}" for app, codename in Permission.objects.values_list("content_type__app_label", "codename")
    }


def test_nobody_can_be_given_the_right_to_change_or_delete_log_entries():
    assert not Permission.objects.filter(
        content_type__app_label="moderation",
        codename__in=["add_moderationlog", "change_moderationlog", "delete_moderationlog"],
    ).exists()


def test_syncing_the_roles_again_changes_nothing_and_restores_lost_groups():
    before = perms(MODERATORS), perms(ADMINISTRATORS)
    roles_sync()
    assert (perms(MODERATORS), perms(ADMINISTRATORS)) == before
    Group.objects.filter(name=MODERATORS).delete()
    roles_sync()
    assert perms(MODERATORS) == before[0]


def test_the_moderator_fixture_is_in_the_moderators_group(moderator):
    assert moderator.groups.filter(name=MODERATORS).exists()
    assert moderator.has_perm("moderation.hide_content")
    assert not moderator.has_perm("questions.delete_question")


# Who reaches the admin --------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["patient", "doctor", "pending_doctor"])
def test_patients_and_doctors_never_reach_the_admin(who, request, client_as):
    user = request.getfixturevalue(who)
    user = getattr(user, "user", user)
    client = client_as(user)
    for url in ["/admin/", "/admin/moderation/flag/", "/admin/moderation/moderationlog/", "/admin/questions/answer/"]:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/admin/login/")


def test_a_moderator_reaches_the_console_but_not_users_groups_or_new_disclaimers(client_as, moderator):
    client = client_as(moderator)
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/moderation/flag/").status_code == 200
    assert client.get("/admin/moderation/moderationlog/").status_code == 200
    assert client.get("/admin/auth/group/").status_code == 403
    assert client.get("/admin/questions/disclaimerversion/add/").status_code == 403
    user = UserFactory()
    # Looking a user up is allowed; changing one is not (the page is read-only).
    page = client.get(f"/admin/accounts/user/{user.pk}/change/")
    assert page.status_code == 200
    assert 'name="_save"' not in page.text
    assert client.post(f"/admin/accounts/user/{user.pk}/change/", {"handle": "renamed"}).status_code == 403


def test_a_moderator_never_sees_the_delete_action(client_as, moderator):
    AnswerFactory()  # the actions menu shows only above rows
    client = client_as(moderator)
    for url in ["/admin/questions/question/", "/admin/questions/answer/", "/admin/doctors/doctorprofile/"]:
        page = client.get(url)
        assert page.status_code == 200, url
        assert 'value="delete_selected"' not in page.text, url


def test_an_administrator_may_delete(client_as):
    administrator = UserFactory(is_staff=True)
    administrator.groups.add(Group.objects.get(name=ADMINISTRATORS))
    QuestionFactory()
    page = client_as(administrator).get("/admin/questions/question/")
    assert page.status_code == 200
    assert 'value="delete_selected"' in page.text


def test_the_data_migrations_grant_what_the_live_rules_grant():
    """The migrations hold snapshots of moderation.roles; on today's models they must agree."""
    import importlib
    from types import SimpleNamespace

    from django.db import connection
    from django.db.migrations.loader import MigrationLoader

    historical_apps = MigrationLoader(connection).project_state().apps
    expected = perms(MODERATORS), perms(ADMINISTRATORS)
    Group.objects.filter(name__in=[MODERATORS, ADMINISTRATORS]).delete()
    schema_editor = SimpleNamespace(connection=connection)
    importlib.import_module("moderation.migrations.0003_staff_roles").create_roles(historical_apps, schema_editor)
    importlib.import_module("moderation.migrations.0005_moderators_suspend_members").grant_suspension(
        historical_apps, schema_editor
    )
    importlib.import_module("privacy.migrations.0002_moderators_export_member_data").grant_data_export(
        historical_apps, schema_editor
    )
    importlib.import_module("policies.migrations.0003_moderators_handle_concerns").grant_concerns(
        historical_apps, schema_editor
    )
    importlib.import_module("moderation.migrations.0009_moderators_decide_appeals").grant_appeals(
        historical_apps, schema_editor
    )
    importlib.import_module(
        "consultations.migrations.0002_moderators_read_reported_conversations"
    ).grant_reported_conversations(historical_apps, schema_editor)
    assert (perms(MODERATORS), perms(ADMINISTRATORS)) == expected
