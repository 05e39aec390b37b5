"""The image pipeline, with real files made by Pillow: what goes in, what comes out, what is refused."""

import io
import re
import warnings

import pytest
from django.core.exceptions import ValidationError
from django.core.files.storage import storages
from PIL import Image, ImageFilter, ImageStat

from imaging import pipeline
from imaging.forms import HeadshotUploadField
from tests import images


def read_back(prepared: pipeline.PreparedImage) -> Image.Image:
    img = Image.open(prepared.open())
    img.load()
    return img


def assert_no_metadata(img: Image.Image) -> None:
    assert len(img.getexif()) == 0
    for key in ("exif", "xmp", "icc_profile", "comment", "XML:com.adobe.xmp", "photoshop", "adobe"):
        assert key not in img.info, key
    assert not getattr(img, "text", {}), "text chunks survived"


def test_jpeg_with_gps_exif_comes_out_with_no_metadata_and_orientation_applied():
    original = Image.open(io.BytesIO(images.jpeg_with_metadata(size=(480, 320), orientation=6)))
    assert original.getexif()[images.GPS_IFD] and "xmp" in original.info and "comment" in original.info

    prepared = pipeline.image_prepare(images.upload(images.jpeg_with_metadata(size=(480, 320), orientation=6)))
    img = read_back(prepared)

    assert img.format == "JPEG"
    assert_no_metadata(img)
    assert b"Jane Roe" not in prepared.data
    # Orientation 6 means "rotate 90° to display": the stored pixels are already upright.
    assert img.size == (320, 480) == (prepared.width, prepared.height)


def test_stripped_bytes_contain_none_of_the_metadata():
    prepared = pipeline.image_prepare(images.upload(images.jpeg_with_metadata()))
    data = prepared.data
    for secret in (b"Exif", b"Jane Roe", b"Secret Clinic", b"PhoneMaker", b"ICC_PROFILE", b"http://ns.adobe.com"):
        assert secret not in data


def test_png_with_text_chunks_comes_out_clean():
    source = Image.open(io.BytesIO(images.png_with_text()))
    source.load()
    assert source.text["Author"] == "Jane Roe"

    prepared = pipeline.image_prepare(images.upload(images.png_with_text(), "scan.png", "image/png"))
    img = read_back(prepared)

    assert_no_metadata(img)
    assert img.mode == "RGB" and img.size == (320, 240)
    assert b"Jane Roe" not in prepared.data


def test_webp_is_accepted_and_stripped():
    prepared = pipeline.image_prepare(images.upload(images.webp_with_exif(), "x.webp", "image/webp"))
    assert_no_metadata(read_back(prepared))


@pytest.mark.skipif("AVIF" not in pipeline.ACCEPTED_FORMATS, reason="Pillow built without AVIF")
def test_avif_is_accepted_when_pillow_supports_it():
    data = images.encode(images.pattern((200, 160)), "AVIF", quality=60, exif=images.gps_exif())
    prepared = pipeline.image_prepare(images.upload(data, "x.avif", "image/avif"))
    img = read_back(prepared)
    assert img.size == (200, 160)
    assert_no_metadata(img)


REFUSALS = [
    ("decompression bomb", images.bomb_png, "bomb.png", "too_many_pixels", "too large in pixels"),
    ("header claims 1.6 gigapixels", images.huge_header_png, "huge.png", "too_many_pixels", "too large in pixels"),
    ("truncated JPEG", images.truncated_jpeg, "cut.jpg", "corrupt", "incomplete or damaged"),
    (
        "text file named .jpg",
        lambda: b"Dear clinic, here is my photo.\n" * 20,
        "photo.jpg",
        "not_image",
        "isn't a valid image",
    ),
    ("SVG", lambda: images.SVG, "drawing.svg", "svg", "SVG drawings aren't accepted"),
    ("zero-byte file", lambda: b"", "empty.jpg", "empty", "The file is empty"),
    ("25 MB file", images.oversized_jpeg, "big.jpg", "too_big", "too big (25.0 MB); the limit is 20 MB"),
    (
        "GIF",
        lambda: images.encode(images.pattern((100, 100)).convert("P"), "GIF"),
        "a.gif",
        "unsupported_format",
        "GIF files",
    ),
    ("tiny image", lambda: images.encode(images.pattern((40, 40)), "JPEG"), "t.jpg", "too_small", "too small"),
]


@pytest.mark.parametrize(("label", "make", "name", "code", "message"), REFUSALS, ids=[r[0] for r in REFUSALS])
def test_bad_uploads_are_refused_with_their_own_message_and_store_nothing(
    label, make, name, code, message, stored_files, prepare
):
    with pytest.raises(ValidationError) as excinfo:
        prepare(images.upload(make(), name))
    error = excinfo.value
    assert error.code == code
    assert message in error.messages[0]
    assert stored_files() == ([], [])


def test_each_refusal_has_a_different_message():
    messages = set()
    for _, make, name, _, _ in REFUSALS:
        with pytest.raises(ValidationError) as excinfo:
            pipeline.image_prepare(images.upload(make(), name))
        messages.add(excinfo.value.messages[0])
    assert len(messages) == len(REFUSALS)


