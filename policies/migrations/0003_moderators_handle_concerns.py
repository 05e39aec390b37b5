"""Give the Moderators group what it needs to work through concerns sent to /contact/ (see them,
set their status and notes) and to read policy versions; writing versions stays with administrators.

Migrations never import app code: this repeats the rule of moderation/roles.py it applies
(`MODERATOR_EXTRA_PERMISSIONS`). It runs after moderation's own migration that sets the groups'
permissions, which would otherwise replace these.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODERATOR_PERMISSIONS = ("view_concernreport", "change_concernreport", "view_policyversion")


def grant_concerns(apps, schema_editor):
    using = schema_editor.connection.alias
    # The permissions of 0001 are normally created after `migrate` finishes; create them now.
    app_config = apps.get_app_config("policies")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0, using=using)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = list(
        Permission.objects.using(using).filter(content_type__app_label="policies", codename__in=MODERATOR_PERMISSIONS)
    )
    moderators = Group.objects.using(using).filter(name="Moderators").first()
    if moderators is not None:
        moderators.permissions.add(*permissions)
    administrators = Group.objects.using(using).filter(name="Administrators").first()
    if administrators is not None:
        administrators.permissions.add(*Permission.objects.using(using).filter(content_type__app_label="policies"))


class Migration(migrations.Migration):
    dependencies = [
        ("policies", "0002_first_versions"),
        ("moderation", "0005_moderators_suspend_members"),
    ]

    operations = [migrations.RunPython(grant_concerns, migrations.RunPython.noop)]
