"""The lists people compare, on the demo data, on a phone (390 px) and a desktop (1280 px): question rows
quoting the best answer under the doctor's headshot, review cards with their before/after thumbnail,
and the home page's photos, doctors' faces and most-reviewed treatments. Screenshots go to
/tmp/shots/lists-*.png."""

import io
import mimetypes
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from playwright.sync_api import expect

from photos.models import BeforeAfterPhoto
from quality.checks import horizontal_overflow
from tests.photos.conftest import consent_texts_version_1
from tests.questions.conftest import disclaimer_version_1

pytestmark = pytest.mark.django_db(transaction=True)

SHOTS = Path("/tmp/shots")
VIEWPORTS = {"390": {"width": 390, "height": 844}, "1280": {"width": 1280, "height": 900}}
LOADED = "img => img.complete && img.naturalWidth > 0"


@pytest.fixture
def demo():
    """The demo site (`seed_demo`), its photos' derivatives made as they would be after each commit."""
    disclaimer_version_1()  # an earlier browser journey's flush removed the migrations' rows
    consent_texts_version_1()
    call_command("seed_demo", questions=60, stdout=io.StringIO())


@pytest.fixture
def media(page):
    """Uploads are served from this test's media directory (the test settings serve no media)."""

    def serve(route):
        name = route.request.url.split("/media/", 1)[1].split("?", 1)[0]
        path = Path(settings.MEDIA_ROOT) / name
        if not path.is_file():
            route.fulfill(status=404)
            return
        route.fulfill(body=path.read_bytes(), content_type=mimetypes.guess_type(path.name)[0] or "image/jpeg")

    page.route("**/media/**", serve)
    return page


def _shot(page, name: str, width: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"lists-{name}-{width}.png"), full_page=True)


def _loaded(locator) -> None:
    locator.scroll_into_view_if_needed()
    expect(locator).to_be_visible()
    locator.page.wait_for_function(f"([img]) => ({LOADED})(img)", arg=[locator.element_handle()])


@pytest.mark.parametrize("width", VIEWPORTS)
def test_lists_show_what_people_compare(page, media, live_server, demo, width):
    page.set_viewport_size(VIEWPORTS[width])

    # Questions: the first answered row quotes its best answer under the doctor's headshot and name,
    # with the disclaimer naming the doctor.
    page.goto(f"{live_server.url}/questions/")
    quoted = page.locator(".question-row-answer").first
    expect(quoted.locator(".question-row-excerpt")).to_be_visible()
    doctor = quoted.locator(".question-row-doctor").inner_text()
    assert doctor.startswith("Dr. ") or ", " in doctor
    expect(quoted.locator(".question-row-disclaimer")).to_contain_text(f"{doctor}'s answer")
    _loaded(quoted.locator("img.doctor-avatar"))
    assert horizontal_overflow(page) == 0
    _shot(page, "questions", width)

    # Reviews: a review with a published before/after case shows its thumbnail, its verdict and doctor.
    case = BeforeAfterPhoto.objects.public().filter(review__isnull=False, is_graphic=False).first()
    page.goto(f"{live_server.url}/reviews/?treatment={case.review.treatment.slug}")
    card = page.locator("article.review-card", has=page.locator(f'a[href="{case.get_absolute_url()}"]'))
    expect(card.locator(".verdict")).to_be_visible()
    for image in card.locator(".review-card-photo img").all():
        _loaded(image)
    if case.review.doctor_id:
        expect(card.get_by_role("link", name=case.review.doctor.display_name)).to_be_visible()
    card.scroll_into_view_if_needed()
    assert horizontal_overflow(page) == 0
    _shot(page, "reviews", width)

    # Home: real before/after photos, doctors' faces, Botox among the most-reviewed treatments.
    page.goto(f"{live_server.url}/")
    _loaded(page.locator(".home-photo img").first)
    _loaded(page.locator(".home-face img").first)
    expect(page.locator(".home-treatments").get_by_role("link", name="Botox", exact=True)).to_be_visible()
    _loaded(page.locator(".question-row-answer img.doctor-avatar").first)
    page.evaluate("window.scrollTo(0, 0)")
    assert horizontal_overflow(page) == 0
    _shot(page, "home", width)
