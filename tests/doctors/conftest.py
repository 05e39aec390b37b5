import io

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from tests.factories import UserFactory


def one_page_pdf() -> bytes:
    """A real one-page PDF, built with pikepdf: licence documents are parsed and rewritten on upload."""
    import pikepdf

    out = io.BytesIO()
    with pikepdf.new() as pdf:
        pdf.add_blank_page(page_size=(612, 792))
        pdf.save(out)
    return out.getvalue()


PDF_BYTES = one_page_pdf()


@pytest.fixture(autouse=True)
def _disclaimer_version_1(db):
    # Browser journeys flush the database, data migrations' rows included; answers need v1.
    from tests.questions.conftest import disclaimer_version_1

    return disclaimer_version_1()


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    # Query-count tests create dozens of users; the production hasher is deliberately slow.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    # Anonymous pages are cached site-wide; these tests render every request (one test turns it back on).
    settings.PAGE_CACHE_SECONDS = 0


def grant(user, *codenames: str):
    user.user_permissions.add(*Permission.objects.filter(content_type__app_label="doctors", codename__in=codenames))
    # Permissions are cached on the instance.
    for attr in ("_perm_cache", "_user_perm_cache", "_group_perm_cache"):
        user.__dict__.pop(attr, None)
    return user


@pytest.fixture
def moderator(moderator):
    """The shared moderator, with the doctor permissions spelled out (whatever the role groups say)."""
    return grant(
        moderator,
        "verify_doctorprofile",
        "view_licence_document",
        "view_doctorprofile",
        "change_doctorprofile",
        "view_verificationdecision",
    )


@pytest.fixture
def staff_without_doctor_permissions(db):
    return UserFactory(handle="helpdesk", is_staff=True)


def pdf_file(name: str = "licence.pdf", size: int | None = None) -> SimpleUploadedFile:
    content = PDF_BYTES if size is None else PDF_BYTES + b"0" * (size - len(PDF_BYTES))
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def image_file(name: str = "photo.png", fmt: str = "PNG", size=(64, 64)) -> SimpleUploadedFile:
    out = io.BytesIO()
    Image.new("RGB", size, (180, 120, 90)).save(out, fmt)
    content_type = {"PNG": "image/png", "JPEG": "image/jpeg", "GIF": "image/gif"}[fmt]
    return SimpleUploadedFile(name, out.getvalue(), content_type=content_type)


def application_data(**overrides) -> dict:
    data = {
        "full_name": "Maya Lindqvist",
        "credential": "MD",
        "specialty": "dermatology",
        "licence_number": "tx-123456",
        "licence_region": "Texas, United States",
        "board_certifications": "American Board of Dermatology",
        "practice_name": "Lindqvist Dermatology",
        "address": "12 Congress Avenue",
        "city": "Austin",
        "region": "TX",
        "country": "United States",
        "website": "https://lindqvist-derm.example",
        "bio": "I treat acne scarring and pigmentation and explain the trade-offs plainly.",
    }
    data.update(overrides)
    return data


def admin_change_data(doctor, **extra) -> dict:
    """The admin change form of `doctor` as its page fills it in, with `extra` fields changed or added."""
    return {
        "licence_number": doctor.licence_number,
        "licence_region": doctor.licence_region,
        "full_name": doctor.full_name,
        "slug": doctor.slug,
        "credential": doctor.credential,
        "specialty": doctor.specialty,
        "board_certifications": "",
        "practice_name": "",
        "address": "",
        "city": doctor.city,
        "region": doctor.region,
        "country": doctor.country,
        "website": "",
        "bio": "Unchanged.",
        "decisions-TOTAL_FORMS": "0",
        "decisions-INITIAL_FORMS": "0",
        "decisions-MIN_NUM_FORMS": "0",
        "decisions-MAX_NUM_FORMS": "0",
        "_save": "Save",
        **extra,
    }


# The profile shows the doctor's photo cases: the photos tests' way of making them (and their consent texts).
from tests.photos.conftest import _consent_texts_version_1, make_case, prepare  # noqa: E402, F401
