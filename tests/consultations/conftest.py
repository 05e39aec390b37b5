import pytest

from consultations.services import consultation_request_create


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


WISH = "I'm thinking about Botox for forehead lines before a wedding in June. Is that enough time?"


@pytest.fixture
def consultation(patient, doctor):
    return consultation_request_create(patient=patient, doctor=doctor, message=WISH, timing="month")
