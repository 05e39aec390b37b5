"""The one way an image gets stored on Candid: before/after photos, review photos, doctor headshots, demo data.

`image_prepare()` checks an upload (size first, then the format from its first bytes, then the pixel
count from the header, then the whole decode), applies the EXIF orientation, converts the colours to
sRGB and copies the pixels into a fresh image, so no metadata can survive: EXIF (with GPS), XMP, IPTC,
ICC profiles, comments, PNG text chunks. What comes out is a `PreparedImage`: plain RGB JPEG bytes in
a temporary file, not yet stored anywhere.

`original_store()` saves a prepared image to the private storage under a random name (never the
uploaded one); `renditions_make()` turns a stored original into the public derivatives the site
serves (320, 768 and 1,536 px wide, WebP plus a JPEG fallback, and a server-side blurred copy of each
for graphic cases). Each derivative gets its own random name, so a blurred URL gives away nothing
about the unblurred one.

Every refusal is a `ValidationError` with its own code and message.
"""

import contextlib
import io
import secrets
import struct
import warnings
from dataclasses import dataclass, field
from typing import IO, Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files import File
from django.core.files.base import ContentFile
from django.core.files.storage import Storage, storages
from django.utils.translation import gettext
from PIL import Image, ImageFilter, ImageOps, features

try:  # Colour management is optional in Pillow builds; without it colours are taken as sRGB.
    from PIL import ImageCms
except ImportError:  # pragma: no cover - every build we ship has littlecms
    ImageCms = None

# Images with more pixels than this are refused before they are decoded (decompression bombs):
# 50 megapixels is well above any phone or DSLR photo a patient or clinic would share.
MAX_PIXELS = 50_000_000
MIN_SIDE = 64
DERIVATIVE_WIDTHS = (320, 768, 1536)
HEADSHOT_SIZE = 480

ORIGINAL_QUALITY = 92
JPEG_QUALITY = 82
WEBP_QUALITY = 80

