"""The two staff roles, as groups with exact permissions.

- **Moderators** see and change content and doctors (questions, answers, reviews, photos, doctor
  profiles), verify doctors, hide and restore content, resolve flags, approve photos and suspend
  members (and lift suspensions). They never delete anything, never change disclaimer versions,
  users' details or groups.
- **Administrators** may do everything, including deleting, publishing disclaimer versions and
  managing users and groups.

Migration `moderation.0003_staff_roles` creates the groups on a fresh database. Apps whose models
arrive later (and a test database flushed between tests) are covered by `roles_sync`, which runs
after every `migrate`/flush and only ever adds what is missing.
"""

from django.apps import apps as global_apps
from django.db import DEFAULT_DB_ALIAS

MODERATORS = "Moderators"
ADMINISTRATORS = "Administrators"

# Apps whose content moderators look after. Moderators get: view on every model, change on the
# content itself (models with `hidden_at`, i.e. moderation.models.Hideable) and each app's own custom
# permissions (e.g. doctors.verify_doctorprofile); never add or delete.
MODERATED_APPS = ("questions", "doctors", "reviews", "photos")
MODERATOR_EXTRA_PERMISSIONS = {
    "moderation.view_flag",
    "moderation.change_flag",
    "moderation.view_moderationlog",
    "moderation.view_appeal",
    "moderation.change_appeal",
    "moderation.hide_content",
    "moderation.approve_photos",
    "moderation.suspend_members",
    # Answering a data request from someone who cannot log in (privacy: the member admin's export action,
    # and the list of the exports they made, each visible to its moderator only).
    "privacy.export_member_data",
    "privacy.view_dataexport",
    # Seeing who posted what (links and autocompletes in the admin); changing users is for administrators.
    "accounts.view_user",
    "treatments.view_treatment",
    # Concerns sent through /contact/: moderators work through them; policy versions are for administrators.
    "policies.view_concernreport",
    "policies.change_concernreport",
    "policies.view_policyversion",
    # Consultation conversations are private: moderators read the reported ones (the admin lists no other).
    "consultations.view_consultationrequest",
    "consultations.view_consultationmessage",
}
_DEFAULT_ACTIONS = ("add_", "change_", "delete_", "view_")


def is_moderator_permission(app_label: str, codename: str, model_is_content: bool) -> bool:
    """Whether moderators hold `app_label.codename`; `model_is_content`: its model has `hidden_at`."""
    if f"{app_label}.{codename}" in MODERATOR_EXTRA_PERMISSIONS:
        return True
    if app_label not in MODERATED_APPS:
        return False
    if codename.startswith("view_") or not codename.startswith(_DEFAULT_ACTIONS):
        return True
    return codename.startswith("change_") and model_is_content


def _is_content(apps, app_label: str, model_name: str) -> bool:
    try:
        model = apps.get_model(app_label, model_name)
    except LookupError:
        return False
    return any(field.name == "hidden_at" for field in model._meta.get_fields())


def roles_sync(*, apps=global_apps, using: str = DEFAULT_DB_ALIAS) -> None:
    """Create the role groups if missing and give them any permission of theirs they lack.

    Only adds: a permission an administrator removed by hand from a group stays removed until the
    next model with that kind of permission appears.
    """
    try:
        Group = apps.get_model("auth", "Group")
        Permission = apps.get_model("auth", "Permission")
    except LookupError:
        return
    rows = list(
        Permission.objects.using(using).values_list("pk", "content_type__app_label", "content_type__model", "codename")
    )
    wanted = {
        MODERATORS: {
            pk
            for pk, app, model, codename in rows
            if is_moderator_permission(app, codename, _is_content(apps, app, model))
        },
        ADMINISTRATORS: {pk for pk, *_ in rows},
    }
    for name, permission_ids in wanted.items():
        group, _ = Group.objects.using(using).get_or_create(name=name)
        current = set(group.permissions.values_list("pk", flat=True))
        if missing := permission_ids - current:
            group.permissions.add(*missing)


def roles_sync_after_migrate(sender, using: str = DEFAULT_DB_ALIAS, apps=global_apps, **kwargs) -> None:
    """post_migrate receiver (connected for the moderation app, the last one: every permission exists)."""
    roles_sync(apps=apps, using=using)
