import os
from pathlib import Path

import pytest
from django.conf import settings

from imaging.forms import ImageUploadField


def _files_under(root) -> list[str]:
    root = Path(root)
    if not root.exists():
        return []
    return sorted(str(Path(dirpath, name).relative_to(root)) for dirpath, _, names in os.walk(root) for name in names)


@pytest.fixture
def stored_files():
    """`stored_files()` -> (public files, private files) currently in storage, as relative paths."""

    def list_files() -> tuple[list[str], list[str]]:
        return _files_under(settings.MEDIA_ROOT), _files_under(settings.STORAGES["private"]["OPTIONS"]["location"])

    return list_files


@pytest.fixture
def prepare():
    """`prepare(upload)` runs the pipeline the way every form does (ImageUploadField)."""
    field = ImageUploadField()
    return field.clean
