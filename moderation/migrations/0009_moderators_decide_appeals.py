"""Give the Moderators group the permissions to see and decide appeals, and Administrators all of them.

Migrations never import app code: this repeats the rules of moderation/roles.py it applies.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODERATOR_CODENAMES = ("view_appeal", "change_appeal")
ADMINISTRATOR_CODENAMES = ("add_appeal", "change_appeal", "delete_appeal", "view_appeal")


def grant_appeals(apps, schema_editor):
    using = schema_editor.connection.alias
    # The permissions of 0006 are normally created after `migrate` finishes; create them now.
    app_config = apps.get_app_config("moderation")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0, using=using)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in (("Moderators", MODERATOR_CODENAMES), ("Administrators", ADMINISTRATOR_CODENAMES)):
        group = Group.objects.using(using).filter(name=name).first()
        if group is not None:
            group.permissions.add(
                *Permission.objects.using(using).filter(content_type__app_label="moderation", codename__in=codenames)
            )


class Migration(migrations.Migration):
    dependencies = [
        ("moderation", "0008_appeals"),
    ]

    operations = [migrations.RunPython(grant_appeals, migrations.RunPython.noop)]
