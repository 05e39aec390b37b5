"""The demo's pictures: before/after photographs that read as photos, and illustrated headshots for every
demo doctor, stored through the same pipeline as an upload."""

import io

import numpy as np
import pytest
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from PIL import Image, ImageDraw, ImageFilter

from doctors import demo as doctors_demo
from doctors.demo_headshots import SIZE as HEADSHOT_SIDE
from doctors.demo_headshots import looks_feminine, portrait_png
from doctors.models import DoctorProfile
from imaging import pipeline
from photos import demo as photos_demo
from photos import demo_images
from photos.models import BeforeAfterPhoto
from tests.factories import DoctorProfileFactory

# Every kind of picture the photo seeder posts, once each.
SEEDED_AREAS = sorted(
    {(area, variant) for _slug, area, variant, _caption, _when in photos_demo.FACE_CASES}
    | {("abdomen", variant) for _slug, variant, _caption, _when in photos_demo.BODY_CASES}
    | set(photos_demo.PATIENT_AREAS.values()),
    key=str,
)


def _open(data: bytes) -> Image.Image:
    img = Image.open(io.BytesIO(data))
    img.load()
    return img


def _texture(img: Image.Image) -> float:
    """How much surface detail the middle of a picture keeps at a quarter of its size: the median,
    over small blocks, of the brightness left once the broad shading is taken away.

    Skin, fabric and hair keep detail at that scale (pores, blotches, fine lines); flat fills do not,
    and neither does noise sprinkled over them, which averages out when the picture is reduced.
    """
    w, h = img.size
    lum = np.asarray(img.convert("L").crop((w // 4, h // 4, w * 3 // 4, h * 3 // 4)).reduce(4), np.float32)
    rows, cols = lum.shape
    broad = Image.fromarray(lum, "F").resize((cols // 4, rows // 4), Image.Resampling.BOX)
    detail = lum - np.asarray(broad.resize((cols, rows), Image.Resampling.BICUBIC))
    b = 6
    blocks = detail[: rows // b * b, : cols // b * b].reshape(rows // b, b, cols // b, b).std(axis=(1, 3))
    return float(np.median(blocks))


def _cartoon() -> Image.Image:
    """The kind of picture the demo used to draw: flat shapes, a little blur and sensor-like noise."""
    img = Image.new("RGB", (800, 1000), (214, 224, 230))
    draw = ImageDraw.Draw(img)
    draw.ellipse((190, 200, 610, 760), fill=(224, 172, 138))
    draw.ellipse((265, 440, 355, 480), fill=(250, 250, 250))
    draw.ellipse((445, 440, 535, 480), fill=(250, 250, 250))
    draw.chord((325, 620, 475, 654), 180, 360, fill=(175, 85, 90))
    img = img.resize(demo_images.SIZE, Image.Resampling.BILINEAR).filter(ImageFilter.GaussianBlur(0.8))
    img = Image.blend(img, Image.effect_noise(demo_images.SIZE, 18).convert("RGB"), 0.06)
    out = io.BytesIO()
    img.save(out, "JPEG", quality=88)
    return _open(out.getvalue())


PHOTOGRAPHIC_TEXTURE = 1.2


def test_a_flat_cartoon_fails_the_photograph_check():
    assert _texture(_cartoon()) < PHOTOGRAPHIC_TEXTURE


@pytest.mark.parametrize(("area", "variant"), SEEDED_AREAS)
def test_every_seeded_area_renders_a_jpeg_pair_that_reads_as_photographs(area, variant):
    before, after = demo_images.case_pair(area, seed=11, variant=variant)
    for data in (before, after):
        img = _open(data)
        assert img.format == "JPEG" and img.mode == "RGB"
        assert img.size == demo_images.SIZE
        assert len(img.getcolors(1 << 24)) > 2000  # gradients and texture, not a few fills
        assert _texture(img) > PHOTOGRAPHIC_TEXTURE, f"{area} looks flat"
    assert before != after


def test_a_pair_is_the_same_person_and_framing_with_the_problem_softened():
    before, after = (np.asarray(_open(data), np.float32) for data in demo_images.case_pair("cheek", seed=3))
    other, _ = demo_images.case_pair("cheek", seed=4)
    someone_else = np.asarray(_open(other), np.float32)
    change = np.abs(before - after).mean()
    assert 0.5 < change < np.abs(before - someone_else).mean() / 2


def test_the_same_seed_gives_the_same_bytes():
    assert demo_images.case_pair("lips", seed=5, variant="volume") == demo_images.case_pair(
        "lips", seed=5, variant="volume"
    )
    assert demo_images.case_pair("lips", seed=5, variant="volume") != demo_images.case_pair(
        "lips", seed=6, variant="volume"
    )


def test_portraits_are_square_deterministic_pictures_not_initials():
    data = portrait_png("dr-ana-ruiz", feminine=True)
    assert data == portrait_png("dr-ana-ruiz", feminine=True)
    assert data != portrait_png("dr-marcus-bennett", feminine=False)
    img = _open(data)
    assert img.format == "PNG" and img.size == (HEADSHOT_SIDE, HEADSHOT_SIDE)
    # An initials badge is a disc and two letters: a few hundred colours and one that covers most of it.
    colours = img.getcolors(1 << 24)
    assert len(colours) > 1500
    assert max(count for count, _ in colours) < 0.5 * HEADSHOT_SIDE * HEADSHOT_SIDE
    face = np.asarray(img.convert("L").crop((176, 150, 336, 330)), np.float32)
    assert face.std() > 10  # eyes, brows, nose and mouth, not a blank oval


def test_names_are_paired_with_fitting_portraits():
    assert looks_feminine("Priya") and looks_feminine("Ana") and looks_feminine("Imani")
    assert not looks_feminine("Marcus") and not looks_feminine("Jonah") and not looks_feminine("Kenji")


def _no_metadata(img: Image.Image) -> None:
    exif = img.getexif()
    assert len(exif) == 0 and not exif.get_ifd(0x8825)  # no EXIF, no GPS block
    assert "icc_profile" not in img.info and "comment" not in img.info


@pytest.mark.django_db
def test_doctors_sharing_a_pooled_portrait_each_get_a_file_of_their_own(stored_headshot):
    doctors = [DoctorProfileFactory(bio="He answers questions about lasers.") for _ in range(5)]
    doctors_demo._give_headshots(doctors, pool=4)  # two portraits for men, two for women
    for doctor in doctors:
        doctor.save()
    names = [doctor.headshot.name for doctor in doctors]
    assert len(set(names)) == 5
    contents = {stored_headshot(name) for name in names}
    assert len(contents) == 2  # the same two pictures, stored once per doctor


@pytest.fixture
def stored_headshot():
    """The bytes of a file on the public storage (headshots, photo renditions)."""

    def read(name: str) -> bytes:
        with storages["default"].open(name) as fh:
            return fh.read()

    return read


@pytest.mark.django_db
def test_seed_demo_gives_every_verified_doctor_a_headshot_stored_like_an_upload(
    stored_headshot, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):  # the photos' derivatives are made on commit
        call_command("seed_demo", questions=30, stdout=io.StringIO())

    verified = DoctorProfile.objects.verified()
    assert verified.exists()
    assert not verified.filter(headshot="").exists()
    for doctor in verified:
        assert doctor.headshot.name.startswith("headshots/")
        img = _open(stored_headshot(doctor.headshot.name))
        # What the pipeline makes of an upload: a square JPEG, never larger than its size, no metadata.
        assert img.format == "JPEG" and img.size == (pipeline.HEADSHOT_SIZE, pipeline.HEADSHOT_SIZE)
        _no_metadata(img)

    # The before/after photographs went through the same pipeline: originals and renditions are bare.
    image = BeforeAfterPhoto.objects.public().first().images.first()
    with storages["private"].open(image.original.name) as fh:
        original = _open(fh.read())
    assert original.size == demo_images.SIZE
    _no_metadata(original)
    assert image.renditions
    _no_metadata(_open(stored_headshot(image.renditions[0]["jpeg"])))


def test_a_portrait_goes_through_the_headshot_pipeline_as_an_upload_would():
    upload = SimpleUploadedFile("headshot.png", portrait_png("dr-x", feminine=False), content_type="image/png")
    processed = pipeline.headshot_process(upload)
    img = _open(processed.read())
    assert img.format == "JPEG" and img.size == (pipeline.HEADSHOT_SIZE, pipeline.HEADSHOT_SIZE)
    _no_metadata(img)
