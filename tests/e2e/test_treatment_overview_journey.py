"""The Botox hub's overview in a real browser, on a phone and on a laptop: readable sections with headings,
the facts at a glance and the medical review line, with nothing scrolling sideways."""

import io
from pathlib import Path

import pytest
from playwright.sync_api import expect

from core.demo import DemoContext
from quality.checks import axe_violations, horizontal_overflow, missing_tools, vnu_errors
from tests.questions.conftest import disclaimer_version_1
from treatments import demo

pytestmark = pytest.mark.django_db(transaction=True)

SHOTS = Path("/tmp/shots")
SECTIONS = [
    "What it is",
    "How it works",
    "Downtime and recovery",
    "How long results last",
    "Risks and side effects",
    "Who it suits",
]


@pytest.fixture
def browser_context_args(browser_context_args):
    return {**browser_context_args, "bypass_csp": True}  # axe is an inline script the site's CSP refuses


@pytest.fixture
def botox():
    disclaimer_version_1()  # a transactional test: the flush before it removed the migration's rows
    demo.seed(DemoContext(out=io.StringIO()))  # the demo catalogue with its editors' overviews
    return demo.Treatment.objects.get(slug="botox")


@pytest.mark.parametrize(("width", "height"), [(390, 844), (1280, 900)], ids=["phone", "desktop"])
def test_the_botox_hub_shows_its_reviewed_overview(page, live_server, botox, width, height):
    page.set_viewport_size({"width": width, "height": height})
    response = page.goto(f"{live_server.url}/treatments/botox/")
    overview = page.locator("#overview")
    expect(overview.get_by_role("heading", name="About Botox", level=2)).to_be_visible()
    for heading in SECTIONS:
        expect(overview.get_by_role("heading", name=heading, level=3, exact=True)).to_be_visible()
    expect(overview.get_by_text("three to four months as the nerve endings recover")).to_be_visible()
    glance = overview.locator("dl")
    for label, value in botox.at_a_glance:
        expect(glance.get_by_text(str(label), exact=True)).to_be_visible()
        expect(glance.get_by_text(value, exact=True)).to_be_visible()
    review = overview.locator("#overview-review")
    expect(review).to_be_visible()
    expect(review).to_contain_text("Medically reviewed by Dr. Ana Ruiz, board-certified dermatologist, on")
    expect(review.locator("time")).to_have_attribute("datetime", f"{botox.last_reviewed:%Y-%m-%d}")
    # The overview comes before what patients say, and nothing scrolls sideways on a phone.
    assert overview.bounding_box()["y"] < page.locator("#figures").bounding_box()["y"]
    assert horizontal_overflow(page) == 0
    # Accessible and valid HTML, where the quality gate's checkers are installed (quality/).
    if not missing_tools("axe", "vnu"):
        assert axe_violations(page) == []
        assert vnu_errors(response.text()) == []
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"hub-{width}.png"), full_page=True)
    overview.screenshot(path=str(SHOTS / f"hub-{width}-overview.png"))
