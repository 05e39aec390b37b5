"""Small things members see: the account page leads to My Candid, a handle of the longest length keeps the
navigation on one line, and a withdrawn before/after case leaves every public page it was on."""

import pytest
from playwright.sync_api import expect

from tests.factories import ReviewFactory, UserFactory
from tests.photos.conftest import consent_texts_version_1, make_case, prepare  # noqa: F401
from tests.questions.conftest import disclaimer_version_1

pytestmark = pytest.mark.django_db(transaction=True)

DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture(autouse=True)
def _migration_rows():
    # What migrations created, again: an earlier transactional test may have flushed it.
    disclaimer_version_1()
    consent_texts_version_1()


def test_the_account_page_leads_to_my_candid(page, live_server, log_in, patient):
    log_in(page, patient)
    page.goto(f"{live_server.url}/accounts/")
    page.locator("main").get_by_role("link", name="My Candid").click()
    expect(page).to_have_url(f"{live_server.url}/accounts/mine/")
    expect(page.get_by_role("heading", name="My Candid", level=1)).to_be_visible()


def test_a_handle_of_thirty_characters_is_cut_short_and_the_navigation_stays_one_line(browser, live_server, log_in):
    short, longest = "jo-ann", "a-heron-with-a-very-long-name1"
    assert len(longest) == 30  # the most a handle may have
    heights = {}
    for handle in (short, longest):
        context = browser.new_context(viewport=DESKTOP)
        page = context.new_page()
        log_in(page, UserFactory(handle=handle))
        page.goto(f"{live_server.url}/questions/")
        heights[handle] = page.locator("nav.navbar").evaluate("nav => nav.getBoundingClientRect().height")
        shown = page.locator("nav .nav-handle")
        expect(shown).to_have_attribute("title", handle)
        expect(page.get_by_role("link", name=handle, exact=True)).to_be_visible()  # read out whole
        cut = shown.evaluate(
            "el => getComputedStyle(el).textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth"
        )
        assert cut == (handle == longest), handle
        context.close()
    assert heights[longest] == heights[short], heights


def test_a_withdrawn_case_leaves_every_public_page_it_was_on(
    page,
    browser,
    live_server,
    log_in,
    patient,
    doctor,
    treatment,
    make_case,  # noqa: F811
):
    review = ReviewFactory(author=patient, treatment=treatment, doctor=doctor, title="Natural result, no frozen look")
    case = make_case(uploader=patient, review=review, caption="Forehead lines softened, same light both times")
    link = f'a[href="/photos/{case.pk}/"]'
    public_pages = {
        "home": "/",
        "photo gallery": "/photos/",
        "treatment hub": f"/treatments/{treatment.slug}/",
        "the review": review.get_absolute_url(),
        "the doctor's profile": doctor.get_absolute_url(),
    }

    visitor_context = browser.new_context()
    visitor = visitor_context.new_page()
    for name, path in public_pages.items():
        visitor.goto(live_server.url + path)
        assert visitor.locator(link).count() > 0, f"the case is not on {name} to begin with"

    log_in(page, patient)
    page.goto(f"{live_server.url}/accounts/mine/")
    page.locator(f"#mine-photo-{case.pk}").get_by_role("link", name="Withdraw").click()
    page.get_by_role("button", name="Withdraw the photos").click()
    expect(page.locator(f"#mine-photo-{case.pk}").get_by_text("Withdrawn", exact=True)).to_be_visible()

    # The same visitor, with whatever the pages' caches hold.
    for name, path in public_pages.items():
        visitor.goto(live_server.url + path)
        expect(visitor.locator(link), f"the withdrawn case is still on {name}").to_have_count(0)
    assert visitor.goto(f"{live_server.url}/photos/{case.pk}/").status == 404
    visitor_context.close()
