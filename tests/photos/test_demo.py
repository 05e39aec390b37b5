import io

import pytest
from django.core.files.storage import storages
from PIL import Image

from core.demo import DemoContext
from photos import demo
from photos.models import BeforeAfterPhoto
from tests.factories import ReviewFactory, TreatmentFactory

pytestmark = pytest.mark.django_db


def test_demo_cases_are_drawn_and_stored_through_the_pipeline(
    doctor, moderator, patient, stored_files, django_capture_on_commit_callbacks
):
    treatments = [TreatmentFactory(name=name) for name in ("Botox", "Tummy tuck", "Liposuction")]
    ReviewFactory(author=patient, treatment=treatments[0])
    ctx = DemoContext(out=io.StringIO())
    ctx.data.update(treatments=treatments, doctors=[doctor], moderator=moderator)
    with django_capture_on_commit_callbacks(execute=True):
        demo.seed(ctx)

    cases = BeforeAfterPhoto.objects.all()
    assert cases.count() == len(demo.FACE_CASES) + len(demo.BODY_CASES) + 1
    published = BeforeAfterPhoto.objects.public()
    assert published.filter(is_graphic=True).count() == len(demo.BODY_CASES)
    assert published.filter(review__author=patient).count() == 0  # the patient's case waits in the queue
    assert cases.filter(status="pending").count() == 2 and cases.filter(status="rejected").count() == 1
    assert all(case.consent_id for case in cases)
    public, private = stored_files()
    assert len(private) == 2 * (cases.count() - 1)  # the rejected case's files are gone
    assert len(public) == len(private) * 2 * 4  # 320 and 600 px wide, WebP + JPEG, plain + blurred
    image = published.first().images.first()
    with storages["private"].open(image.original.name) as fh:
        assert len(Image.open(fh).getexif()) == 0
