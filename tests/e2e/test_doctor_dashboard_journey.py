"""A verified doctor opens the dashboard, sees the reviews waiting for a response and a new question, and
responds to a review from there; the review leaves the queue."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from tests.factories import AnswerFactory, QuestionFactory, ReviewFactory, TreatmentFactory
from tests.questions.conftest import disclaimer_version_1

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_doctor_responds_to_a_waiting_review_from_the_dashboard(page, live_server, log_in, doctor):
    disclaimer_version_1()  # an earlier journey's flush may have removed the migration's row
    botox = TreatmentFactory(name="Botox", slug="botox")
    AnswerFactory(doctor=doctor, question=QuestionFactory(treatments=[botox]))
    question = QuestionFactory(treatments=[botox], title="Can I work out the day after my Botox session?")
    first = ReviewFactory(doctor=doctor, treatment=botox, title="Natural result, no frozen look", rating=5)
    second = ReviewFactory(doctor=doctor, treatment=botox, title="Took two weeks to settle", rating=4)

    log_in(page, doctor.user)
    page.goto(live_server.url + reverse("doctors:dashboard"))
    waiting = page.locator("#reviews-waiting")
    expect(waiting.get_by_role("heading", name="Reviews waiting for your response")).to_contain_text("2")
    expect(waiting.get_by_role("link", name=first.title, exact=True)).to_be_visible()
    expect(waiting.get_by_role("link", name=second.title, exact=True)).to_be_visible()
    expect(page.locator("#new-questions").get_by_role("link", name=question.title)).to_be_visible()
    expect(page.get_by_role("link", name="Post a before/after case")).to_be_visible()

    waiting.get_by_role("link", name=f'Respond to "{second.title}"').click()
    page.get_by_label("Your response").fill(
        "Thank you for coming back to tell us; two weeks is typical for a first dose."
    )
    page.get_by_role("button", name="Publish response").click()
    expect(page.get_by_role("heading", name="Response from Dr. Ana Ruiz")).to_be_visible()

    page.goto(live_server.url + reverse("doctors:dashboard"))
    waiting = page.locator("#reviews-waiting")
    expect(waiting.get_by_role("link", name=first.title, exact=True)).to_be_visible()
    expect(waiting.get_by_role("link", name=second.title, exact=True)).to_have_count(0)
