"""Create the Moderators and Administrators groups with their exact permissions.

A snapshot of the rules in moderation/roles.py at the time of writing (migrations never import app
code); `moderation.roles.roles_sync` keeps the groups complete as later apps add models.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODERATED_APPS = ("questions", "doctors", "reviews", "photos")
MODERATOR_EXTRA_PERMISSIONS = {
    "moderation.view_flag",
    "moderation.change_flag",
    "moderation.view_moderationlog",
    "moderation.hide_content",
    "moderation.approve_photos",
    "accounts.view_user",
    "treatments.view_treatment",
}
DEFAULT_ACTIONS = ("add_", "change_", "delete_", "view_")


def is_moderator_permission(apps, app_label, model_name, codename):
    """View on every model of the moderated apps, change on content (models with hidden_at), the apps'
    custom permissions, and the extras; never add or delete."""
    if f"{app_label}.{codename}" in MODERATOR_EXTRA_PERMISSIONS:
        return True
    if app_label not in MODERATED_APPS:
        return False
    if codename.startswith("view_") or not codename.startswith(DEFAULT_ACTIONS):
        return True
    if not codename.startswith("change_"):
        return False
    try:
        model = apps.get_model(app_label, model_name)
    except LookupError:
        return False
    return any(field.name == "hidden_at" for field in model._meta.get_fields())


def create_roles(apps, schema_editor):
    using = schema_editor.connection.alias
    # Permissions are normally created after `migrate` finishes; create them now so the groups can
    # refer to them on a fresh database.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0, using=using)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    rows = list(
        Permission.objects.using(using).values_list("pk", "content_type__app_label", "content_type__model", "codename")
    )
    moderators, _ = Group.objects.using(using).get_or_create(name="Moderators")
    moderators.permissions.set([pk for pk, app, model, codename in rows if is_moderator_permission(apps, app, model, codename)])
    administrators, _ = Group.objects.using(using).get_or_create(name="Administrators")
    administrators.permissions.set([pk for pk, *_ in rows])


class Migration(migrations.Migration):

    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("accounts", "0001_initial"),
        ("treatments", "0001_initial"),
        # The content models (and their custom permissions) the groups are given rights on.
        ("doctors", "0002_verification_decisions"),
        ("questions", "0002_disclaimer_version_1"),
        ("reviews", "0001_reviews"),
        ("photos", "0001_cases_images_consent"),
        ("moderation", "0002_flags_and_moderator_permissions"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
