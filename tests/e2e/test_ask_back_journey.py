"""Asking back and reaching a doctor, in a real browser: a follow-up gets the doctor's reply with the
disclaimer naming them; the asker marks the answer that helped most and it moves first; a patient
requests a consultation with a private photo, the doctor replies, and a third member cannot open the
photo by its address."""

import re

import pytest
from playwright.sync_api import expect

from consultations.models import ConsultationPhoto, ConsultationRequest
from questions.models import FollowUp
from questions.services import answer_create, answer_helpful_toggle, question_create
from tests import images
from tests.factories import DoctorProfileFactory, UserFactory
from tests.questions.conftest import disclaimer_version_1

pytestmark = pytest.mark.django_db(transaction=True)

BODY = "I had Botox three weeks ago and my left eyebrow still sits higher than the right. Will it settle?"
ANSWER = (
    "An uneven brow three weeks after Botox usually means one side relaxed more than the other. It will not "
    "settle by itself until the product wears off, but a small top-up by your injector often evens it out."
)
OTHER_ANSWER = (
    "Give it the full two weeks after any top-up before judging. If the brow still sits high, a photo "
    "at rest and raised helps your injector decide exactly where a tiny extra dose goes."
)
FOLLOW_UP = "Thank you. How soon after the first treatment can a top-up be done safely?"
REPLY = "Usually from two weeks after the first treatment, once the first dose has fully taken effect."


def _question(patient, treatment):
    return question_create(
        author=patient, title="Is an uneven eyebrow after Botox normal?", body=BODY, treatments=[treatment]
    )


def _second_context(browser, log_in, user):
    context = browser.new_context()
    page = context.new_page()
    page.set_default_timeout(10_000)
    log_in(page, user)
    return context, page


def test_a_follow_up_gets_the_doctors_reply_with_the_disclaimer(
    page, browser, live_server, log_in, patient, doctor, treatment
):
    disclaimer_version_1()
    question = _question(patient, treatment)
    answer = answer_create(doctor=doctor, question=question, body=ANSWER)

    log_in(page, patient)
    page.goto(f"{live_server.url}{question.get_absolute_url()}")
    card = page.locator(f"#answer-{answer.pk}")
    card.get_by_label("Your follow-up").fill(FOLLOW_UP)
    card.get_by_role("button", name="Ask a follow-up").click()
    expect(page.get_by_text("Your follow-up is published")).to_be_visible()
    expect(page.locator(f"#answer-{answer.pk} .follow-up")).to_contain_text(FOLLOW_UP)

    doctor_context, doctor_page = _second_context(browser, log_in, doctor.user)
    doctor_page.goto(f"{live_server.url}{question.get_absolute_url()}")
    doctor_card = doctor_page.locator(f"#answer-{answer.pk}")
    expect(doctor_card).to_contain_text(FOLLOW_UP)
    doctor_card.get_by_label("Your reply").fill(REPLY)
    doctor_card.get_by_role("button", name="Post your reply").click()
    expect(doctor_page.get_by_text("Your reply is published")).to_be_visible()
    doctor_context.close()

    reply = FollowUp.objects.get(doctor=doctor)
    page.reload()
    shown = page.locator(f"#follow-up-{reply.pk}")
    expect(shown).to_contain_text(REPLY)
    expect(shown).to_contain_text("Dr. Ana Ruiz replied")
    expect(shown.get_by_role("note", name="Medical disclaimer")).to_contain_text(
        "The information in Dr. Ana Ruiz's answer is for educational"
    )
    # Visitors see the exchange too.
    visitor = browser.new_context()
    visitor_page = visitor.new_page()
    visitor_page.goto(f"{live_server.url}{question.get_absolute_url()}")
    expect(visitor_page.locator(f"#follow-up-{reply.pk}")).to_contain_text(REPLY)
    expect(visitor_page.get_by_label("Your follow-up")).to_have_count(0)
    visitor.close()


