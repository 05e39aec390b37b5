"""pg_trgm on PostgreSQL (nothing elsewhere): the site search (pages/search.py) finds doctors whose
name is spelt a little differently ("ruis" finds Ana Ruiz)."""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("treatments", "0003_demo_treatment_synonyms"),
    ]

    operations = [TrigramExtension()]
