from django.db import migrations

DOCTOR_ATTESTATION_V1 = (
    "I confirm that the patient in these photos gave written consent for them to be published on Candid, "
    "that the signed consent is kept in their records at my practice, that they may withdraw it at any "
    "time, and that the photos do not show anything that identifies them beyond what they agreed to."
)
PATIENT_SELF_V1 = (
    "I confirm that these are photos of me, that I took them or have the right to share them, and that I "
    "agree to their publication on Candid. I understand I can ask for them to be removed at any time."
)


def create_version_1(apps, schema_editor):
    ConsentTextVersion = apps.get_model("photos", "ConsentTextVersion")
    for kind, text in (("doctor_attestation", DOCTOR_ATTESTATION_V1), ("patient_self", PATIENT_SELF_V1)):
        ConsentTextVersion.objects.get_or_create(kind=kind, number=1, defaults={"text": text})


class Migration(migrations.Migration):
    dependencies = [("photos", "0001_cases_images_consent")]

    operations = [migrations.RunPython(create_version_1, migrations.RunPython.noop)]
