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


def test_a_patient_reviews_in_spanish(browser, live_server, password, patient, doctor, treatment):
    from datetime import timedelta

    from django.utils import timezone

    from reviews.models import Review

    context = browser.new_context(locale="es-MX")
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.goto(f"{live_server.url}/es/accounts/login/")
    page.get_by_label("Nombre público o correo electrónico").fill(patient.handle)
    page.get_by_label("Contraseña").fill(password)
    page.get_by_role("button", name="Iniciar sesión").click()
    page.wait_for_url(re.compile(rf"{re.escape(live_server.url)}/es/"))

    page.goto(f"{live_server.url}/es/treatments/botox/")
    page.get_by_role("link", name="Escribir una reseña de Botox").click()
    page.get_by_label("Médico", exact=True).select_option(label="Dr. Ana Ruiz (Austin)")
    page.get_by_label("Cuándo se lo hizo").fill((timezone.localdate() - timedelta(days=14)).isoformat())
    page.get_by_text("Valió la pena", exact=True).click()
    page.locator("label", has_text="5 · Excelente").click()
    page.get_by_label("Título").fill("Natural, sin cara congelada")
    page.locator("#id_story").fill("Muy corto.")
    page.get_by_label("Cuánto costó en total").fill("450")
    page.locator("label", has_text="Nada: pagué el precio normal").click()
    page.locator("label", has_text="Ninguno: fui paciente, nada más").click()
    page.get_by_role("button", name="Publicar reseña").click()
    # Refused in Spanish, nothing typed is lost.
    expect(page.get_by_label("Título")).to_have_value("Natural, sin cara congelada")
    expect(page.get_by_label("Cuánto costó en total")).to_have_value("450")
    assert not Review.objects.exists()
    page.locator("#id_story").fill(
        "Tenía miedo de verme congelada, pero la doctora usó una dosis ligera y me explicó cada paso. "
        "Dos semanas después las líneas del entrecejo se ven más suaves y sigo pareciendo yo."
    )
    page.get_by_role("button", name="Publicar reseña").click()
    expect(page.get_by_text("Gracias: su reseña está publicada")).to_be_visible()
    heading = page.get_by_role("heading", name="Natural, sin cara congelada")
    expect(heading).to_have_attribute("lang", "es")
    assert Review.objects.get().language == "es"
    context.close()


def test_a_doctor_posts_a_case_in_spanish_with_the_consent_in_spanish(
    browser, live_server, password, doctor, treatment, tmp_path
):
    from photos.models import BeforeAfterPhoto
    from tests import images
    from tests.photos.conftest import consent_texts_version_1

    consent_texts_version_1()
    before_file, after_file = tmp_path / "antes.jpg", tmp_path / "despues.jpg"
    before_file.write_bytes(images.jpeg_with_metadata(size=(900, 600), orientation=1))
    after_file.write_bytes(images.encode(images.pattern((900, 600), seed=7), "JPEG"))

    context = browser.new_context(locale="es-MX")
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.goto(f"{live_server.url}/es/accounts/login/")
    page.get_by_label("Nombre público o correo electrónico").fill(doctor.user.handle)
    page.get_by_label("Contraseña").fill(password)
    page.get_by_role("button", name="Iniciar sesión").click()
    page.wait_for_url(re.compile(rf"{re.escape(live_server.url)}/es/"))

    page.goto(f"{live_server.url}/es/photos/new/")
    page.locator("#id_before").set_input_files(before_file)
    page.locator("#id_after").set_input_files(after_file)
    page.locator("#id_treatments").select_option(label=treatment.name)
    page.get_by_label("¿Cuándo se tomó la foto de después?").select_option(label="De 4 a 6 meses después")
    page.get_by_label("Descripción").fill("Entrecejo: a los cuatro meses las líneas casi no se notan.")
    page.get_by_label("Confirmo que la persona de estas fotos dio su consentimiento por escrito").check()
    page.get_by_role("button", name="Enviar para revisión").click()
    expect(page.get_by_text("Gracias. Estamos procesando su caso")).to_be_visible()
    case = BeforeAfterPhoto.objects.get()
    assert case.consent.language == "es" and case.consent.attested_by == doctor.user
    context.close()
