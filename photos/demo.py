"""Demo before/after cases, rendered as photographs (no downloads) and stored through the real pipeline.

Close-ups of the treated area (`photos.demo_images`): forehead and crow's feet for toxin, the tear
trough and cheeks for filler, lips, the jaw in profile, skin with sun spots, redness or acne scars for
lasers and peels, and the torso for body surgery (marked graphic, so it shows blurred). A few cases stay
pending and one is rejected, so the moderators' queue has something in it.
"""

import random

from django.core.files.uploadedfile import SimpleUploadedFile

from core.demo import DemoContext
from imaging import pipeline
from photos import demo_images, services
from photos.models import BeforeAfterPhoto

# (treatment slug, area photographed, variant, caption, time since treatment)
FACE_CASES = [
    ("botox", "forehead", None, "Forehead and frown lines, 24 units. Movement kept, lines softened.", "3_6_weeks"),
    (
        "under-eye-filler",
        "under_eye",
        "hollows",
        "Tear-trough filler, 0.8 ml, cannula. Shadows lighter in daylight.",
        "1_2_weeks",
    ),
    ("ipl-photofacial", "cheek", "spots", "Three IPL sessions a month apart for sun spots and redness.", "2_3_months"),
    ("fraxel-laser", "cheek", "scars", "Four Fraxel sessions for rolling acne scars on the cheeks.", "4_6_months"),
    ("lip-filler", "lips", "volume", "Half a syringe of soft filler for shape, not size.", "1_2_weeks"),
    ("chemical-peel", "cheek", "spots", "Medium-depth peel for melasma; strict sunscreen afterwards.", "2_3_months"),
    ("microneedling", "cheek", "scars", "Five microneedling sessions for texture and shallow scars.", "4_6_months"),
    ("botox", "crows_feet", None, "Crow's feet, 12 units each side; the smile still reaches the eyes.", "1_2_weeks"),
    ("cheek-filler", "under_eye", "cheeks", "Cheek filler, 1 ml each side, to restore mid-face volume.", "3_6_weeks"),
    ("co2-laser-resurfacing", "lips", "lines", "Fully ablative CO2 for deep lines around the mouth.", "7_12_months"),
    ("tretinoin", "cheek", "spots", "Six months of 0.05% tretinoin at night for tone and fine lines.", "4_6_months"),
    ("jawline-filler", "jawline", None, "Chin and jawline filler for a straighter profile line.", "3_6_weeks"),
]
BODY_CASES = [
    ("tummy-tuck", "tummy", "Abdominoplasty with muscle repair; scar fading at six months.", "4_6_months"),
    ("liposuction", "flanks", "Liposuction of the flanks; skin retracted well.", "2_3_months"),
    (
        "tummy-tuck",
        "tummy",
        "Mini tummy tuck after two pregnancies; the scar sits below the bikini line.",
        "7_12_months",
    ),
    ("liposuction", "flanks", "Lower abdomen liposuction, photos taken in the same room and light.", "1_year_plus"),
]
# What a patient would photograph after a treatment (by its slug); anything else: the cheek's skin.
PATIENT_AREAS = {
    "botox": ("forehead", None),
    "dysport": ("forehead", None),
    "lip-filler": ("lips", "volume"),
    "lip-flip": ("lips", "volume"),
    "under-eye-filler": ("under_eye", "hollows"),
    "cheek-filler": ("under_eye", "cheeks"),
    "jawline-filler": ("jawline", None),
    "chin-filler": ("jawline", None),
    "fraxel-laser": ("cheek", "scars"),
    "microneedling": ("cheek", "scars"),
    "morpheus8": ("cheek", "scars"),
}


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

    tones = len(demo_images.SKIN_TONES)
    for index, (slug, area, variant, caption, when) in enumerate(FACE_CASES):
        seed = rng.randrange(1 << 30)
        before, after = demo_images.case_pair(area, seed=seed, tone=index % tones, variant=variant)
        post(doctors[index % len(doctors)].user, before, after, slug, caption, when)
    for index, (slug, variant, caption, when) in enumerate(BODY_CASES):
        seed = rng.randrange(1 << 30)
        before, after = demo_images.case_pair("abdomen", seed=seed, tone=(index * 3 + 1) % tones, variant=variant)
        post(doctors[(index + 1) % len(doctors)].user, before, after, slug, caption, when, graphic=True)

    # Patients' own photos on their reviews (self-confirmed consent).
    reviews = list(Review.objects.public().select_related("author", "treatment", "doctor").order_by("pk")[:3])
    for index, review in enumerate(reviews):
        area, variant = PATIENT_AREAS.get(review.treatment.slug, ("cheek", "spots"))
        before, after = demo_images.case_pair(area, seed=1000 + index, tone=(index * 2 + 3) % tones, variant=variant)
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
