"""Review cards on the review list and on a doctor's profile: the verdict, the doctor (linked), and a
before/after thumbnail when the review has published photos: only approved, public derivatives."""

import re
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from moderation.services import content_hide
from tests.factories import ReviewFactory, TreatmentFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 0
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def _card(html: str, title: str) -> str:
    cards = re.findall(r'<article class="card review-card.*?</article>', html, flags=re.S)
    [card] = [card for card in cards if title in card]
    return card


def _media(html: str) -> set[str]:
    return set(re.findall(r"/media/[\w/.-]+", html))


def _derivatives(case, *, blurred: bool) -> set[str]:
    prefix = "blurred_" if blurred else ""
    return {
        f"/media/{r[prefix + fmt]}" for image in case.images.all() for r in image.renditions for fmt in ("webp", "jpeg")
    }


@pytest.fixture
def botox(db):
    return TreatmentFactory(name="Botox", slug="botox")


@pytest.fixture
def reviewed(patient, doctor, botox):
    return ReviewFactory(
        author=patient,
        doctor=doctor,
        treatment=botox,
        verdict="not_sure",
        title="Softer frown lines, heavier brows",
        cost_amount=Decimal("420"),
    )


def test_a_card_shows_the_verdict_the_linked_doctor_and_a_thumbnail_of_its_published_photos(
    client, patient, reviewed, doctor, make_case
):
    case = make_case(uploader=patient, review=reviewed)

    card = _card(client.get(reverse("reviews:list")).text, reviewed.title)

    assert '<span class="badge verdict verdict-not-sure">Not sure</span>' in card
    assert f'<a href="{doctor.get_absolute_url()}">Dr. Ana Ruiz</a>' in card
    assert f'<a class="review-card-photos text-decoration-none" href="{case.get_absolute_url()}">' in card
    shown = _media(card)
    assert shown and shown <= _derivatives(case, blurred=False), "derivatives only, never the original"
    assert all(image.original.name not in card for image in case.images.all())
    assert "Before/after" in card


def test_no_thumbnail_for_a_pending_or_a_hidden_case(client, patient, other_patient, botox, make_case, moderator):
    waiting = ReviewFactory(author=patient, treatment=botox, title="Waiting for the moderators")
    make_case(uploader=patient, review=waiting, approve=False)
    withdrawn = ReviewFactory(author=other_patient, treatment=botox, title="A case the moderators hid")
    hidden = make_case(uploader=other_patient, review=withdrawn, seed=4)
    content_hide(actor=moderator, target=hidden, reason="The face is recognisable")

    html = client.get(reverse("reviews:list")).text

    for title in (waiting.title, withdrawn.title):
        card = _card(html, title)
        assert "review-card-photos" not in card and "/media/" not in card


def test_a_graphic_case_shows_its_blurred_derivatives_and_says_so(client, patient, reviewed, make_case):
    case = make_case(uploader=patient, review=reviewed, graphic=True)

    card = _card(client.get(reverse("reviews:list")).text, reviewed.title)

    assert _media(card) and _media(card) <= _derivatives(case, blurred=True)
    assert "Graphic · Before/after" in card


def test_the_doctors_profile_shows_the_thumbnail_on_its_latest_reviews(client, patient, reviewed, doctor, make_case):
    case = make_case(uploader=patient, review=reviewed)

    card = _card(client.get(doctor.get_absolute_url()).text, reviewed.title)

    assert f'href="{case.get_absolute_url()}"' in card
    assert _media(card) <= _derivatives(case, blurred=False)


def test_the_profile_shows_a_case_the_moment_it_is_approved_and_drops_it_once_hidden(
    client, patient, reviewed, doctor, make_case, moderator
):
    """The profile keeps its review cards' thumbnails until the doctor's content moves: a patient's case on a
    review of theirs moves it when approved or hidden (photos.apps), though the case is not the doctor's."""
    assert "review-card-photos" not in _card(client.get(doctor.get_absolute_url()).text, reviewed.title)
    case = make_case(uploader=patient, review=reviewed)
    assert f'href="{case.get_absolute_url()}"' in _card(client.get(doctor.get_absolute_url()).text, reviewed.title)
    content_hide(actor=moderator, target=case, reason="The face is recognisable")
    assert "review-card-photos" not in _card(client.get(doctor.get_absolute_url()).text, reviewed.title)


def _count(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_thumbnails_cost_one_query_for_the_whole_list(client, patient, reviewed, botox, make_case):
    make_case(uploader=patient, review=reviewed)
    url = reverse("reviews:list")
    few = _count(client, url)
    for i in range(4):
        author = UserFactory()
        review = ReviewFactory(author=author, treatment=botox, title=f"Review with photos {i}")
        make_case(uploader=author, review=review, seed=10 + i)
        if i % 2:
            make_case(uploader=author, review=review, seed=20 + i)
    many = _count(client, url)
    assert few == many
    html = client.get(url).text
    assert html.count('class="review-card-photos text-decoration-none"') == 5
    assert "2 before/afters" in html
