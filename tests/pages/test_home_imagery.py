"""The home page's imagery: before/after highlights (published, non-graphic cases, their derivatives only,
linking to the case) and verified doctors' faces (linking to their profiles), each kept until its
content changes; and, on the demo data, Botox among the most-reviewed treatments."""

import io
import re

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from PIL import Image

from doctors.models import DoctorProfile
from moderation.services import content_hide
from tests.factories import DoctorProfileFactory, QuestionFactory, ReviewFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 0
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def _headshot(colour=(196, 150, 120)) -> SimpleUploadedFile:
    out = io.BytesIO()
    Image.new("RGB", (240, 240), colour).save(out, "JPEG")
    return SimpleUploadedFile("portrait.jpg", out.getvalue(), content_type="image/jpeg")


def _section(html: str, heading_id: str) -> str:
    start = html.index(f'id="{heading_id}"')
    return html[start : html.index("</section>", start)]


def _derivatives(case) -> set[str]:
    return {f"/media/{r[fmt]}" for image in case.images.all() for r in image.renditions for fmt in ("webp", "jpeg")}


def test_the_strip_shows_published_cases_by_their_derivatives_and_links_to_them(client, make_case, moderator):
    shown = make_case(caption="Frown lines softened, same light and angle.")
    pending = make_case(approve=False, seed=2)
    graphic = make_case(graphic=True, seed=4)
    hidden = make_case(seed=6)
    content_hide(actor=moderator, target=hidden, reason="The patient withdrew consent")

    strip = _section(client.get("/").text, "photos-heading")

    assert f'<a class="home-photo text-decoration-none" href="{shown.get_absolute_url()}">' in strip
    assert "Botox" in strip and "3 to 6 weeks after" in strip
    media = set(re.findall(r"/media/[\w/.-]+", strip))
    assert media and media <= _derivatives(shown), "derivatives of the published case only"
    for case in (pending, graphic, hidden):
        assert f'href="{case.get_absolute_url()}"' not in strip
    assert all(image.original.name not in strip for image in shown.images.all())


def test_no_strip_without_published_photos(client, make_case):
    make_case(approve=False)
    assert 'id="photos-heading"' not in client.get("/").text


def test_the_faces_are_verified_doctors_with_a_headshot_linking_to_their_profiles(client, doctor, moderator):
    doctor.headshot = _headshot()
    doctor.save()
    no_photo = DoctorProfileFactory(full_name="Lena Park")
    pending = DoctorProfileFactory(
        full_name="Omar Haddad", status=DoctorProfile.Status.PENDING, verified_at=None, headshot=_headshot()
    )
    suspended = DoctorProfileFactory(
        full_name="Grace Liu", status=DoctorProfile.Status.SUSPENDED, headshot=_headshot((90, 60, 40))
    )
    hidden = DoctorProfileFactory(full_name="Tom Becker", headshot=_headshot((60, 90, 40)))
    content_hide(actor=moderator, target=hidden, reason="Impersonation report")

    faces = _section(client.get("/").text, "doctors-heading")

    assert f'<a class="home-face text-decoration-none" href="{doctor.get_absolute_url()}">' in faces
    assert f'src="{doctor.headshot.url}"' in faces and "Dr. Ana Ruiz" in faces and "Dermatology" in faces
    for other in (no_photo, pending, suspended, hidden):
        assert other.full_name not in faces


def _home_queries(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/").status_code == 200
    return len(queries)


def test_the_home_costs_eight_queries_until_it_is_kept_then_none(client, doctor, make_case):
    doctor.headshot = _headshot()
    doctor.save()
    make_case()
    QuestionFactory()
    ReviewFactory()
    cache.clear()
    # Most-reviewed treatments, photo cases and their images, doctors' faces, then the lists: recent
    # questions, their treatments, their best answers, recent reviews.
    cold = _home_queries(client)
    assert cold == 8
    for seed in range(2, 12, 2):
        make_case(seed=seed)
    DoctorProfileFactory.create_batch(5, headshot=_headshot())
    cache.clear()
    assert _home_queries(client) == cold
    # Kept until photos, doctors, questions or reviews change: the imagery and the lists' rows.
    assert _home_queries(client) == 0


def test_on_the_demo_data_botox_is_among_the_most_reviewed_and_the_home_shows_real_imagery(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):  # the photos' derivatives are made after commit
        call_command("seed_demo", questions=60, stdout=io.StringIO())
    html = client.get("/").text

    treatments = _section(html, "treatments-heading")
    assert ">Botox</a>" in treatments
    assert _section(html, "photos-heading").count('class="home-photo ') >= 4
    assert _section(html, "doctors-heading").count('class="home-face ') >= 4
    assert "question-row-excerpt" in _section(html, "recent-heading")
