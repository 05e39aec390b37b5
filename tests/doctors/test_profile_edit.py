"""A verified doctor keeps the public profile current; the licence details stay as verified."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_a_verified_doctor_edits_the_public_profile_but_not_the_licence(client_as, doctor):
    browser = client_as(doctor.user)
    url = reverse("doctors:profile_edit")
    response = browser.post(
        url,
        {
            "practice_name": "New Practice",
            "address": "1 Main St",
            "city": "Dallas",
            "region": "TX",
            "country": "United States",
            "website": "",
            "bio": "New bio.",
            "licence_number": "HACKED",
            "full_name": "Someone Else",
        },
    )
    assert response.status_code == 302
    doctor.refresh_from_db()
    assert doctor.practice_name == "New Practice"
    assert doctor.city == "Dallas"
    assert doctor.licence_number != "HACKED"
    assert doctor.full_name == "Ana Ruiz"


def test_editing_the_profile_with_an_error_keeps_the_input(client_as, doctor):
    response = client_as(doctor.user).post(
        reverse("doctors:profile_edit"), {"practice_name": "Kept Practice", "city": "", "country": "US", "bio": ""}
    )
    assert response.status_code == 200
    assert 'value="Kept Practice"' in response.text
    assert "Please fix" in response.text
