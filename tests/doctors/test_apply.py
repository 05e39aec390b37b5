from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from doctors.models import DoctorProfile
from doctors.services import doctor_reject
from tests.doctors.conftest import application_data, image_file, pdf_file
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

URL = reverse("doctors:apply")


def post(client, data=None, **files):
    payload = application_data() if data is None else data
    if "licence_document" not in files:
        files["licence_document"] = pdf_file()
    return client.post(URL, {**payload, **{k: v for k, v in files.items() if v is not None}})


def test_a_logged_in_account_applies_and_lands_on_the_dashboard(client_as, patient, mailoutbox):
    client = client_as(patient)
    response = post(client, headshot=image_file())
    assert response.status_code == 302
    assert response["Location"] == reverse("doctors:dashboard")
    profile = DoctorProfile.objects.get(user=patient)
    assert profile.status == DoctorProfile.Status.PENDING
    assert profile.licence_number == "TX-123456"  # normalised
    assert profile.headshot.name.startswith("headshots/")
    page = client.get(reverse("doctors:dashboard"))
    assert "being reviewed" in page.text
    assert "TX-123456" in page.text


def test_the_licence_document_is_stored_privately_under_a_random_name(client_as, patient, settings, client):
    post(client_as(patient), licence_document=pdf_file("Maya Lindqvist licence scan.pdf"))
    stored = DoctorProfile.objects.get(user=patient).licence_document
    assert "Lindqvist" not in stored.name
    path = Path(stored.path).resolve()
    assert path.is_file()
    # The private storage's own directory, never the public MEDIA_ROOT (whatever it is set to).
    assert path.is_relative_to(Path(stored.storage.location).resolve())
    for public_root in {settings.MEDIA_ROOT, "/tmp/candid-test-media", Path(settings.BASE_DIR) / "media"}:
        assert not path.is_relative_to(Path(public_root).resolve())
    assert client.get(f"{settings.MEDIA_URL}{stored.name}").status_code == 404


def test_an_error_keeps_what_was_typed_and_asks_to_choose_files_again(client_as, patient):
    data = application_data(licence_number="", bio="My own words about my practice.")
    response = post(client_as(patient), data, headshot=image_file())
    assert response.status_code == 200
    assert not DoctorProfile.objects.exists()
    text = response.text
    assert "Please fix this problem" in text
    assert 'href="#id_licence_number"' in text
    assert 'value="Maya Lindqvist"' in text
    assert "My own words about my practice." in text
    assert 'value="Lindqvist Dermatology"' in text
    assert "please choose your licence document and headshot again" in text


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (lambda: pdf_file("licence.pdf", size=10 * 1024 * 1024 + 1), "the limit is 10"),
        (lambda: _text_file("licence.pdf"), "PDF, JPEG or PNG"),
        (lambda: _text_file("licence.docx", b"PK\x03\x04word"), "PDF, JPEG or PNG"),
        (lambda: _text_file("licence.pdf", b""), "empty"),
    ],
    ids=["too-big", "text-named-pdf", "word-document", "empty"],
)
def test_a_bad_licence_document_gets_a_clear_error(client_as, patient, upload, message):
    response = post(client_as(patient), licence_document=upload())
    assert response.status_code == 200
    assert message in response.text
    assert not DoctorProfile.objects.exists()


def _text_file(name, content=b"this is not a licence"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, content, content_type="application/pdf")


def test_a_png_or_jpeg_photo_of_the_licence_is_accepted(client_as, patient):
    post(client_as(patient), licence_document=image_file("licence.jpeg", fmt="JPEG"))
    assert DoctorProfile.objects.get(user=patient).licence_document.name.endswith(".jpg")


def test_a_missing_licence_document_is_an_error(client_as, patient):
    client = client_as(patient)
    response = client.post(URL, application_data())
    assert response.status_code == 200
    assert "Licence document" in response.text
    assert not DoctorProfile.objects.exists()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("full_name", "Dr. Maya Lindqvist", "Leave out"),
        ("full_name", "Maya", "first and last name"),
        ("credential", "Wizard", "Select a valid choice"),
        ("specialty", "", "This field is required"),
        ("website", "not a url at all", "Enter a valid URL"),
        ("bio", "x" * 3001, "at most 3000"),
        ("city", "", "This field is required"),
    ],
)
def test_bad_fields_are_refused_with_a_message(client_as, patient, field, value, message):
    response = post(client_as(patient), application_data(**{field: value}))
    assert response.status_code == 200
    assert message in response.text
    assert not DoctorProfile.objects.exists()


def test_a_headshot_that_is_not_an_image_is_refused(client_as, patient):
    response = post(client_as(patient), headshot=_text_file("me.png", b"not an image"))
    assert response.status_code == 200
    assert "valid image" in response.text
    assert not DoctorProfile.objects.exists()


def test_a_gif_headshot_is_refused(client_as, patient):
    response = post(client_as(patient), headshot=image_file("me.gif", fmt="GIF"))
    assert "JPEG, PNG or WebP" in response.text


def test_status_in_the_post_is_ignored(client_as, patient):
    post(client_as(patient), application_data(status="verified", verified_at="2026-01-01"))
    assert DoctorProfile.objects.get(user=patient).status == DoctorProfile.Status.PENDING


def test_a_rejected_applicant_sees_the_reason_and_applies_again(client_as, moderator):
    user = UserFactory()
    client = client_as(user)
    post(client)
    doctor_reject(
        doctor=DoctorProfile.objects.get(user=user), moderator=moderator, reason="Number not on the register."
    )

    page = client.get(URL)
    assert "Number not on the register." in page.text
    assert 'value="Maya Lindqvist"' in page.text  # the earlier application, ready to correct
    assert "We still have the document you uploaded before" in page.text

    response = client.post(URL, application_data(licence_number="TX-999999"))  # no new file needed
    assert response.status_code == 302
    profile = DoctorProfile.objects.get(user=user)
    assert profile.status == DoctorProfile.Status.PENDING
    assert profile.licence_number == "TX-999999"


def test_a_pending_applicant_corrects_the_application(client_as, pending_doctor):
    client = client_as(pending_doctor.user)
    assert "Correct your doctor application" in client.get(URL).text
    response = client.post(URL, {**application_data(full_name="Owen Whitaker"), "licence_document": pdf_file()})
    assert response.status_code == 302
    pending_doctor.refresh_from_db()
    assert pending_doctor.full_name == "Owen Whitaker"
    assert pending_doctor.status == DoctorProfile.Status.PENDING


def test_a_verified_doctor_is_sent_to_the_dashboard(client_as, doctor):
    response = client_as(doctor.user).get(URL)
    assert response.status_code == 302
    assert response["Location"] == reverse("doctors:dashboard")


def test_the_media_root_stays_empty_of_licences(client_as, patient):
    post(client_as(patient))
    media = Path(settings.MEDIA_ROOT)
    assert not media.exists() or not list(media.rglob("*.pdf"))