# Formats we decode. AVIF only where this Pillow was built with it; HEIC would need pillow-heif.
ACCEPTED_FORMATS = ("JPEG", "PNG", "WEBP", *(("AVIF",) if features.check("avif") else ()))
FORMAT_LABELS = {"JPEG": "JPEG", "PNG": "PNG", "WEBP": "WebP", "AVIF": "AVIF"}
ACCEPT_ATTRIBUTE = ",".join(
    {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp", "AVIF": "image/avif"}[f] for f in ACCEPTED_FORMATS
)

# Formats people do try to upload, recognised by their first bytes so we can say what was wrong
# without handing the file to a decoder we do not need.
_KNOWN_OTHER_SIGNATURES = [
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"BM", "BMP"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
    (b"%PDF", "PDF"),
    (b"8BPS", "Photoshop (PSD)"),
    (b"\x00\x00\x01\x00", "ICO"),
]
_AVIF_BRANDS = {b"avif", b"avis"}
_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"}

# Decoders raise a zoo of exceptions on damaged files; every one of them means "damaged".
_DECODE_ERRORS = (OSError, SyntaxError, ValueError, EOFError, struct.error, IndexError, TypeError, KeyError)


def accepted_list() -> str:
    """ "JPEG, PNG or WebP" (the formats people know), naming AVIF apart when this Pillow reads it."""
    extra = [FORMAT_LABELS[f] for f in ACCEPTED_FORMATS if f not in ("JPEG", "PNG", "WEBP")]
    if not extra:
        return gettext("JPEG, PNG or WebP")
    # Translators: "AVIF" (or another format name) is also accepted.
    return gettext("JPEG, PNG or WebP (%(formats)s works too)") % {"formats": " / ".join(extra)}


@dataclass(frozen=True)
class PreparedImage:
    """A checked, metadata-free RGB JPEG waiting to be stored (bytes: a few MB at most, nothing to close)."""

    data: bytes = field(repr=False)
    width: int
    height: int
    source_format: str

    def open(self) -> io.BytesIO:
        return io.BytesIO(self.data)


@dataclass(frozen=True)
class StoredOriginal:
    name: str
    width: int
    height: int


def _refuse(message: str, code: str, **params: Any) -> ValidationError:
    return ValidationError(message, code=code, params=params or None)


def _sniff(head: bytes) -> str:
    """The format named by the file's first bytes, or raise the refusal that fits."""
    if head.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WEBP"
    if head[4:8] == b"ftyp":
        box_size = int.from_bytes(head[:4], "big")
        brands = {head[8:12]} | {head[i : i + 4] for i in range(16, min(box_size, len(head)) - 3, 4)}
        if brands & _AVIF_BRANDS:
            if "AVIF" in ACCEPTED_FORMATS:
                return "AVIF"
            raise _refuse(
                gettext("AVIF images aren't supported here. Please upload a photo as %(formats)s.")
                % {"formats": accepted_list()},
                "unsupported_format",
            )
        if brands & _HEIF_BRANDS:
            raise _refuse(
                gettext(
                    "HEIC photos aren't supported yet. On an iPhone, choose “Most Compatible” in Camera settings, "
                    "or export the photo as JPEG, then upload it as %(formats)s."
                )
                % {"formats": accepted_list()},
                "unsupported_format",
            )
    for signature, label in _KNOWN_OTHER_SIGNATURES:
        if head.startswith(signature):
            raise _refuse(
                gettext("%(kind)s files aren't accepted. Please upload a photo as %(formats)s.")
                % {"kind": label, "formats": accepted_list()},
                "unsupported_format",
            )
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith((b"<?xml", b"<svg", b"<!doctype svg")) or b"<svg" in text:
        raise _refuse(
            gettext("SVG drawings aren't accepted (they can carry scripts). Please upload a photo as %(formats)s.")
            % {"formats": accepted_list()},
            "svg",
        )
    raise _refuse(
        gettext("This file isn't a valid image, whatever its name says. Please upload a photo as %(formats)s.")
        % {"formats": accepted_list()},
        "not_image",
    )


def _check_size(upload: File) -> None:
    size = upload.size
    if not size:
        raise _refuse(gettext("The file is empty."), "empty")
    limit = settings.MAX_UPLOAD_BYTES
    if size > limit:
        raise _refuse(
            gettext("The file is too big (%(size).1f MB); the limit is %(limit)d MB."),
            "too_big",
            size=size / 1024 / 1024,
            limit=limit // 1024 // 1024,
        )


def _check_pixels(width: int, height: int) -> None:
    if width * height > MAX_PIXELS:
        raise _refuse(
            gettext("The image is too large in pixels (%(width)d x %(height)d); the limit is %(limit)d megapixels."),
            "too_many_pixels",
            width=width,
            height=height,
            limit=MAX_PIXELS // 1_000_000,
        )
    if min(width, height) < MIN_SIDE:
        raise _refuse(
            gettext("The image is too small (%(width)d x %(height)d); each side needs at least %(min)d pixels."),
            "too_small",
            width=width,
            height=height,
            min=MIN_SIDE,
        )


def _bomb_refusal() -> ValidationError:
    return _refuse(
        gettext("The image is too large in pixels; the limit is %(limit)d megapixels."),
        "too_many_pixels",
        limit=MAX_PIXELS // 1_000_000,
    )


def _corrupt_refusal() -> ValidationError:
    return _refuse(gettext("The image is incomplete or damaged. Please export it again and re-upload."), "corrupt")


def _to_srgb(img: Image.Image) -> Image.Image:
    """Colours converted to sRGB when the image carries another ICC profile; the profile itself is dropped."""
    icc = img.info.get("icc_profile")
    if not icc or ImageCms is None or img.mode not in ("RGB", "CMYK"):
        return img
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        if img.mode == "RGB" and "srgb" in ImageCms.getProfileDescription(source).lower():
            return img  # already sRGB: converting would only cost time
        converted = ImageCms.profileToProfile(img, source, ImageCms.createProfile("sRGB"), outputMode="RGB")
    except (ImageCms.PyCMSError, OSError, ValueError):
        # A broken profile is no reason to refuse the photo: fall back to reading the numbers as sRGB.
        return img
    return converted if converted is not None else img


def _fresh_rgb(img: Image.Image) -> Image.Image:
    """Only the pixels, in RGB, in a new image: nothing from the file's metadata comes along."""
    if img.mode in ("I;16", "I;16B", "I;16L", "I", "F"):
        # 16-bit and float greyscale: scale into 8 bits rather than letting convert() clip.
        img = img.convert("I").point(lambda value: value * (1 / 256)).convert("L")
    if img.mode in ("P", "PA", "LA", "RGBA", "La", "RGBa") or "transparency" in img.info:
        rgba = img.convert("RGBA")
        fresh = Image.new("RGB", img.size, (255, 255, 255))
        fresh.paste(rgba, mask=rgba.getchannel("A"))  # transparent areas become white, as in a JPEG
        return fresh
    rgb = img if img.mode == "RGB" else img.convert("RGB")
    fresh = Image.new("RGB", img.size)
    fresh.paste(rgb)
    return fresh


def _open(fp: IO[bytes], fmt: str) -> Image.Image:
    return Image.open(fp, formats=[fmt])


def image_prepare(upload: File) -> PreparedImage:
    """Check an uploaded image and return it re-encoded without metadata; raise ValidationError if refused.

    Nothing is stored. The file's name is never looked at.
    """
    _check_size(upload)
    upload.seek(0)
    fmt = _sniff(upload.read(512))

    # Decompression bombs: Pillow warns above its own limit and raises above twice that; the warning
    # is turned into a refusal too, and our lower limit is checked from the header before decoding.
    # (catch_warnings is process-wide: another thread decoding at that moment also gets the warning as
    # an error, which is the behaviour we want there too.)
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            upload.seek(0)
            with _open(upload, fmt) as probe:
                _check_pixels(*probe.size)
                probe.verify()
            upload.seek(0)
            with _open(upload, fmt) as img:
                img.load()
                # In place: a 24-megapixel photo should not be held in memory twice over. A malformed
                # EXIF block is no reason to refuse the pixels; it is dropped with the rest anyway.
                with contextlib.suppress(*_DECODE_ERRORS):
                    ImageOps.exif_transpose(img, in_place=True)
                clean = _fresh_rgb(_to_srgb(img))
        except ValidationError:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise _bomb_refusal() from None
        except Image.UnidentifiedImageError:
            raise _corrupt_refusal() from None
        except _DECODE_ERRORS:
            raise _corrupt_refusal() from None

    width, height = clean.size
    out = io.BytesIO()
    # No exif=, icc_profile= or comment= arguments and a fresh image: the JPEG carries pixels only.
    clean.save(out, "JPEG", quality=ORIGINAL_QUALITY, optimize=False)
    clean.close()
    return PreparedImage(data=out.getvalue(), width=width, height=height, source_format=fmt)


def random_name(folder: str, extension: str) -> str:
    """A storage name nobody can guess or link back to the upload: two levels of random hex."""
    token = secrets.token_hex(16)
    return f"{folder}/{token[:2]}/{token}.{extension}"


def original_store(prepared: PreparedImage, *, folder: str = "photos/originals") -> StoredOriginal:
    """Save a prepared image to the private storage (never served) under a random name."""
    name = storages["private"].save(random_name(folder, "jpg"), File(prepared.open()))
    return StoredOriginal(name=name, width=prepared.width, height=prepared.height)


def _save_public(img: Image.Image, storage: Storage, folder: str, fmt: str) -> str:
    buffer = io.BytesIO()
    if fmt == "WEBP":
        # method=2: a third of the default's encoding time for files within a few per cent of its size.
        img.save(buffer, "WEBP", quality=WEBP_QUALITY, method=2)
        extension = "webp"
    else:
        img.save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True)
        extension = "jpg"
    buffer.seek(0)
    return storage.save(random_name(folder, extension), File(buffer))


