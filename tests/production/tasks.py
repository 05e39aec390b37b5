"""A task for the worker test: its effect (a renamed treatment) is visible to every process."""

from django.tasks import task

from treatments.models import Treatment


@task
def treatment_rename(*, slug: str, name: str) -> int:
    return Treatment.objects.filter(slug=slug).update(name=name)
