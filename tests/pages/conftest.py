# The treatment hub, a doctor's profile and a review's page show photo cases: the photos tests' way of
# making them (and their consent texts).
from tests.photos.conftest import _consent_texts_version_1, make_case, prepare  # noqa: F401
