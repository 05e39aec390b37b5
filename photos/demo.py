"""Demo before/after cases, drawn with Pillow (no downloads) and stored through the real pipeline.

Faces for injectables, lasers and skin care (lines, spots and redness that fade in the "after"), and
abstract torsos for body surgery (marked graphic, so they show blurred). A few cases stay pending and
one is rejected, so the moderators' queue has something in it.
"""

import io
import random

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, ImageDraw, ImageFilter

from core.demo import DemoContext
from imaging import pipeline
from photos import services
from photos.models import BeforeAfterPhoto

SIZE = (800, 1000)  # drawn at this size, stored at OUTPUT_SIZE
OUTPUT_SIZE = (600, 750)
SKIN_TONES = [(241, 194, 167), (224, 172, 138), (198, 134, 98), (160, 104, 72), (118, 76, 52), (233, 186, 150)]
HAIR = [(40, 28, 20), (92, 60, 34), (20, 20, 22), (150, 110, 60), (70, 50, 40)]
BACKDROPS = [(214, 224, 230), (226, 222, 214), (208, 220, 214)]

# (treatment slug, kind of drawing, caption, time since treatment)
FACE_CASES = [
    ("botox", "lines", "Forehead and frown lines, 24 units. Movement kept, lines softened.", "3_6_weeks"),
    ("under-eye-filler", "hollows", "Tear-trough filler, 0.8 ml, cannula. Shadows lighter in daylight.", "1_2_weeks"),
    ("ipl-photofacial", "spots", "Three IPL sessions a month apart for sun spots and redness.", "2_3_months"),
    ("fraxel-laser", "scars", "Four Fraxel sessions for rolling acne scars on the cheeks.", "4_6_months"),
    ("lip-filler", "lips", "Half a syringe of soft filler for shape, not size.", "1_2_weeks"),
    ("chemical-peel", "spots", "Medium-depth peel for melasma; strict sunscreen afterwards.", "2_3_months"),
    ("microneedling", "scars", "Five microneedling sessions for texture and shallow scars.", "4_6_months"),
    ("botox", "lines", "Crow's feet, 12 units each side; the smile still reaches the eyes.", "1_2_weeks"),
    ("cheek-filler", "hollows", "Cheek filler, 1 ml each side, to restore mid-face volume.", "3_6_weeks"),
    ("co2-laser-resurfacing", "lines", "Fully ablative CO2 for deep lines around the mouth.", "7_12_months"),
    ("tretinoin", "spots", "Six months of 0.05% tretinoin at night for tone and fine lines.", "4_6_months"),
    ("jawline-filler", "hollows", "Chin and jawline filler for a straighter profile line.", "3_6_weeks"),
]
BODY_CASES = [
    ("tummy-tuck", "Abdominoplasty with muscle repair; scar fading at six months.", "4_6_months"),
    ("liposuction", "Liposuction of the flanks; skin retracted well.", "2_3_months"),
    ("tummy-tuck", "Mini tummy tuck after two pregnancies; the scar sits below the bikini line.", "7_12_months"),
    ("liposuction", "Lower abdomen liposuction, photos taken in the same room and light.", "1_year_plus"),
]


def _backdrop(rng: random.Random) -> Image.Image:
    top = rng.choice(BACKDROPS)
    gradient = Image.linear_gradient("L").resize(SIZE)
    img = Image.new("RGB", SIZE, top)
    darker = Image.new("RGB", SIZE, tuple(max(0, c - 40) for c in top))
    return Image.composite(darker, img, gradient)


def _finish(img: Image.Image, rng: random.Random) -> bytes:
    """Soften the drawing and add sensor-like noise so it looks (a little) like a photo."""
    img = img.resize(OUTPUT_SIZE, Image.Resampling.BILINEAR).filter(ImageFilter.GaussianBlur(0.8))
    noise = Image.effect_noise(OUTPUT_SIZE, 18).convert("RGB")
    img = Image.blend(img, noise, 0.06)
    out = io.BytesIO()
    img.save(out, "JPEG", quality=88)
    return out.getvalue()


