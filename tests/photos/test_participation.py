"""The participation gate on photos: an unconfirmed or suspended account adds no photos to its review and
posts no cases, with the reason, and "My photos" shows the reason instead of the button."""

from html import unescape

import pytest
from django.urls import reverse

from photos.models import BeforeAfterPhoto
from tests.factories import DoctorProfileFactory, ReviewFactory, UserFactory
from tests.photos.test_views import upload_data

pytestmark = pytest.mark.django_db


def test_a_barred_patient_cannot_add_photos_to_their_review(client_as, barring, treatment):
    bar, words = barring
    member = UserFactory()
    review = ReviewFactory(author=member, treatment=treatment)  # written while they still could
    bar(member)
    client = client_as(member)
    url = reverse("photos:review_new", args=[review.pk])
    for response in (client.get(url), client.post(url, upload_data(treatment, consent_reference=None))):
        assert response.status_code == 403
        assert words in unescape(response.text)
    assert not BeforeAfterPhoto.objects.exists()
    assert url not in client.get(review.get_absolute_url()).text


def test_a_barred_verified_doctor_cannot_post_a_case(client_as, barred, treatment):
    member, words = barred
    DoctorProfileFactory(user=member)
    client = client_as(member)
    for response in (client.get(reverse("photos:new")), client.post(reverse("photos:new"), upload_data(treatment))):
        assert response.status_code == 403
        assert words in unescape(response.text)
    assert not BeforeAfterPhoto.objects.exists()
    mine = unescape(client.get(reverse("photos:mine")).text)
    assert reverse("photos:new") not in mine
    assert words in mine


def test_a_barred_doctor_cannot_edit_their_profile(client_as, barred):
    member, words = barred
    DoctorProfileFactory(user=member)
    response = client_as(member).get(reverse("doctors:profile_edit"))
    assert response.status_code == 403
    assert words in unescape(response.text)
