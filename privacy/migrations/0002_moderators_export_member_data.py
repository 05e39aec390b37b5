"""Give the Moderators (and Administrators) group the permissions to export a member's data for a data
request and to list the exports they made.

Migrations never import app code: this repeats the one rule of moderation/roles.py it applies.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CODENAMES = ("export_member_data", "view_dataexport")


def grant_data_export(apps, schema_editor):
    using = schema_editor.connection.alias
    # The permissions of 0001 are normally created after `migrate` finishes; create them now.
    app_config = apps.get_app_config("privacy")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0, using=using)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.using(using).filter(content_type__app_label="privacy", codename__in=CODENAMES)
    for name in ("Moderators", "Administrators"):
        group = Group.objects.using(using).filter(name=name).first()
        if group is not None:
            group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("privacy", "0001_data_exports"),
        ("moderation", "0003_staff_roles"),
    ]

    operations = [migrations.RunPython(grant_data_export, migrations.RunPython.noop)]
