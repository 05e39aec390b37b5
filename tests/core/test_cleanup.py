"""django-cleanup without its per-read cost (core/cleanup.py): no handler runs as rows are built, and a
replaced file is still removed once the save commits."""

from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.db.models.signals import post_init

from doctors.models import DoctorProfile
from tests.factories import DoctorProfileFactory

pytestmark = pytest.mark.django_db(transaction=True)


def test_building_a_doctors_row_runs_no_cleanup_handler():
    assert not post_init.has_listeners(DoctorProfile)


def _pdf(pages: int) -> bytes:
    import io

    import pikepdf

    out = io.BytesIO()
    with pikepdf.new() as pdf:
        for _ in range(pages):
            pdf.add_blank_page(page_size=(300, 300))
        pdf.save(out)
    return out.getvalue()


def test_a_replaced_file_is_removed_after_the_save(tmp_path):
    doctor = DoctorProfileFactory()
    doctor.licence_document.save("first.pdf", ContentFile(_pdf(1)), save=True)
    old = Path(doctor.licence_document.path)
    assert old.exists()

    fresh = DoctorProfile.objects.get(pk=doctor.pk)  # built from the database: nothing remembered
    fresh.licence_document.save("second.pdf", ContentFile(_pdf(2)), save=True)
    assert Path(fresh.licence_document.path).exists()
    assert not old.exists()
