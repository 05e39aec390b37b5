"""PostgreSQL keeps `search_vector` up to date with triggers, and searches it through GIN indexes.

Stored vectors replace the expression indexes of 0004: ranking and re-checking matches then read a
column instead of parsing every matching title, body and answer again, which is what made searches
for common words slow on large tables. A BEFORE trigger fills the column on every insert and on
every update of the text (bulk_create and queryset.update() included), so no Python code has to.
SQLite has no full-text search here: the column stays empty and nothing runs.
"""

from django.db import migrations

TRIGGERS = {
    "questions_question": (
        "setweight(to_tsvector('english', coalesce(NEW.title, '')), 'A') || "
        "setweight(to_tsvector('english', coalesce(NEW.body, '')), 'B')",
        "title, body",
    ),
    "questions_answer": ("to_tsvector('english', coalesce(NEW.body, ''))", "body"),
}


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("DROP INDEX IF EXISTS question_search")
    schema_editor.execute("DROP INDEX IF EXISTS answer_search")
    for table, (vector, columns) in TRIGGERS.items():
        schema_editor.execute(
            f"""
            CREATE FUNCTION {table}_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                NEW.search_vector := {vector};
                RETURN NEW;
            END
            $$
            """
        )
        # "OF ..., search_vector": a write that sets the column by hand is corrected too.
        schema_editor.execute(
            f"CREATE TRIGGER {table}_search_vector BEFORE INSERT OR UPDATE OF {columns}, search_vector "
            f"ON {table} FOR EACH ROW EXECUTE FUNCTION {table}_search_vector()"
        )
        schema_editor.execute(f"UPDATE {table} SET search_vector = NULL")
        schema_editor.execute(f"CREATE INDEX {table}_search ON {table} USING gin (search_vector)")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in TRIGGERS:
        schema_editor.execute(f"DROP INDEX IF EXISTS {table}_search")
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_search_vector ON {table}")
        schema_editor.execute(f"DROP FUNCTION IF EXISTS {table}_search_vector()")
    # Back to 0004's expression indexes.
    schema_editor.execute(
        "CREATE INDEX question_search ON questions_question USING gin ((setweight(to_tsvector('english'::regconfig, "
        "(COALESCE(title, ''::character varying))::text), 'A'::\"char\") || setweight(to_tsvector('english'::regconfig, "
        "COALESCE(body, ''::text)), 'B'::\"char\")))"
    )
    schema_editor.execute(
        "CREATE INDEX answer_search ON questions_answer USING gin (to_tsvector('english'::regconfig, COALESCE(body, ''::text)))"
    )


class Migration(migrations.Migration):
    dependencies = [("questions", "0005_search_vectors")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
