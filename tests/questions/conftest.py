import importlib

import pytest

from questions.services import answer_create, question_create
from tests.factories import DoctorProfileFactory, TreatmentFactory

BODY = "I had lip filler two weeks ago and the left side is still more swollen than the right. Is that normal?"
ANSWER = (
    "Uneven swelling in the first two to four weeks after filler is common and usually settles by itself. "
    "If the area becomes painful, hot, red or changes colour, see your injector the same day."
)


def disclaimer_version_1():
    """Disclaimer v1 as its data migration creates it.

    Browser journeys (transactional tests) flush the database when they finish, which also removes rows
    that data migrations created; whatever runs after them gets v1 back from here.
    """
    from questions.models import DisclaimerTranslation, DisclaimerVersion

    migration = importlib.import_module("questions.migrations.0002_disclaimer_version_1")
    version = DisclaimerVersion.objects.get_or_create(number=1, defaults={"text": migration.VERSION_1})[0]
    spanish = importlib.import_module("questions.migrations.0011_disclaimer_translations").VERSION_1_ES
    DisclaimerTranslation.objects.get_or_create(version=version, language="es", defaults={"text": spanish})
    return version


@pytest.fixture(autouse=True)
def _disclaimer_version_1(db):
    return disclaimer_version_1()


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    # Many users per test: the production hasher's deliberate slowness adds nothing here.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def filler(db):
    return TreatmentFactory(name="Lip filler", slug="lip-filler")


@pytest.fixture
def question(patient, treatment):
    return question_create(
        author=patient,
        title="How long does swelling last after Botox?",
        body=BODY,
        treatments=[treatment],
        age_range="25_34",
        city="Austin",
    )


@pytest.fixture
def answer(question, doctor):
    return answer_create(doctor=doctor, question=question, body=ANSWER)


@pytest.fixture
def make_answers(question):
    """`make_answers(n)` adds n answers from n different verified doctors."""

    def make(n: int) -> list:
        return [
            answer_create(doctor=DoctorProfileFactory(), question=question, body=f"{ANSWER} ({i})") for i in range(n)
        ]

    return make