def _face(rng: random.Random, kind: str, *, after: bool, skin, hair) -> bytes:
    img = _backdrop(rng)
    draw = ImageDraw.Draw(img, "RGBA")
    w, _ = SIZE
    cx = w // 2
    # Shoulders, neck, hair behind, face.
    draw.ellipse((cx - 330, 820, cx + 330, 1250), fill=(60, 80, 110))
    draw.rectangle((cx - 80, 640, cx + 80, 860), fill=skin)
    draw.ellipse((cx - 250, 120, cx + 250, 560), fill=hair)
    face = (cx - 210, 200, cx + 210, 760)
    draw.ellipse(face, fill=skin)
    shade = tuple(max(0, c - 45) for c in skin)
    # Brows, eyes, nose, mouth.
    for side in (-1, 1):
        ex = cx + side * 90
        draw.line((ex - 55, 400, ex + 55, 392 if side > 0 else 408), fill=hair, width=10)
        draw.ellipse((ex - 45, 440, ex + 45, 480), fill=(250, 250, 250))
        draw.ellipse((ex - 17, 443, ex + 17, 477), fill=(70, 90, 60))
        draw.ellipse((ex - 7, 453, ex + 7, 467), fill=(15, 15, 15))
    draw.line((cx, 480, cx - 20, 590, cx + 12, 600), fill=shade, width=5)
    lip = (175, 85, 90)
    full = kind == "lips" and after
    draw.chord((cx - 75, 630 - (22 if full else 10), cx + 75, 650 + (10 if full else 4)), 180, 360, fill=lip)
    draw.chord((cx - 75, 625, cx + 75, 675 + (18 if full else 4)), 0, 180, fill=tuple(max(0, c - 20) for c in lip))

    strength = 50 if after else 170  # how visible the problem is
    if kind == "lines":
        for i in range(4 if not after else 2):
            y = 290 + i * 22
            draw.arc((cx - 150, y, cx + 150, y + 40), 200, 340, fill=(*shade, strength), width=4)
        for side in (-1, 1):
            for j in range(3):
                ex = cx + side * 160
                draw.line((ex, 455 + j * 12, ex + side * 45, 440 + j * 22), fill=(*shade, strength), width=3)
    elif kind == "hollows":
        for side in (-1, 1):
            ex = cx + side * 90
            draw.arc((ex - 60, 470, ex + 60, 540), 20, 160, fill=(*shade, strength), width=14)
            draw.ellipse((ex - 55 + side * 40, 540, ex + 55 + side * 40, 640), fill=(*shade, strength // 3))
    elif kind == "spots":
        for _ in range(60 if not after else 12):
            x, y = rng.randint(cx - 170, cx + 170), rng.randint(300, 700)
            r = rng.randint(4, 11)
            draw.ellipse((x - r, y - r, x + r, y + r), fill=(130, 80, 50, strength))
        draw.ellipse((cx - 190, 480, cx - 60, 620), fill=(210, 60, 60, 70 if not after else 15))
        draw.ellipse((cx + 60, 480, cx + 190, 620), fill=(210, 60, 60, 70 if not after else 15))
    elif kind == "scars":
        for _ in range(90 if not after else 25):
            x, y = rng.randint(cx - 180, cx + 180), rng.randint(480, 720)
            r = rng.randint(3, 7)
            draw.ellipse((x - r, y - r, x + r, y + r), fill=(*shade, strength))
    return _finish(img, rng)


def _torso(rng: random.Random, *, after: bool, skin) -> bytes:
    img = _backdrop(rng)
    draw = ImageDraw.Draw(img, "RGBA")
    w, _ = SIZE
    cx = w // 2
    shade = tuple(max(0, c - 50) for c in skin)
    draw.polygon([(cx - 230, 0), (cx + 230, 0), (cx + 260, 1000), (cx - 260, 1000)], fill=skin)
    bulge = 40 if after else 150
    draw.ellipse((cx - 200 - bulge // 2, 520, cx + 200 + bulge // 2, 820 + bulge // 2), fill=skin)
    draw.arc((cx - 200 - bulge // 2, 560, cx + 200 + bulge // 2, 820 + bulge // 2), 20, 160, fill=shade, width=6)
    draw.ellipse((cx - 10, 560, cx + 10, 585), fill=shade)  # navel
    draw.rectangle((cx - 270, 880, cx + 270, 1000), fill=(45, 55, 75))
    if after:
        draw.arc((cx - 230, 780, cx + 230, 900), 200, 340, fill=(190, 90, 90, 150), width=5)  # the scar
    else:
        for side in (-1, 1):
            draw.line(
                (cx + side * 120, 300, cx + side * 200, 700), fill=(60, 60, 160, 150), width=4
            )  # surgical marking
    return _finish(img, rng)


def _prepare(data: bytes) -> pipeline.PreparedImage:
    return pipeline.image_prepare(SimpleUploadedFile("demo.jpg", data, content_type="image/jpeg"))


def seed(ctx: DemoContext) -> None:
    from reviews.models import Review

    rng = random.Random(7)
    treatments = {t.slug: t for t in ctx.data["treatments"]}
    doctors = ctx.data["doctors"]
    moderator = ctx.data["moderator"]
    cases: list[BeforeAfterPhoto] = []

    def post(uploader, before: bytes, after: bytes, slug: str, caption: str, when: str, *, graphic=False, review=None):
        cases.append(
            services.photo_case_create(
                uploader=uploader,
                before=_prepare(before),
                after=_prepare(after),
                treatments=[treatments[slug]] if slug in treatments else ctx.data["treatments"][:1],
                caption=caption,
                time_since_treatment=when,
                is_graphic=graphic,
                consent_given=True,
                review=review,
            )
        )

    for index, (slug, kind, caption, when) in enumerate(FACE_CASES):
        skin, hair = SKIN_TONES[index % len(SKIN_TONES)], HAIR[index % len(HAIR)]
        seed_value = rng.random()
        before = _face(random.Random(seed_value), kind, after=False, skin=skin, hair=hair)
        after = _face(random.Random(seed_value), kind, after=True, skin=skin, hair=hair)
        post(doctors[index % len(doctors)].user, before, after, slug, caption, when)
    for index, (slug, caption, when) in enumerate(BODY_CASES):
        skin = SKIN_TONES[(index * 2 + 1) % len(SKIN_TONES)]
        seed_value = rng.random()
        before = _torso(random.Random(seed_value), after=False, skin=skin)
        after = _torso(random.Random(seed_value), after=True, skin=skin)
        post(doctors[(index + 1) % len(doctors)].user, before, after, slug, caption, when, graphic=True)

    # Patients' own photos on their reviews (self-confirmed consent).
    reviews = list(Review.objects.public().select_related("author", "treatment", "doctor").order_by("pk")[:3])
    for index, review in enumerate(reviews):
        skin, hair = SKIN_TONES[(index + 3) % len(SKIN_TONES)], HAIR[(index + 2) % len(HAIR)]
        before = _face(random.Random(index), "spots", after=False, skin=skin, hair=hair)
        after = _face(random.Random(index), "spots", after=True, skin=skin, hair=hair)
        post(
            review.author,
            before,
            after,
            review.treatment.slug,
            "My own photos, same bathroom mirror and window light.",
            "2_3_months",
            review=review,
        )

    # Most are approved; two wait in the queue (a doctor's and a patient's) and one is rejected.
    pending = {cases[len(FACE_CASES) - 2].pk, cases[-1].pk}
    rejected = cases[len(FACE_CASES) - 1]
    for case in cases:
        if case.pk not in pending and case != rejected:
            services.photo_case_approve(moderator=moderator, case=case)
    services.photo_case_reject(
        moderator=moderator, case=rejected, reason="The photos are not of the same angle, so they mislead."
    )
    ctx.out.write(f"  photos       {len(cases)} before/after cases\n")
