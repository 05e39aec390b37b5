from django.db import migrations

VERSION_1 = (
    "The information in {doctor}'s answer is for educational purposes only and is not medical advice. "
    "It is based only on what was written in the question, without an examination, and does not create "
    "a doctor-patient relationship. Talk to a qualified clinician who can examine you before deciding on "
    "any treatment."
)


def create_version_1(apps, schema_editor):
    DisclaimerVersion = apps.get_model("questions", "DisclaimerVersion")
    DisclaimerVersion.objects.get_or_create(number=1, defaults={"text": VERSION_1})


class Migration(migrations.Migration):
    dependencies = [("questions", "0001_initial")]

    operations = [migrations.RunPython(create_version_1, migrations.RunPython.noop)]