def _blurred(img: Image.Image) -> Image.Image:
    """A copy nobody can make out: shrunk, blurred and scaled back, so it stays cheap at any size."""
    small = img.copy()
    small.thumbnail((max(8, img.width // 16), max(8, img.height // 16)), Image.Resampling.BILINEAR)
    small = small.filter(ImageFilter.GaussianBlur(radius=max(1.5, small.width / 40)))
    return small.resize(img.size, Image.Resampling.BICUBIC)


def target_widths(original_width: int) -> list[int]:
    """The derivative widths for an original: never wider than the original (no upscaling)."""
    widths = [w for w in DERIVATIVE_WIDTHS if w <= original_width]
    if original_width < DERIVATIVE_WIDTHS[-1] and original_width not in widths:
        widths.append(original_width)
    return widths


def renditions_make(original_name: str, *, folder: str = "photos") -> list[dict[str, Any]]:
    """Make the public derivatives of a stored original, largest first, one size in memory at a time.

    Returns one dict per width: width, height, webp, jpeg, blurred_webp, blurred_jpeg (storage names).
    If anything fails, the files already written are removed before the error propagates.
    """
    public = storages["default"]
    written: list[str] = []
    renditions: list[dict[str, Any]] = []
    try:
        with storages["private"].open(original_name, "rb") as fh, _open(fh, "JPEG") as img:
            original_width, original_height = img.size
            widths = sorted(target_widths(original_width), reverse=True)
            # JPEG can decode straight at 1/2, 1/4 or 1/8 scale: far less memory and time for big photos.
            largest = widths[0]
            img.draft("RGB", (largest, max(1, round(original_height * largest / original_width))))
            current = img.convert("RGB") if img.mode != "RGB" else img.copy()
        for width in widths:
            height = max(1, round(original_height * width / original_width))
            if current.size != (width, height):
                current = current.resize((width, height), Image.Resampling.LANCZOS, reducing_gap=3.0)
            blurred = _blurred(current)
            rendition: dict[str, Any] = {"width": width, "height": height}
            for key, source, fmt in (
                ("webp", current, "WEBP"),
                ("jpeg", current, "JPEG"),
                ("blurred_webp", blurred, "WEBP"),
                ("blurred_jpeg", blurred, "JPEG"),
            ):
                rendition[key] = _save_public(source, public, folder, fmt)
                written.append(rendition[key])
            blurred.close()
            renditions.append(rendition)
        current.close()
    except BaseException:
        files_delete(written)
        raise
    renditions.sort(key=lambda r: r["width"])
    return renditions


def _headshot_square(prepared: PreparedImage) -> Image.Image:
    side = min(HEADSHOT_SIZE, prepared.width, prepared.height)  # never upscaled
    with _open(prepared.open(), "JPEG") as img:
        img.draft("RGB", (side, side))
        return ImageOps.fit(img.convert("RGB"), (side, side), Image.Resampling.LANCZOS)


def headshot_store(prepared: PreparedImage) -> str:
    """Store a doctor's headshot: a centred square JPEG on the public storage, random name."""
    return _save_public(_headshot_square(prepared), storages["default"], "headshots", "JPEG")


def files_delete(names: list[str], *, storage: Storage | None = None) -> None:
    """Remove stored files; a file that is already gone is not an error."""
    storage = storage or storages["default"]
    for name in names:
        if name:
            storage.delete(name)


# Files stored through model fields (imaging.fields) ---------------------------------------------------


class ProcessedFile(ContentFile):
    """Bytes this module produced (re-encoded image, rewritten PDF) under a random name. Only this module
    creates them, so `imaging.fields` can store one without running the pipeline a second time."""


def headshot_file(prepared: PreparedImage) -> ProcessedFile:
    """The headshot as an unsaved file with a random name, for assigning to an ImageField
    (`profile.headshot = headshot_file(prepared)`): the field's storage saves it on the next save()."""
    buffer = io.BytesIO()
    _headshot_square(prepared).save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True)
    return ProcessedFile(buffer.getvalue(), name=f"{secrets.token_hex(16)}.jpg")


def headshot_process(upload: File) -> ProcessedFile:
    """Any file meant to be a headshot, from any path (form, admin, shell, command): checked, stripped,
    squared and re-encoded, or refused with a ValidationError."""
    if isinstance(upload, ProcessedFile):
        return upload
    return headshot_file(image_prepare(upload))


# Licence documents: PDFs rewritten without active content, images re-encoded --------------------------

LICENCE_MAX_BYTES = 10 * 1024 * 1024
LICENCE_MAX_PAGES = 30
LICENCE_FORMATS = "a PDF, JPEG or PNG file"

# Action types that run code, open other files or programs, reach the network or submit data.
# Only in-document navigation (/GoTo) and viewer commands (/Named) survive.
_SAFE_ACTIONS = {"/GoTo", "/Named"}
# Keys whose values are scripts, triggers or files inside the file: always dropped.
_ACTIVE_KEYS = ("/JS", "/JavaScript", "/AA", "/OpenAction", "/EmbeddedFiles", "/EF", "/XFA", "/RichMediaContent")
# Keys that hold an action to run.
_ACTION_KEYS = ("/A", "/PA", "/Next")
# Annotations that are interactive by nature: links, form fields, attachments, media.
_ACTIVE_ANNOTATIONS = {"/Link", "/Widget", "/FileAttachment", "/Screen", "/Movie", "/Sound", "/RichMedia", "/3D"}


def _is_unsafe_action(value) -> bool:
    import pikepdf

    if isinstance(value, pikepdf.Array):
        return any(_is_unsafe_action(item) for item in value)
    if not isinstance(value, pikepdf.Dictionary):
        return False
    kind = value.get("/S")
    return kind is not None and str(kind) not in _SAFE_ACTIONS


def _pdf_walk(pdf) -> Any:
    """Every dictionary in the file, indirect or nested, once each."""
    import pikepdf

    seen: set[tuple[int, int]] = set()
    stack = [pdf.trailer, *pdf.objects]
    while stack:
        obj = stack.pop()
        if isinstance(obj, pikepdf.Stream):
            obj = obj.stream_dict
        if not isinstance(obj, pikepdf.Dictionary | pikepdf.Array):
            continue
        if obj.is_indirect:
            if obj.objgen in seen:
                continue
            seen.add(obj.objgen)
        if isinstance(obj, pikepdf.Dictionary):
            yield obj
            stack.extend(value for _, value in obj.items())
        else:
            stack.extend(obj)


def pdf_active_content(pdf) -> list[str]:
    """What in an open pikepdf.Pdf could run or reach out: empty for a clean file."""
    found = []
    root = pdf.Root
    if "/AcroForm" in root:
        found.append("/AcroForm")
    if "/Names" in root and any(key != "/Dests" for key in root.Names):
        found.append("/Names")
    for dictionary in _pdf_walk(pdf):
        found += [key for key in _ACTIVE_KEYS if key in dictionary]
        found += [key for key in _ACTION_KEYS if key in dictionary and _is_unsafe_action(dictionary[key])]
        if _is_unsafe_action(dictionary):
            found.append(str(dictionary.get("/S")))
        if dictionary.get("/Type") == "/Annot" and str(dictionary.get("/Subtype")) in _ACTIVE_ANNOTATIONS:
            found.append(str(dictionary.get("/Subtype")))
    return found


def _pdf_strip(pdf) -> None:
    import pikepdf

    root = pdf.Root
    for key in ("/AcroForm", "/OpenAction", "/AA"):
        if key in root:
            del root[key]
    if "/Names" in root:
        for key in list(root.Names.keys()):
            if key != "/Dests":
                del root.Names[key]
    for page in pdf.pages:
        if "/Annots" in page.obj:
            kept = [
                annot
                for annot in page.obj.Annots
                if isinstance(annot, pikepdf.Dictionary) and str(annot.get("/Subtype")) not in _ACTIVE_ANNOTATIONS
            ]
            page.obj.Annots = pikepdf.Array(kept)
    for dictionary in list(_pdf_walk(pdf)):
        for key in _ACTIVE_KEYS:
            if key in dictionary:
                del dictionary[key]
        for key in _ACTION_KEYS:
            if key in dictionary and _is_unsafe_action(dictionary[key]):
                del dictionary[key]
        if _is_unsafe_action(dictionary):
            # An action object referred to from somewhere we did not look: leave it inert.
            for key in list(dictionary.keys()):
                del dictionary[key]


def pdf_sanitize(upload: File) -> bytes:
    """A PDF parsed and written again without anything that runs or reaches out (scripts, automatic
    and triggered actions, launch/URI/submit actions, forms and their scripts, XFA, embedded files,
    interactive annotations); refused if it cannot be opened, is encrypted or has too many pages.

    Streams are copied as they are, never decoded, so a compressed bomb inside costs nothing.
    """
    import pikepdf

    upload.seek(0)
    data = upload.read()
    try:
        pdf = pikepdf.open(io.BytesIO(data))
    except pikepdf.PasswordError:
        raise _refuse(
            gettext("This PDF is protected with a password. Save it without protection and upload it again."),
            "encrypted",
        ) from None
    except (pikepdf.PdfError, *_DECODE_ERRORS):
        raise _refuse(gettext("This PDF is damaged or incomplete. Export it again and re-upload."), "corrupt") from None
    with pdf:
        if pdf.is_encrypted:
            raise _refuse(
                gettext("This PDF is encrypted. Save it without protection and upload it again."), "encrypted"
            )
        pages = len(pdf.pages)
        if not pages:
            raise _refuse(gettext("This PDF has no pages."), "corrupt")
        if pages > LICENCE_MAX_PAGES:
            raise _refuse(
                gettext("This PDF has %(pages)d pages; the limit is %(limit)d. Upload only the licence itself."),
                "too_many_pages",
                pages=pages,
                limit=LICENCE_MAX_PAGES,
            )
        _pdf_strip(pdf)
        out = io.BytesIO()
        try:
            # Only what the document still refers to is written; streams are copied without decoding.
            pdf.save(
                out,
                stream_decode_level=pikepdf.StreamDecodeLevel.none,
                compress_streams=False,
                object_stream_mode=pikepdf.ObjectStreamMode.disable,
            )
        except (pikepdf.PdfError, *_DECODE_ERRORS):
            raise _refuse(
                gettext("This PDF is damaged or incomplete. Export it again and re-upload."), "corrupt"
            ) from None
    # Checked again on what will be stored: anything left is a refusal, not a stored risk.
    with pikepdf.open(io.BytesIO(out.getvalue())) as written:
        if remaining := pdf_active_content(written):
            raise _refuse(
                gettext(
                    "This PDF has active content that could not be removed (%(kind)s). Print it to a new PDF "
                    "or upload a scan as JPEG or PNG."
                ),
                "active_content",
                kind=remaining[0],
            )
    return out.getvalue()


def licence_process(upload: File) -> ProcessedFile:
    """Any file meant to be a licence document, from any path: a PDF rewritten by `pdf_sanitize()`, or a
    JPEG/PNG re-encoded by `image_prepare()` (so a polyglot stops being one), under a random name; or a
    ValidationError saying why not."""
    if isinstance(upload, ProcessedFile):
        return upload
    size = upload.size
    if not size:
        raise _refuse(gettext("This file is empty. Choose the scan or photo of your licence again."), "empty")
    if size > LICENCE_MAX_BYTES:
        raise _refuse(
            gettext("This file is %(size).1f MB; the limit is %(limit)d MB. A scan at 150-300 dpi is plenty."),
            "too_big",
            size=size / 1024 / 1024,
            limit=LICENCE_MAX_BYTES // 1024 // 1024,
        )
    upload.seek(0)
    head = upload.read(16)
    if head.startswith(b"%PDF-"):
        return ProcessedFile(pdf_sanitize(upload), name=f"{secrets.token_hex(16)}.pdf")
    if head.startswith((b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n")):
        return ProcessedFile(image_prepare(upload).data, name=f"{secrets.token_hex(16)}.jpg")
    raise _refuse(
        gettext("Upload a PDF, JPEG or PNG file. Other formats (Word, HEIC, ZIP) can't be checked."),
        "unsupported_format",
    )
