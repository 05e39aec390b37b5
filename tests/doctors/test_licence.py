"""Licence documents are evidence for moderators only: never under MEDIA_ROOT, never reachable by URL for others."""

from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from tests.doctors.conftest import PDF_BYTES, image_file, pdf_file

pytestmark = pytest.mark.django_db


@pytest.fixture
def licensed(pending_doctor):
    pending_doctor.licence_document.save("licence.pdf", pdf_file(), save=True)
    return pending_doctor


def read(response) -> bytes:
    # The test client closes a streamed response once it is read to the end. Closing it again here
    # would send request_finished outside the client, which closes the test's PostgreSQL connection.
    return b"".join(response.streaming_content)


def test_a_moderator_downloads_the_document_as_an_attachment_under_a_sandbox(client_as, moderator, licensed):
    response = client_as(moderator).get(reverse("doctors:licence", args=[licensed.slug]))
    assert response.status_code == 200
    assert read(response).startswith(b"%PDF-")
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "sandbox; default-src 'none'"
    assert "no-store" in response["Cache-Control"]
    assert "noindex" in response["X-Robots-Tag"]


def test_an_image_licence_is_stored_re_encoded_and_served_by_its_bytes(client_as, moderator, pending_doctor):
    pending_doctor.licence_document.save("licence.png", image_file(), save=True)
    assert pending_doctor.licence_document.name.endswith(".jpg")
    response = client_as(moderator).get(reverse("doctors:licence", args=[pending_doctor.slug]))
    assert read(response).startswith(b"\xff\xd8\xff")
    assert response["Content-Type"] == "image/jpeg"
    assert response["Content-Disposition"].startswith("attachment")


def test_the_file_is_not_under_media_root_and_not_served_from_media_url(client, licensed):
    path = Path(licensed.licence_document.path).resolve()
    for public_root in {settings.MEDIA_ROOT, "/tmp/candid-test-media", Path(settings.BASE_DIR) / "media"}:
        assert not path.is_relative_to(Path(public_root).resolve())
    assert client.get(f"{settings.MEDIA_URL}{licensed.licence_document.name}").status_code == 404
    assert client.get(f"/media/{licensed.licence_document.name}").status_code == 404


@pytest.mark.parametrize("role", ["anonymous", "patient", "doctor", "suspended_doctor", "owner"])
def test_nobody_but_moderators_reaches_it(role, request, client, client_as, licensed):
    if role == "anonymous":
        browser = client
    else:
        user = licensed.user if role == "owner" else request.getfixturevalue(role)
        browser = client_as(getattr(user, "user", user))
    response = browser.get(reverse("doctors:licence", args=[licensed.slug]))
    assert response.status_code == 404
    assert PDF_BYTES not in response.content


def test_the_public_profile_and_directory_never_link_the_document(client, doctor):
    doctor.licence_document.save("licence.pdf", pdf_file(), save=True)
    for url in (doctor.get_absolute_url(), reverse("doctors:directory")):
        text = client.get(url).text
        assert doctor.licence_document.name not in text
        assert "/licence/" not in text


def test_a_missing_document_is_a_404_for_moderators_too(client_as, moderator, pending_doctor):
    assert client_as(moderator).get(reverse("doctors:licence", args=[pending_doctor.slug])).status_code == 404


# Old files go, evidence stays ------------------------------------------------------------------------


def _reapply(client, pdf_bytes: bytes):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tests.doctors.conftest import application_data

    return client.post(
        reverse("doctors:apply"),
        {**application_data(), "licence_document": SimpleUploadedFile("new.pdf", pdf_bytes, "application/pdf")},
    )


def _other_pdf() -> bytes:
    import io

    import pikepdf

    out = io.BytesIO()
    with pikepdf.new() as pdf:
        pdf.add_blank_page(page_size=(300, 300))
        pdf.add_blank_page(page_size=(300, 300))
        pdf.save(out)
    return out.getvalue()


def test_a_pending_applicants_replaced_licence_is_removed(client_as, licensed, django_capture_on_commit_callbacks):
    old_path = Path(licensed.licence_document.path)
    assert old_path.exists()
    with django_capture_on_commit_callbacks(execute=True):
        assert _reapply(client_as(licensed.user), _other_pdf()).status_code == 302
    licensed.refresh_from_db()
    assert Path(licensed.licence_document.path).exists() and not old_path.exists()


def test_the_document_a_decision_was_based_on_outlives_its_replacement(
    client_as, moderator, licensed, django_capture_on_commit_callbacks
):
    from doctors.models import VerificationDecision
    from doctors.services import doctor_reject

    original = Path(licensed.licence_document.path).read_bytes()
    with django_capture_on_commit_callbacks(execute=True):
        decision = doctor_reject(doctor=licensed, moderator=moderator, reason="The scan is unreadable.")
    assert decision.licence_document and Path(decision.licence_document.path).read_bytes() == original
    old_path = Path(licensed.licence_document.path)

    with django_capture_on_commit_callbacks(execute=True):
        assert _reapply(client_as(licensed.user), _other_pdf()).status_code == 302
    licensed.refresh_from_db()
    assert not old_path.exists()  # the profile's superseded file is gone...
    decision.refresh_from_db()
    kept = Path(decision.licence_document.path)
    assert kept.read_bytes() == original  # ...the decision's evidence is not

    browser = client_as(moderator)
    response = browser.get(reverse("doctors:decision_licence", args=[decision.pk]))
    assert read(response) == original
    assert response["Content-Disposition"].startswith("attachment")
    assert response["Content-Security-Policy"] == "sandbox; default-src 'none'"
    admin_page = browser.get(reverse("admin:doctors_doctorprofile_change", args=[licensed.pk])).text
    assert reverse("doctors:decision_licence", args=[decision.pk]) in admin_page
    assert client_as(licensed.user).get(reverse("doctors:decision_licence", args=[decision.pk])).status_code == 404

    # Not even a bulk delete behind the services' back removes the evidence file.
    with django_capture_on_commit_callbacks(execute=True):
        VerificationDecision.objects.filter(pk=decision.pk).delete()
    assert kept.exists()


def test_django_cleanup_leaves_photo_files_to_the_photo_services(make_case, django_capture_on_commit_callbacks):
    from django.core.files.base import ContentFile

    from photos.models import PhotoImage

    storage = PhotoImage._meta.get_field("original").storage
    name = storage.save("photos/originals/test/kept.jpg", ContentFile(b"original bytes"))
    image = make_case(approve=False).images.get(role="before")
    PhotoImage.objects.filter(pk=image.pk).update(original=name)
    image = PhotoImage.objects.get(pk=image.pk)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            image.original = "photos/originals/test/elsewhere.jpg"
            image.save()
        # Only the photo services remove originals and derivatives (when a never-published case goes).
        assert storage.exists(name)
    finally:
        storage.delete(name)
