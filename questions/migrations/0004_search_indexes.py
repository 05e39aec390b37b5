"""GIN indexes for full-text search, on PostgreSQL only (SQLite searches with LIKE and has no GIN).

The indexed expressions are exactly those `questions.search` queries with (`question_vector()`,
`answer_vector()`), built here with the same Django expressions so the SQL matches and PostgreSQL
uses the indexes. They are written out rather than imported: migrations never import app code.
"""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations

CONFIG = "english"


def _indexes():
    question = GinIndex(
        SearchVector("title", weight="A", config=CONFIG) + SearchVector("body", weight="B", config=CONFIG),
        name="question_search",
    )
    answer = GinIndex(SearchVector("body", config=CONFIG), name="answer_search")
    return [("Question", question), ("Answer", answer)]


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for model_name, index in _indexes():
        schema_editor.add_index(apps.get_model("questions", model_name), index)


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for model_name, index in _indexes():
        schema_editor.remove_index(apps.get_model("questions", model_name), index)


class Migration(migrations.Migration):
    dependencies = [("questions", "0003_answer_edited_at")]

    operations = [migrations.RunPython(create_indexes, drop_indexes, elidable=False)]
