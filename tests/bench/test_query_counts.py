"""Every public page runs the same number of SQL queries with one row as with many, and at most ten.

One sweep over the whole site, for an anonymous visitor and a logged-in patient: the pages are
rendered (the page cache is off), with a small world and again after it grew. The apps' own tests
pin exact numbers; this one guards the rule the benchmark depends on.
"""

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from questions.services import answer_create, answer_helpful_toggle, question_create
from tests.factories import DoctorProfileFactory, ReviewFactory, TreatmentFactory, UserFactory

pytestmark = pytest.mark.django_db

MAX_QUERIES = 10
BODY = "I had lip filler two weeks ago and the left side is still more swollen than the right. Is that normal?"
ANSWER = (
    "Uneven swelling in the first two to four weeks after filler is common and usually settles by itself. "
    "If the area becomes painful, hot, red or changes colour, see your injector the same day."
)


@pytest.fixture(autouse=True)
def _setup(settings):
    settings.PAGE_CACHE_SECONDS = 0
    # Many users per test: the production hasher's deliberate slowness adds nothing here.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


class World:
    """A site that can grow: questions with answers and votes, reviews with doctors, on one treatment."""

    def __init__(self, treatment, doctor):
        self.treatment, self.doctor = treatment, doctor
        self.others = TreatmentFactory.create_batch(2)
        self.question = None
        self.review = None

    def grow(self, n: int) -> None:
        for i in range(n):
            author = UserFactory()
            question = question_create(
                author=author,
                title=f"Is swelling after filler number {i} normal?",
                body=BODY,
                treatments=[self.treatment, self.others[i % 2]],
            )
            self.question = self.question or question
            doctors = [self.doctor, *DoctorProfileFactory.create_batch(2)] if i == 0 else [self.doctor]
            for doctor in doctors:
                answer = answer_create(doctor=doctor, question=question, body=ANSWER)
                answer_helpful_toggle(answer=answer, user=UserFactory())
            # The first question collects answers too, so its page grows with the world.
            if i:
                answer_create(doctor=DoctorProfileFactory(), question=self.question, body=ANSWER)
            review = ReviewFactory(
                treatment=self.treatment, doctor=self.doctor, rating=1 + i % 5, cost_amount=Decimal(300 + 50 * i)
            )
            self.review = self.review or review

    def pages(self) -> dict[str, str]:
        return {
            "home": reverse("core:home"),
            "question list": reverse("questions:list"),
            "question page": self.question.get_absolute_url(),
            "search": reverse("core:search") + "?q=swelling",
            "treatment list": reverse("treatments:list"),
            "treatment page": self.treatment.get_absolute_url(),
            "doctor directory": reverse("doctors:directory"),
            "doctor profile": self.doctor.get_absolute_url(),
            "review list": reverse("reviews:list"),
            "review page": self.review.get_absolute_url(),
            "photo gallery": reverse("photos:gallery"),
        }


def _queries(client, url: str) -> int:
    """The page's queries with nothing cached: the worst case, the same on every run."""
    from django.core.cache import cache

    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, f"{url}: HTTP {response.status_code}"
    return len(queries)


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("visitor", ["anonymous", "patient"])
def test_every_public_page_runs_the_same_queries_for_one_row_and_many(
    client, client_as, patient, treatment, doctor, visitor, language
):
    from core.i18n import path_in_language
    from treatments.models import TreatmentTranslation

    # In Spanish, under /es/, with the treatment's name and overview translated.
    TreatmentTranslation.objects.create(treatment=treatment, language="es", name="Relleno de labios")
    browser = client_as(patient) if visitor == "patient" else client
    world = World(treatment, doctor)
    world.grow(1)
    small = {name: _queries(browser, path_in_language(url, language)) for name, url in world.pages().items()}
    world.grow(12)
    large = {name: _queries(browser, path_in_language(url, language)) for name, url in world.pages().items()}
    assert large == small
    assert max(large.values()) <= MAX_QUERIES, large
