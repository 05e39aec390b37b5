import pytest


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    # Review tests create many authors; the production hasher is deliberately slow.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


# A review page shows the review's photo cases: the photos tests' helpers (and their consent texts).
from tests.photos.conftest import _consent_texts_version_1, prepare  # noqa: E402, F401
