"""Search in a real browser: the navigation box leads to one page that leads with the treatment's hub."""

import pytest
from playwright.sync_api import expect

from questions.services import answer_create
from tests.factories import DoctorProfileFactory, QuestionFactory, ReviewFactory, TreatmentFactory
from tests.questions.conftest import disclaimer_version_1

pytestmark = pytest.mark.django_db(transaction=True)


def test_searching_botox_from_the_navigation_leads_with_the_hub_and_lists_tagged_questions(page, live_server):
    disclaimer_version_1()  # an earlier journey's flush may have removed the migration's row
    botox = TreatmentFactory(name="Botox", slug="botox", synonyms="tox, neurotoxin, dysport")
    tagged = QuestionFactory(treatments=[botox], title="Will my frown lines come back after three months?")
    doctor = DoctorProfileFactory(full_name="Ana Ruiz", slug="ana-ruiz")
    answer_create(
        doctor=doctor, question=tagged, body="Most patients see movement return gradually at three to four months."
    )
    ReviewFactory(treatment=botox, title="Softer lines, natural look")

    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_server.url}/")
    box = page.get_by_role("searchbox", name="Search treatments, doctors, questions")
    box.fill("tox")
    box.press("Enter")

    lead = page.locator(".search-lead")
    expect(lead.get_by_role("link", name="Botox")).to_have_attribute("href", "/treatments/botox/")
    expect(page.get_by_role("heading", name="Questions (1)")).to_be_visible()
    expect(page.get_by_role("link", name=tagged.title)).to_be_visible()
    expect(page.get_by_role("heading", name="Reviews (1)")).to_be_visible()
    expect(page.get_by_role("link", name="Softer lines, natural look")).to_be_visible()
    expect(page.locator("#results-doctors").get_by_role("link", name="Dr. Ana Ruiz")).to_be_visible()

    lead.get_by_role("link", name="Botox").click()
    expect(page).to_have_url(f"{live_server.url}/treatments/botox/")
