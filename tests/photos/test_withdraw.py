"""A member withdraws a before/after case they posted (photos.services.photo_case_withdraw)."""

import pytest
from django.core.exceptions import PermissionDenied

from photos.models import BeforeAfterPhoto
from photos.services import photo_case_withdraw

pytestmark = pytest.mark.django_db


def test_the_uploader_withdraws_a_published_case(make_case, doctor):
    case = make_case()
    assert BeforeAfterPhoto.objects.public().filter(pk=case.pk).exists()
    photo_case_withdraw(case=case, user=doctor.user)
    case.refresh_from_db()
    assert case.is_hidden
    assert not BeforeAfterPhoto.objects.public().filter(pk=case.pk).exists()
    assert all(image.withheld for image in case.images.all())


def test_nobody_else_withdraws_it(make_case, patient):
    case = make_case()
    with pytest.raises(PermissionDenied):
        photo_case_withdraw(case=case, user=patient)
    case.refresh_from_db()
    assert not case.is_hidden
