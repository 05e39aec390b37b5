from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("treatments", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="treatment",
            name="synonyms",
            field=models.CharField(
                blank=True,
                help_text='Other names patients search for, comma-separated: "tox, neurotoxin, wrinkle relaxer".',
                max_length=300,
            ),
        ),
    ]
