"""Consultation requests: who may send, read, reply, set the status, report; private photos; figures;
closing an account; the data export."""

import io
import zipfile
from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.storage import storages
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from PIL import Image

from accounts.models import Notice
from accounts.services import account_close
from consultations.models import ConsultationMessage, ConsultationPhoto, ConsultationRequest, reply_figures
from consultations.services import (
    consultation_message_create,
    consultation_report,
    consultation_request_create,
    consultation_status_set,
)
from consultations.views import photo_url
from imaging import pipeline
from privacy.archive import write_export
from tests import images
from tests.factories import DoctorProfileFactory, UserFactory

from .conftest import WISH

pytestmark = pytest.mark.django_db

REPLY = "Yes, four weeks is plenty: results show within two weeks. Come in for an assessment first."


def _prepared():
    return pipeline.image_prepare(images.upload(images.jpeg_with_metadata()))


def test_a_request_tells_the_doctor_and_the_reply_tells_the_patient(
    patient, doctor, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        consultation = consultation_request_create(patient=patient, doctor=doctor, message=WISH, timing="soon")
    assert consultation.status == "new" and consultation.contact == "site"
    assert Notice.objects.filter(user=doctor.user, url=consultation.get_absolute_url()).exists()
    assert mail.outbox[-1].to == [doctor.user.email]
    assert patient.email not in mail.outbox[-1].body and WISH not in mail.outbox[-1].body

    with django_capture_on_commit_callbacks(execute=True):
        consultation_message_create(request=consultation, author=doctor.user, body=REPLY)
    consultation.refresh_from_db()
    assert consultation.status == "replied" and consultation.first_reply_at is not None
    assert Notice.objects.filter(user=patient, message__contains="replied").exists()
    assert mail.outbox[-1].to == [patient.email]
    assert doctor.user.email not in mail.outbox[-1].body


def test_only_the_chosen_contact_detail_is_kept(patient, doctor):
    consultation = consultation_request_create(
        patient=patient,
        doctor=doctor,
        message=WISH,
        timing="soon",
        contact="phone",
        contact_email="me@example.com",
        contact_phone="+1 512 555 0100",
    )
    assert (consultation.contact_email, consultation.contact_phone) == ("", "+1 512 555 0100")
    with pytest.raises(ValidationError):
        consultation_request_create(patient=patient, doctor=doctor, message=WISH, timing="soon", contact="email")


def test_the_database_refuses_contact_details_the_patient_did_not_choose(consultation):
    with pytest.raises(IntegrityError), transaction.atomic():
        ConsultationRequest.objects.filter(pk=consultation.pk).update(contact_email="me@example.com")
    with pytest.raises(IntegrityError), transaction.atomic():
        ConsultationRequest.objects.filter(pk=consultation.pk).update(contact="phone")


def test_who_may_request(patient, doctor, pending_doctor, barring, moderator):
    with pytest.raises(PermissionDenied):
        consultation_request_create(patient=patient, doctor=pending_doctor, message=WISH, timing="soon")
    with pytest.raises(PermissionDenied):
        consultation_request_create(patient=doctor.user, doctor=doctor, message=WISH, timing="soon")
    bar, words = barring
    bar(patient)
    patient.refresh_from_db()
    with pytest.raises(PermissionDenied, match=words):
        consultation_request_create(patient=patient, doctor=doctor, message=WISH, timing="soon")


def test_only_the_two_sides_write_and_only_the_doctor_sets_the_status(consultation, patient, doctor, other_patient):
    consultation_message_create(request=consultation, author=patient, body="Also: I am 34, first time.")
    with pytest.raises(PermissionDenied):
        consultation_message_create(request=consultation, author=other_patient, body="Hello there")
    with pytest.raises(PermissionDenied):
        consultation_message_create(request=consultation, author=DoctorProfileFactory().user, body="Hello there")
    with pytest.raises(PermissionDenied):
        consultation_status_set(request=consultation, user=patient, status="booked")
    consultation_status_set(request=consultation, user=doctor.user, status="booked")
    assert ConsultationRequest.objects.get(pk=consultation.pk).status == "booked"
    with pytest.raises(ValidationError):
        consultation_status_set(request=consultation, user=doctor.user, status="new")


def test_spam_closes_the_conversation_and_leaves_the_inbox(client_as, consultation, patient, doctor):
    consultation_status_set(request=consultation, user=doctor.user, status="spam")
    with pytest.raises(PermissionDenied):
        consultation_message_create(request=consultation, author=patient, body="Hello again?")
    page = client_as(doctor.user).get(reverse("consultations:inbox")).content.decode()
    assert consultation.get_absolute_url() not in page
    spam = client_as(doctor.user).get(reverse("consultations:inbox"), {"status": "spam"}).content.decode()
    assert consultation.get_absolute_url() in spam


def test_moderators_see_reported_conversations_only(client_as, consultation, patient, doctor, moderator):
    url = consultation.get_absolute_url()
    admin_list = reverse("admin:consultations_consultationrequest_changelist")
    assert client_as(moderator).get(url).status_code == 404
    assert url not in client_as(moderator).get(admin_list).content.decode()
    assert client_as(moderator).get(
        reverse("admin:consultations_consultationrequest_change", args=[consultation.pk])
    ).status_code in (302, 404)
    consultation_report(request=consultation, user=doctor.user, reason="Selling something, not a patient.")
    assert client_as(moderator).get(url).status_code == 200
    response = client_as(moderator).get(admin_list)
    assert response.status_code == 200 and f"/{consultation.pk}/change/" in response.content.decode()
    change = client_as(moderator).get(reverse("admin:consultations_consultationrequest_change", args=[consultation.pk]))
    assert change.status_code == 200 and "before a wedding in June" in change.content.decode()
    consultation_message_create(request=consultation, author=doctor.user, body=REPLY)
    change = client_as(moderator).get(reverse("admin:consultations_consultationrequest_change", args=[consultation.pk]))
    assert "results show within two weeks" in change.content.decode()


def test_a_third_member_gets_404_on_the_request_and_its_photo(client, client_as, patient, doctor, other_patient):
    consultation = consultation_request_create(
        patient=patient, doctor=doctor, message=WISH, timing="soon", photos=[_prepared()]
    )
    photo = consultation.photos.get()
    for user in (other_patient, DoctorProfileFactory().user):
        outsider = client_as(user)
        assert outsider.get(consultation.get_absolute_url()).status_code == 404
        assert outsider.post(consultation.get_absolute_url(), {"body": "hi there"}).status_code == 404
        assert (
            outsider.post(reverse("consultations:status", args=[consultation.pk]), {"status": "booked"}).status_code
            == 404
        )
        assert (
            outsider.post(reverse("consultations:report", args=[consultation.pk]), {"reason": "x"}).status_code == 404
        )
        # Its own signed address for the photo does not help: the rule is checked again.
        assert outsider.get(photo_url(photo, user)).status_code == 404
    # The doctor's address, opened by someone else (or logged out), is refused too.
    doctors_url = photo_url(photo, doctor.user)
    assert client_as(other_patient).get(doctors_url).status_code == 404
    assert client.get(doctors_url).status_code == 404
    response = client_as(doctor.user).get(doctors_url)
    assert response.status_code == 200 and response["Content-Type"] == "image/jpeg"
    assert "no-store" in response["Cache-Control"]
    assert b"".join(response.streaming_content).startswith(b"\xff\xd8")
    response.close()


def test_photos_are_stripped_and_private_and_their_addresses_expire(client_as, patient, doctor, settings):
    consultation = consultation_request_create(
        patient=patient, doctor=doctor, message=WISH, timing="soon", photos=[_prepared()]
    )
    photo = consultation.photos.get()
    assert storages["private"].exists(photo.image)
    assert not storages["default"].exists(photo.image)
    with storages["private"].open(photo.image) as stored:
        img = Image.open(stored)
        assert not img.getexif()
    url = photo_url(photo, doctor.user)
    from django.core import signing

    token = url.rstrip("/").rsplit("/", 1)[1]
    assert signing.loads(token, salt="consultations.photo") == {"p": photo.pk, "u": doctor.user.pk}


@pytest.mark.parametrize("token", ["x", "\u00e9", "0" * 500, "eyJwIjoxLCJ1IjoxfQ:1:abc"])
def test_malformed_photo_tokens_are_404(client_as, patient, token):
    assert client_as(patient).get(f"/consultations/photos/{token}/").status_code == 404


def test_an_old_photo_address_no_longer_opens(client_as, patient, doctor, monkeypatch):
    consultation = consultation_request_create(
        patient=patient, doctor=doctor, message=WISH, timing="soon", photos=[_prepared()]
    )
    url = photo_url(consultation.photos.get(), doctor.user)
    monkeypatch.setattr("consultations.views.PHOTO_URL_SECONDS", -1)
    assert client_as(doctor.user).get(url).status_code == 404


@pytest.mark.parametrize("pk", ["0", "99999999999999999999", "-1"])
def test_malformed_request_ids_are_404(client_as, patient, pk):
    assert client_as(patient).get(f"/consultations/{pk}/").status_code == 404


def test_the_form_refuses_a_bomb_with_a_clear_message_and_keeps_what_was_typed(client_as, patient, doctor):
    url = reverse("consultations:request_new", args=[doctor.slug])
    response = client_as(patient).post(
        url,
        {
            "message": WISH,
            "timing": "soon",
            "contact": "site",
            "photo_1": images.upload(images.huge_header_png(), name="x.png", content_type="image/png"),
        },
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "pixels" in page.lower() or "too large" in page.lower()
    assert "before a wedding in June" in page
    assert not ConsultationRequest.objects.exists()


def test_the_form_sends_a_request_with_a_photo(client_as, patient, doctor):
    url = reverse("consultations:request_new", args=[doctor.slug])
    response = client_as(patient).post(
        url,
        {
            "message": WISH,
            "timing": "soon",
            "contact": "email",
            "contact_email": "me@example.com",
            "photo_1": images.jpeg_upload(),
        },
    )
    assert response.status_code == 302
    consultation = ConsultationRequest.objects.get()
    assert consultation.contact_email == "me@example.com" and consultation.photos.count() == 1
    mine = client_as(patient).get(reverse("consultations:mine")).content.decode()
    assert consultation.get_absolute_url() in mine


def test_requests_are_rate_limited(client_as, patient, doctor, settings):
    settings.RATE_LIMITS = {"consultation": "1/d"}
    url = reverse("consultations:request_new", args=[doctor.slug])
    client = client_as(patient)
    data = {"message": WISH, "timing": "soon", "contact": "site"}
    assert client.post(url, data).status_code == 302
    response = client.post(url, data)
    assert response.status_code == 429 and "before a wedding in June" in response.content.decode()


def test_figures_count_requests_and_the_median_first_reply(patient, doctor):
    made = [consultation_request_create(patient=patient, doctor=doctor, message=WISH, timing="soon") for _ in range(3)]
    for consultation, hours in zip(made[:2], (1, 3), strict=True):
        ConsultationRequest.objects.filter(pk=consultation.pk).update(
            first_reply_at=consultation.created_at + timedelta(hours=hours)
        )
    figures = reply_figures(doctor)
    assert figures["received"] == 3 and figures["median_first_reply"] == timedelta(hours=2)
    assert figures["median_words"] == "2\xa0hours"


def test_the_dashboard_shows_the_figures(client_as, consultation, doctor):
    page = client_as(doctor.user).get(reverse("doctors:dashboard")).content.decode()
    assert "Requests received" in page and "Median time to first reply" in page


def test_pages_run_a_fixed_number_of_queries(client_as, patient, doctor):
    def count(client, url) -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    first = consultation_request_create(
        patient=patient, doctor=doctor, message=WISH, timing="soon", photos=[_prepared()]
    )
    consultation_message_create(request=first, author=doctor.user, body=REPLY)
    pages = [
        (client_as(doctor.user), reverse("consultations:inbox")),
        (client_as(patient), reverse("consultations:mine")),
        (client_as(doctor.user), first.get_absolute_url()),
        (client_as(patient), reverse("consultations:request_new", args=[doctor.slug])),
    ]
    few = [count(client, url) for client, url in pages]
    for i in range(6):
        other = consultation_request_create(
            patient=UserFactory(), doctor=doctor, message=f"{WISH} {i}", timing="soon", photos=[_prepared()]
        )
        consultation_message_create(request=other, author=doctor.user, body=REPLY)
    for _ in range(5):
        consultation_message_create(request=first, author=doctor.user, body=REPLY)
        consultation_message_create(request=first, author=patient, body="Thank you, noted.")
    many = [count(client, url) for client, url in pages]
    assert many == few
    assert max(many) <= 12


def test_closing_the_account_deletes_the_photos_and_contact_details(
    patient, doctor, django_capture_on_commit_callbacks
):
    consultation = consultation_request_create(
        patient=patient,
        doctor=doctor,
        message=WISH,
        timing="soon",
        contact="phone",
        contact_phone="+1 512 555 0100",
        photos=[_prepared()],
    )
    name = consultation.photos.get().image
    with django_capture_on_commit_callbacks(execute=True):
        account_close(member=patient, keep_posts=True, actor=patient)
    consultation.refresh_from_db()
    assert (consultation.contact, consultation.contact_phone, consultation.contact_email) == ("site", "", "")
    assert not ConsultationPhoto.objects.exists()
    assert not storages["private"].exists(name)


def test_the_data_export_holds_the_members_requests_and_photos(patient, doctor):
    consultation = consultation_request_create(
        patient=patient, doctor=doctor, message=WISH, timing="soon", photos=[_prepared()]
    )
    consultation_message_create(request=consultation, author=doctor.user, body=REPLY)
    out = io.BytesIO()
    names = write_export(out, patient)
    assert "consultations.json" in names
    with zipfile.ZipFile(out) as archive:
        data = archive.read("consultations.json").decode()
        assert WISH in data and REPLY in data
        assert any(name.startswith("consultations/") for name in archive.namelist())
    assert ConsultationMessage.objects.count() == 1
