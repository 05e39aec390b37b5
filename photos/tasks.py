"""Background work for photos: the derivatives are made outside the upload request."""

from django.tasks import task

from photos.services import photo_case_process


@task
def case_derivatives_make(case_id: int) -> None:
    """Make the public derivatives of every image of a case, then mark the case ready."""
    photo_case_process(case_id=case_id)
