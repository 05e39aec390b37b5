import re

import pytest
from playwright.sync_api import expect

from questions.models import Answer, HelpfulVote, Question
from tests.factories import QuestionFactory
from tests.questions.conftest import disclaimer_version_1

pytestmark = pytest.mark.django_db(transaction=True)

BODY = "I had Botox three weeks ago and my left eyebrow still sits higher than the right. Will it settle?"
ANSWER = (
    "An uneven brow three weeks after Botox usually means one side relaxed more than the other. It will not "
    "settle by itself until the product wears off, but a small top-up by your injector often evens it out."
)


def test_patient_asks_doctor_answers_patient_marks_it_helpful(
    page, browser, live_server, log_in, patient, doctor, treatment
):
    disclaimer_version_1()  # an earlier journey's flush may have removed the migration's row
    QuestionFactory(title="Why is one eyebrow higher after Botox?", treatments=[treatment])

    log_in(page, patient)
    page.goto(f"{live_server.url}/questions/ask/")
    title = page.get_by_label("Your question")
    title.fill("Eyebrow uneven after Botox")
    # Similar questions appear while typing (htmx).
    expect(page.get_by_text("Similar questions already asked")).to_be_visible()
    expect(page.get_by_role("link", name=re.compile("Why is one eyebrow higher"))).to_be_visible()
    page.get_by_label("Details").fill(BODY)
    page.get_by_label("Botox", exact=True).check()
    page.get_by_role("button", name="Post your question").click()

    # The title is not a question yet: the error shows and everything typed is still there.
    expect(page.get_by_text("end it with a question mark").first).to_be_visible()
    expect(page.get_by_label("Details")).to_have_value(BODY)
    expect(page.get_by_label("Botox", exact=True)).to_be_checked()
    assert Question.objects.count() == 1

    page.get_by_label("Your question").fill("Is an uneven eyebrow after Botox normal?")
    page.get_by_role("button", name="Post your question").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Is an uneven eyebrow after Botox normal?")
    question = Question.objects.get(author=patient)

    doctor_context = browser.new_context()
    doctor_page = doctor_context.new_page()
    doctor_page.set_default_timeout(10_000)
    log_in(doctor_page, doctor.user)
    doctor_page.goto(f"{live_server.url}{question.get_absolute_url()}")
    doctor_page.get_by_label("Your answer").fill(ANSWER)
    doctor_page.get_by_role("button", name="Post your answer").click()
    expect(doctor_page.get_by_text("Your answer is published")).to_be_visible()
    doctor_context.close()
    answer = Answer.objects.get()

    page.reload()
    card = page.locator(f"#answer-{answer.pk}")
    expect(card).to_contain_text("An uneven brow three weeks after Botox")
    expect(card).to_contain_text("Dr. Ana Ruiz")
    expect(card.get_by_role("note")).to_contain_text("The information in Dr. Ana Ruiz's answer is for educational")

    # Marking it helpful swaps the button and count in place: the page is not reloaded.
    page.evaluate("window.notReloaded = true")
    button = card.get_by_role("button", name=re.compile("^Helpful"))
    expect(button).to_have_attribute("aria-pressed", "false")
    button.click()
    expect(card.get_by_text("1 person finds this helpful")).to_be_visible()
    expect(card.get_by_role("button", name=re.compile("^Helpful"))).to_have_attribute("aria-pressed", "true")
    assert page.evaluate("window.notReloaded") is True
    assert HelpfulVote.objects.filter(answer=answer, user=patient).exists()


def test_members_share_the_cached_page_each_with_their_own_handle_and_votes(
    page, browser, live_server, log_in, settings, patient, other_patient, doctor, treatment
):
    from questions.services import answer_create

    settings.PAGE_CACHE_SECONDS = 300  # production's page cache, off elsewhere in the suite
    settings.USER_CACHE_SECONDS = 300
    disclaimer_version_1()
    question = QuestionFactory(title="Does a brow lift with Botox last?", treatments=[treatment])
    answer = answer_create(doctor=doctor, question=question, body=ANSWER)
    url = f"{live_server.url}{question.get_absolute_url()}"

    log_in(page, patient)
    page.goto(url)
    card = page.locator(f"#answer-{answer.pk}")
    card.get_by_role("button", name=re.compile("^Helpful")).click()
    expect(card.get_by_text("1 person finds this helpful")).to_be_visible()
    page.reload()  # the shared copy, with this member's vote pressed
    expect(card.get_by_role("button", name=re.compile("^Helpful"))).to_have_attribute("aria-pressed", "true")
    expect(page.get_by_role("navigation", name="Main")).to_contain_text(patient.handle)

    other_context = browser.new_context()
    other = other_context.new_page()
    other.set_default_timeout(10_000)
    log_in(other, other_patient)
    other.goto(url)
    other_card = other.locator(f"#answer-{answer.pk}")
    expect(other_card.get_by_text("1 person finds this helpful")).to_be_visible()
    expect(other_card.get_by_role("button", name=re.compile("^Helpful"))).to_have_attribute("aria-pressed", "false")
    navigation = other.get_by_role("navigation", name="Main")
    expect(navigation).to_contain_text(other_patient.handle)
    expect(navigation).not_to_contain_text(patient.handle)
    other_card.get_by_role("button", name=re.compile("^Helpful")).click()
    expect(other_card.get_by_text("2 people find this helpful")).to_be_visible()
    other_context.close()

    page.reload()
    expect(card.get_by_text("2 people find this helpful")).to_be_visible()
    expect(card.get_by_role("button", name=re.compile("^Helpful"))).to_have_attribute("aria-pressed", "true")