def test_a_bomb_is_refused_without_decoding_it(monkeypatch):
    bomb = images.upload(images.bomb_png(), "bomb.png")

    def fail_load(self):
        raise AssertionError("decoded a bomb")

    monkeypatch.setattr(Image.Image, "load", fail_load)
    with pytest.raises(ValidationError) as excinfo:
        pipeline.image_prepare(bomb)
    assert excinfo.value.code == "too_many_pixels"


def test_pillow_bomb_warning_is_a_refusal_not_a_warning():
    with warnings.catch_warnings():
        warnings.simplefilter("default")  # even where warnings are not errors
        with pytest.raises(ValidationError) as excinfo:
            pipeline.image_prepare(images.upload(images.huge_header_png(12_000, 10_000), "big.png"))
    assert excinfo.value.code == "too_many_pixels"


def test_original_is_stored_privately_under_a_random_name(stored_files):
    prepared = pipeline.image_prepare(images.jpeg_upload(name="jane-roe-before.jpg"))
    stored = pipeline.original_store(prepared)
    public, private = stored_files()
    assert public == [] and private == [stored.name]
    assert re.fullmatch(r"photos/originals/[0-9a-f]{2}/[0-9a-f]{32}\.jpg", stored.name)
    with storages["private"].open(stored.name) as fh:
        assert_no_metadata(Image.open(fh))


def test_derivatives_cover_three_widths_in_webp_and_jpeg_never_upscaled(stored_files):
    prepared = pipeline.image_prepare(images.jpeg_upload(size=(2000, 1500), name="IMG_0001.jpg"))
    stored = pipeline.original_store(prepared)
    renditions = pipeline.renditions_make(stored.name)

    assert [(r["width"], r["height"]) for r in renditions] == [(320, 240), (768, 576), (1536, 1152)]
    public, _ = stored_files()
    assert len(public) == 12
    assert not any("IMG_0001" in name for name in public)
    for rendition in renditions:
        for key, fmt in (("webp", "WEBP"), ("jpeg", "JPEG"), ("blurred_webp", "WEBP"), ("blurred_jpeg", "JPEG")):
            with storages["default"].open(rendition[key]) as fh:
                img = Image.open(fh)
                assert img.format == fmt and img.width == rendition["width"]
                assert_no_metadata(img)


def test_small_originals_are_not_upscaled():
    stored = pipeline.original_store(pipeline.image_prepare(images.jpeg_upload(size=(500, 400))))
    assert [r["width"] for r in pipeline.renditions_make(stored.name)] == [320, 500]


def test_blurred_derivatives_are_blurred_server_side():
    stored = pipeline.original_store(pipeline.image_prepare(images.jpeg_upload(size=(800, 600))))
    rendition = pipeline.renditions_make(stored.name)[0]

    def detail(name: str) -> float:
        with storages["default"].open(name) as fh:
            edges = Image.open(fh).convert("L").filter(ImageFilter.FIND_EDGES)
            return ImageStat.Stat(edges).var[0]

    assert detail(rendition["blurred_jpeg"]) < detail(rendition["jpeg"]) / 20
    assert detail(rendition["blurred_webp"]) < detail(rendition["webp"]) / 20


def test_headshot_file_is_ready_for_an_image_field(stored_files):
    upload = images.upload(images.encode(images.pattern((1200, 900)), "JPEG", exif=images.gps_exif()), "dr-me.jpg")
    headshot = HeadshotUploadField().clean(upload)
    assert re.fullmatch(r"[0-9a-f]{32}\.jpg", headshot.name)
    img = Image.open(headshot)
    assert img.size == (pipeline.HEADSHOT_SIZE, pipeline.HEADSHOT_SIZE)
    assert_no_metadata(img)
    assert stored_files() == ([], [])  # stored by the model field on save, not before


def test_headshot_is_a_square_public_jpeg_with_a_random_name(stored_files):
    name = pipeline.headshot_store(pipeline.image_prepare(images.upload(images.jpeg_with_metadata(), "me.jpg")))
    public, private = stored_files()
    assert public == [name] and private == []
    assert re.fullmatch(r"headshots/[0-9a-f]{2}/[0-9a-f]{32}\.jpg", name)
    with storages["default"].open(name) as fh:
        img = Image.open(fh)
        assert img.size == (320, 320)  # the short side of the (rotated) photo: never upscaled
        assert_no_metadata(img)


def test_a_broken_colour_profile_does_not_refuse_the_photo():
    broken = images.encode(images.pattern((200, 150)), "JPEG", icc_profile=b"not a profile at all")
    prepared = pipeline.image_prepare(images.upload(broken))
    assert_no_metadata(read_back(prepared))


@pytest.mark.parametrize(
    ("mode", "fmt"),
    [("CMYK", "JPEG"), ("L", "JPEG"), ("I;16", "PNG"), ("P", "PNG"), ("LA", "PNG"), ("RGBA", "WEBP")],
)
def test_unusual_colour_modes_come_out_as_plain_rgb(mode, fmt):
    img = images.pattern((200, 150))
    source = (
        img.convert("L").convert("I").point(lambda v: v * 256).convert("I;16") if mode == "I;16" else img.convert(mode)
    )
    if mode == "P":
        source.info["transparency"] = 0
    prepared = pipeline.image_prepare(images.upload(images.encode(source, fmt), f"x.{fmt.lower()}"))
    out = read_back(prepared)
    assert out.mode == "RGB" and out.size == (200, 150)
    assert_no_metadata(out)
