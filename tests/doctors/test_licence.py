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
    try:
        return b"".join(response.streaming_content)
    finally:
        response.close()


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
