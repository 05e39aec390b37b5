from django.db import migrations
from django.db.models import F


def submitted_when_created(apps, schema_editor):
    # Profiles from before re-applications existed were submitted when they were created.
    DoctorProfile = apps.get_model("doctors", "DoctorProfile")
    DoctorProfile.objects.update(submitted_at=F("created_at"))


class Migration(migrations.Migration):
    dependencies = [
        ("doctors", "0002_verification_decisions"),
    ]

    operations = [
        migrations.RunPython(submitted_when_created, migrations.RunPython.noop),
    ]
