"""Background work for data exports: building the ZIP reads everything a member posted, photos included,
so it never runs inside a request (TASKS: in-process after commit, or a db_worker in production)."""

from django.tasks import task

from privacy.services import data_export_build


@task
def data_export_build_task(export_id: int) -> None:
    """Build the export's ZIP into the private storage, then tell the member (e-mail and notice)."""
    data_export_build(export_id=export_id)