def test_the_asker_marks_the_best_answer_and_it_moves_first(page, live_server, log_in, patient, doctor, treatment):
    disclaimer_version_1()
    question = _question(patient, treatment)
    first = answer_create(doctor=doctor, question=question, body=ANSWER)
    second = answer_create(doctor=DoctorProfileFactory(full_name="Lena Park"), question=question, body=OTHER_ANSWER)
    answer_helpful_toggle(answer=first, user=UserFactory())  # the first leads on votes

    log_in(page, patient)
    page.goto(f"{live_server.url}{question.get_absolute_url()}")
    cards = page.locator("article.answer")
    expect(cards.first).to_have_attribute("id", f"answer-{first.pk}")
    page.locator(f"#answer-{second.pk}").get_by_role("button", name="Mark as the answer that helped most").click()
    expect(page.get_by_text("as the one that helped you most")).to_be_visible()
    expect(cards.first).to_have_attribute("id", f"answer-{second.pk}")
    expect(cards.first.get_by_text("The asker found this most helpful")).to_be_visible()
    expect(page.get_by_text("The asker found this most helpful")).to_have_count(1)

    # The list quotes the chosen answer with its mark.
    page.goto(f"{live_server.url}/questions/")
    expect(page.get_by_text(re.compile("the asker found this most helpful"))).to_be_visible()


def test_a_consultation_with_a_private_photo_that_a_third_member_cannot_open(
    page, browser, live_server, log_in, patient, other_patient, doctor, tmp_path
):
    photo = tmp_path / "forehead.jpg"
    photo.write_bytes(images.jpeg_with_metadata())

    log_in(page, patient)
    page.goto(f"{live_server.url}{doctor.get_absolute_url()}")
    page.get_by_role("link", name="Request a consultation").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Request a consultation with Dr. Ana Ruiz")
    page.get_by_label("What would you like to discuss?").fill(
        "I'd like to soften my forehead lines before a wedding in eight weeks. Is that enough time?"
    )
    page.get_by_label("When").select_option("soon")
    expect(page.get_by_label("Reply on the site only")).to_be_checked()
    page.get_by_label("First photo (optional)").set_input_files(str(photo))
    page.get_by_role("button", name="Send your request").click()
    expect(page.get_by_text("Your request is sent")).to_be_visible()
    consultation = ConsultationRequest.objects.get()
    assert consultation.contact_email == "" and consultation.contact_phone == ""
    stored = ConsultationPhoto.objects.get()

    doctor_context, doctor_page = _second_context(browser, log_in, doctor.user)
    doctor_page.goto(f"{live_server.url}/consultations/inbox/")
    doctor_page.get_by_role("link", name=re.compile(patient.public_name)).click()
    image = doctor_page.get_by_role("img", name="Photo 1 sent with the request")
    expect(image).to_be_visible()
    assert doctor_page.evaluate("img => img.naturalWidth", image.element_handle()) > 0
    photo_address = image.get_attribute("src")
    doctor_page.get_by_label("Your message").fill("Eight weeks is plenty. Come in next Thursday for an assessment.")
    doctor_page.get_by_role("button", name="Send your reply").click()
    expect(doctor_page.get_by_text("Your message is sent")).to_be_visible()
    doctor_context.close()

    page.goto(f"{live_server.url}/consultations/")
    expect(page.get_by_text("Replied")).to_be_visible()
    page.get_by_role("link", name="Dr. Ana Ruiz").click()
    expect(page.locator(".consultation-conversation")).to_contain_text("Come in next Thursday")

    # A third member, logged in, gets nothing from the doctor's photo address or the conversation.
    third_context, third_page = _second_context(browser, log_in, other_patient)
    response = third_page.goto(f"{live_server.url}{photo_address}")
    assert response.status == 404
    response = third_page.goto(f"{live_server.url}{consultation.get_absolute_url()}")
    assert response.status == 404
    third_context.close()
    assert stored.image and "forehead" not in stored.image
