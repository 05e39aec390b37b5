"""Where a closed member could still be found: every text column of every model, every stored file."""

from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import models

TEXT_FIELDS = (models.CharField, models.TextField, models.JSONField, models.FileField)


def rows_mentioning(values: list[str]) -> list[str]:
    """`app.Model.field #pk` for every row of every installed model whose text (char, text, JSON or
    file-name column) contains one of `values`, in any case."""
    found = []
    for model in apps.get_models():
        if not model._meta.managed or model._meta.proxy:
            continue
        fields = [f for f in model._meta.concrete_fields if isinstance(f, TEXT_FIELDS)]
        for field in fields:
            for value in values:
                lookup = {f"{field.attname}__icontains": value}
                for pk in model._base_manager.filter(**lookup).values_list("pk", flat=True):
                    found.append(f"{model._meta.label}.{field.name} #{pk}")
    return found


def stored_files() -> set[str]:
    """Every file under the public and private media directories, as relative paths."""
    names = set()
    for root in (Path(settings.MEDIA_ROOT), Path(settings.PRIVATE_MEDIA_ROOT)):
        if root.exists():
            names |= {str(path.relative_to(root)) for path in root.rglob("*") if path.is_file()}
    return names
