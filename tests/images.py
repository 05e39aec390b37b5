"""Real image files for the photo tests, made with Pillow on the spot (nothing downloaded)."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, ImageDraw, PngImagePlugin

GPS_IFD = 0x8825
ORIENTATION = 0x0112


def pattern(size: tuple[int, int] = (480, 320), seed: int = 0) -> Image.Image:
    """A photo-like RGB image with detail (stripes, shapes, noise) so blurring is measurable."""
    width, height = size
    img = Image.merge(
        "RGB",
        (
            Image.linear_gradient("L").resize(size),
            Image.effect_noise(size, 60).point(lambda v: (v + seed * 37) % 256),
            Image.linear_gradient("L").rotate(90).resize(size),
        ),
    )
    draw = ImageDraw.Draw(img)
    for x in range(0, width, 16):
        draw.line((x, 0, x, height), fill=(255, 255, 255) if (x // 16) % 2 else (0, 0, 0), width=3)
    draw.ellipse((width // 4, height // 4, width // 2, height // 2), fill=(200, 40, 40))
    return img


def encode(img: Image.Image, fmt: str = "JPEG", **kwargs) -> bytes:
    out = io.BytesIO()
    img.save(out, fmt, **kwargs)
    return out.getvalue()


def gps_exif(orientation: int | None = None) -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0110] = "Phone 12"  # Model
    exif[0x0131] = "Editor 1.0"  # Software
    if orientation:
        exif[ORIENTATION] = orientation
    exif[GPS_IFD] = {1: "N", 2: (40.0, 26.0, 46.0), 3: "W", 4: (79.0, 58.0, 56.0)}
    return exif


XMP = (
    b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
    b"<rdf:RDF><rdf:Description>Secret Clinic, 12 Main St</rdf:Description></rdf:RDF></x:xmpmeta>"
    b'<?xpacket end="w"?>'
)


def jpeg_with_metadata(size=(480, 320), orientation: int | None = 6) -> bytes:
    """A JPEG carrying GPS EXIF, an orientation, XMP, an ICC profile and a comment."""
    from PIL import ImageCms

    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    return encode(
        pattern(size),
        "JPEG",
        quality=90,
        exif=gps_exif(orientation),
        xmp=XMP,
        icc_profile=icc,
        comment=b"patient: Jane Roe",
    )


def png_with_text(size=(320, 240)) -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Jane Roe")
    info.add_text("Comment", "taken at Secret Clinic", zip=True)
    info.add_itxt("Description", "GPS 40.446 -79.982", lang="en")
    return encode(pattern(size).convert("RGBA"), "PNG", pnginfo=info, exif=gps_exif())


def webp_with_exif(size=(320, 240)) -> bytes:
    return encode(pattern(size), "WEBP", quality=80, exif=gps_exif())


def bomb_png() -> bytes:
    """64 megapixels (over the 50 MP limit) that compress to a few kilobytes."""
    return encode(Image.new("1", (8000, 8000)), "PNG", optimize=True)


def huge_header_png(width: int = 40_000, height: int = 40_000) -> bytes:
    """A real PNG whose header claims 1.6 gigapixels: Pillow's own bomb check fires on opening."""
    import struct
    import zlib

    data = bytearray(encode(Image.new("L", (64, 64)), "PNG"))
    ihdr = data.index(b"IHDR")
    struct.pack_into(">II", data, ihdr + 4, width, height)
    crc = zlib.crc32(bytes(data[ihdr : ihdr + 17])) & 0xFFFFFFFF
    struct.pack_into(">I", data, ihdr + 17, crc)
    return bytes(data)


def truncated_jpeg() -> bytes:
    full = encode(pattern((640, 480)), "JPEG", quality=95)
    return full[: len(full) // 2]


SVG = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="200" height="200">'
    b'<script>alert(1)</script><rect width="200" height="200" fill="red"/></svg>'
)


def oversized_jpeg(megabytes: int = 25) -> bytes:
    """A real JPEG followed by padding up to `megabytes`: refused on size before anything is decoded."""
    data = encode(pattern((320, 240)), "JPEG")
    return data + b"\0" * (megabytes * 1024 * 1024 - len(data))


def upload(data: bytes, name: str = "IMG_2024_0613_patient.jpg", content_type: str = "image/jpeg"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def jpeg_upload(size=(480, 320), seed: int = 0, name: str = "IMG_2024_0613_patient.jpg"):
    return upload(encode(pattern(size, seed), "JPEG", quality=90), name)
