"""Give the Moderators group the new permission to suspend members and lift suspensions.

Migrations never import app code: this repeats the one rule of moderation/roles.py it applies.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def grant_suspension(apps, schema_editor):
    using = schema_editor.connection.alias
    # The permission of 0004 is normally created after `migrate` finishes; create it now.
    app_config = apps.get_app_config("moderation")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0, using=using)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.using(using).get(content_type__app_label="moderation", codename="suspend_members")
    for name in ("Moderators", "Administrators"):
        group = Group.objects.using(using).filter(name=name).first()
        if group is not None:
            group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("moderation", "0004_member_suspensions"),
    ]

    operations = [migrations.RunPython(grant_suspension, migrations.RunPython.noop)]
