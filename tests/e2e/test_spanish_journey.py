"""The Spanish edition, walked in Chromium: a visitor whose browser prefers Spanish is offered it and
keeps it; a patient asks in Spanish; a doctor answers; the answer carries the disclaimer in Spanish,
naming the doctor; the question keeps the language it was asked in."""

import re

import pytest
from playwright.sync_api import expect

from questions.models import Answer, Question
from tests.questions.conftest import disclaimer_version_1

pytestmark = pytest.mark.django_db(transaction=True)

BODY = (
    "Me puse bótox hace tres semanas y la ceja izquierda me quedó más arriba que la derecha. "
    "¿Se va a acomodar sola o necesito un retoque?"
)
ANSWER = (
    "Una ceja más alta a las tres semanas suele deberse a que un lado se relajó más que el otro. No se "
    "acomoda sola hasta que pasa el efecto, pero un pequeño retoque con quien le aplicó el bótox suele igualarla."
)


def test_a_spanish_speaking_visitor_is_offered_spanish_and_keeps_it(browser, live_server, treatment):
    context = browser.new_context(locale="es-MX")
    page = context.new_page()
    page.goto(f"{live_server.url}/")
    expect(page.locator("html")).to_have_attribute("lang", "en")  # the address decides, not the browser
    offer = page.get_by_role("link", name="Leer esta página en español")
    expect(offer).to_be_visible()
    offer.click()
    page.wait_for_url(f"{live_server.url}/es/")
    expect(page.locator("html")).to_have_attribute("lang", "es")
    expect(page.get_by_role("link", name="Ir al contenido principal")).to_be_attached()
    # Chosen once, kept: an English address leads to the Spanish page, and no offer shows any more.
    page.goto(f"{live_server.url}/questions/")
    page.wait_for_url(f"{live_server.url}/es/questions/")
    expect(page.get_by_role("link", name="Leer esta página en español")).to_be_hidden()
    # And back: the switcher names English in English.
    page.get_by_role("link", name="English").click()
    page.wait_for_url(f"{live_server.url}/questions/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    context.close()


def test_a_patient_asks_in_spanish_and_a_doctor_answers_with_the_disclaimer_in_spanish(
    browser, live_server, password, patient, doctor, treatment
):
    disclaimer_version_1()  # an earlier journey's flush may have removed the migration's rows

    def log_in_in_spanish(user):
        context = browser.new_context(locale="es-MX")
        page = context.new_page()
        page.set_default_timeout(10_000)
        page.goto(f"{live_server.url}/es/accounts/login/")
        page.get_by_label("Nombre público o correo electrónico").fill(user.handle)
        page.get_by_label("Contraseña").fill(password)
        page.get_by_role("button", name="Iniciar sesión").click()
        page.wait_for_url(re.compile(rf"{re.escape(live_server.url)}/es/"))
        return context, page

    patient_context, page = log_in_in_spanish(patient)
    page.goto(f"{live_server.url}/es/questions/ask/")
    page.get_by_label("Su pregunta").fill("¿Es normal tener una ceja más alta después del bótox?")
    page.get_by_label("Detalles").fill(BODY)
    page.get_by_label("Botox", exact=True).check()
    page.get_by_role("button", name="Publicar su pregunta").click()
    heading = page.get_by_role("heading", level=1)
    expect(heading).to_have_text("¿Es normal tener una ceja más alta después del bótox?")
    expect(heading).to_have_attribute("lang", "es")
    question = Question.objects.get(author=patient)
    assert question.language == "es"

    doctor_context, doctor_page = log_in_in_spanish(doctor.user)
    doctor_page.goto(f"{live_server.url}/es{question.get_absolute_url()}")
    doctor_page.get_by_label("Su respuesta").fill(ANSWER)
    doctor_page.get_by_role("button", name="Publicar su respuesta").click()
    expect(doctor_page.get_by_text("Su respuesta está publicada")).to_be_visible()
    doctor_context.close()
    answer = Answer.objects.get()
    assert answer.language == "es"

    page.reload()
    card = page.locator(f"#answer-{answer.pk}")
    expect(card).to_contain_text("Una ceja más alta a las tres semanas")
    expect(card.get_by_role("note")).to_contain_text(
        "Respuesta de Dr. Ana Ruiz: la información tiene fines únicamente educativos"
    )
    # An English reader of the same answer gets the same disclaimer version in English.
    english = patient_context.new_page()
    english.goto(f"{live_server.url}/language/en/?next={question.get_absolute_url()}")
    expect(english.locator(f"#answer-{answer.pk}").get_by_role("note")).to_contain_text(
        "The information in Dr. Ana Ruiz's answer is for educational purposes only"
    )
    patient_context.close()
