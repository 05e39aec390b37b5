"""The treatments list carries what people compare: worth-it share, typical cost, number of reviews."""

import re
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from moderation.services import content_hide
from reviews.selectors import catalogue_figures
from tests.factories import ReviewFactory, TreatmentFactory

pytestmark = pytest.mark.django_db


def test_each_treatment_shows_its_share_typical_cost_and_reviews(client):
    botox = TreatmentFactory(name="Botox", slug="botox", category="injectables")
    TreatmentFactory(name="Lip flip", slug="lip-flip", category="injectables")
    for cost, verdict in [(300, "worth_it"), (100, "worth_it"), (200, "not_sure")]:
        ReviewFactory(treatment=botox, cost_amount=Decimal(cost), verdict=verdict)
    ReviewFactory(treatment=botox, cost_amount=Decimal(900), cost_currency="EUR", verdict="not_worth_it")

    page = re.sub(r"<[^>]+>", "", client.get("/treatments/").content.decode())
    assert "50% worth it · typical $200 · 4 reviews" in page  # the median of the dollar costs only
    assert "No reviews yet" in page  # the lip flip


def test_a_new_review_moves_the_figures(client):
    botox = TreatmentFactory(name="Botox", slug="botox")
    ReviewFactory(treatment=botox, verdict="worth_it")
    assert catalogue_figures()[botox.pk].review_count == 1
    ReviewFactory(treatment=botox, verdict="not_worth_it")
    figures = catalogue_figures()[botox.pk]
    assert (figures.review_count, figures.worth_it_percent) == (2, 50)


def test_the_list_runs_the_same_queries_for_few_and_many_treatments(client, settings):
    settings.PAGE_CACHE_SECONDS = 0

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/treatments/").status_code == 200
        return len(queries)

    ReviewFactory(treatment=TreatmentFactory())
    few = count()
    for _ in range(12):
        ReviewFactory(treatment=TreatmentFactory(), cost_amount=Decimal(500))
    assert count() == few


def test_a_treatment_with_published_photos_shows_its_latest_after_image(client, make_case, moderator):
    """The card's photo is a derivative of the latest published, non-graphic case's after image; never an
    original, a graphic case or a case the moderators hid; a treatment without photos shows none."""
    botox = TreatmentFactory(name="Botox", slug="botox", category="injectables")
    TreatmentFactory(name="Lip flip", slug="lip-flip", category="injectables")
    older = make_case(treatments=[botox], seed=2)
    latest = make_case(treatments=[botox], seed=4)
    make_case(treatments=[botox], graphic=True, seed=6)

    def card(name: str) -> str:
        page = client.get("/treatments/").content.decode()
        return next(c for c in page.split('<div class="card h-100 treatment-card">')[1:] if f">{name}</a>" in c)

    after = latest.images.get(role="after")
    shown = set(re.findall(r"/media/[\w/.-]+", card("Botox")))
    assert shown and shown <= {f"/media/{r[fmt]}" for r in after.renditions for fmt in ("webp", "jpeg")}
    assert after.original.name not in card("Botox")
    assert "treatment-card-photo" not in card("Lip flip")

    content_hide(actor=moderator, target=latest, reason="The face is recognisable")
    older_after = older.images.get(role="after")
    shown = set(re.findall(r"/media/[\w/.-]+", card("Botox")))
    assert shown and shown <= {f"/media/{r[fmt]}" for r in older_after.renditions for fmt in ("webp", "jpeg")}
