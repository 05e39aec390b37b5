"""Give the Moderators (and Administrators) group the permissions to read reported consultation
conversations in the admin (the admin lists no other conversation).

Migrations never import app code: this repeats the one rule of moderation/roles.py it applies.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CODENAMES = ("view_consultationrequest", "view_consultationmessage")


def grant_reported_conversations(apps, schema_editor):
    using = schema_editor.connection.alias
    # The permissions of 0001 are normally created after `migrate` finishes; create them now.
    app_config = apps.get_app_config("consultations")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0, using=using)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.using(using).filter(
        content_type__app_label="consultations", codename__in=CODENAMES
    )
    for name in ("Moderators", "Administrators"):
        group = Group.objects.using(using).filter(name=name).first()
        if group is not None:
            group.permissions.add(*permissions)


class Migration(migrations.Migration):
    # No dependency on moderation: naming it would run moderation 0003 (which gives the administrators
    # every permission existing at that moment) ahead of apps migrated later in the plan. On a fresh
    # database the groups do not exist yet here and this grants nothing: 0003 then gives the
    # administrators these permissions, and `moderation.roles.roles_sync` the moderators.
    dependencies = [
        ("consultations", "0001_consultation_requests"),
    ]

    operations = [migrations.RunPython(grant_reported_conversations, migrations.RunPython.noop)]
