"""A verified doctor lists their clinic's website on the widget page and copies the snippet; in Chromium,
the clinic's page shows the reviews widget in its frame, and a website the doctor did not list does not."""

import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from tests.factories import ReviewFactory, TreatmentFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)

# Two websites, answered by the browser's router (they do not exist).
CLINIC = "https://www.ruiz-clinic.example"
ELSEWHERE = "https://copycat.example"


@pytest.fixture
def visitor_page(browser_type, browser_type_launch_args):
    """A visitor's browser of its own. A public website may not reach a server on this machine (Chromium's
    local network access checks), which the live server is: those checks are off here, so that only the
    widget's own policy decides."""
    args = [*browser_type_launch_args.get("args", []), "--disable-features=LocalNetworkAccessChecks"]
    browser = browser_type.launch(**{**browser_type_launch_args, "args": args})
    page = browser.new_page()
    yield page
    browser.close()


def _site_embedding(page, origin: str, snippet: str) -> None:
    """A page at `origin` (served by the browser's router: no such site exists) with the snippet in it."""
    page.route(f"{origin}/", lambda route: route.fulfill(content_type="text/html", body=f"<h1>Clinic</h1>{snippet}"))
    page.goto(f"{origin}/")


def test_the_widget_shows_on_the_doctors_website_and_nowhere_else(page, visitor_page, live_server, log_in, doctor):
    botox = TreatmentFactory(name="Botox", slug="botox")
    ReviewFactory(author=UserFactory(), doctor=doctor, treatment=botox, title="Natural result, no frozen look")

    log_in(page, doctor.user)
    page.goto(live_server.url + reverse("doctors:dashboard"))
    page.get_by_role("link", name="list your website").click()
    page.get_by_label("Your website").fill(CLINIC + "/")
    page.get_by_role("button", name="Add website").click()
    expect(page.get_by_text(f"{CLINIC} may now show your reviews widget.")).to_be_visible()
    preview = page.frame_locator("iframe[title='Preview of your reviews widget']")
    expect(preview.get_by_role("link", name="Natural result, no frozen look")).to_be_visible()
    snippet = page.get_by_label("Snippet to copy").input_value()
    assert re.fullmatch(r'<iframe src="http://localhost:\d+/widget/doctors/\d+/reviews/" .*></iframe>', snippet)

    page = visitor_page
    context = page.context
    _site_embedding(page, CLINIC, snippet)
    widget = page.frame_locator("iframe")
    expect(widget.get_by_role("heading", name="Dr. Ana Ruiz")).to_be_visible()
    expect(widget.get_by_text("1 review")).to_be_visible()
    assert context.cookies() == []  # nothing set by the widget either

    blocked = []
    page.on("console", lambda message: blocked.append(message.text) if "frame-ancestors" in message.text else None)
    _site_embedding(page, ELSEWHERE, snippet)
    page.wait_for_timeout(500)
    expect(page.frame_locator("iframe").get_by_role("heading", name="Dr. Ana Ruiz")).to_have_count(0)
    assert blocked, "Chromium did not report the refused frame"
