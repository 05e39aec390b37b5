"""The demo overviews: one for every demo treatment, true to its facts, reviewed by a doctor who performs it."""

import io
import re
from datetime import timedelta

import pytest
from django.utils import timezone

from core.demo import DemoContext
from doctors.demo import ROSTER_BY_KEY, does
from doctors.models import DoctorProfile
from treatments import demo
from treatments.demo_overviews import OVERVIEWS, REVIEWERS
from treatments.models import Treatment

pytestmark = pytest.mark.django_db

# What a patient most needs to read right about each treatment, as the overview must say it.
KEY_FACTS = {
    "botox": r"three to seven days.*full effect at about two weeks.*lasts three to four months",
    "dysport": r"lasts three to four months",
    "masseter-botox": r"four to six months",
    "lip-flip": r"six to eight weeks",
    "lip-filler": r"six to twelve months",
    "cheek-filler": r"twelve to eighteen months",
    "under-eye-filler": r"nine months to well over a year",
    "jawline-filler": r"twelve to eighteen months",
    "chin-filler": r"twelve to eighteen months",
    "kybella": r"two to four sessions.*gone for good",
    "sculptra": r"three to six months.*about two years",
    "radiesse": r"cannot be dissolved",
    "sclerotherapy": r"compression stockings",
    "fraxel-laser": r"three to five days of redness",
    "co2-laser-resurfacing": r"week to ten days",
    "ipl-photofacial": r"melasma can get worse",
    "laser-hair-removal": r"reduction, not guaranteed permanent",
    "morpheus8": r"two to four days",
    "ultherapy": r"two to three months",
    "coolsculpting": r"paradoxical adipose hyperplasia",
    "tattoo-removal": r"six to twelve sessions",
    "thermage": r"single session",
    "emsculpt": r"does not repair separated abdominal muscles",
    "clear-brilliant": r"four to six sessions",
    "rhinoplasty": r"swelling takes a year or more.*final result is judged at about a year",
    "facelift": r"ten years or more",
    "blepharoplasty": r"stitches come out at five to seven days",
    "brow-lift": r"ten days",
    "neck-lift": r"ten years or more",
    "otoplasty": r"headband at night for about six weeks",
    "chin-implant": r"permanent",
    "breast-augmentation": r"not lifetime devices",
    "breast-lift": r"does not add size",
    "breast-reduction": r"back, neck and shoulder pain",
    "tummy-tuck": r"separated by pregnancy",
    "liposuction": r"not a way to lose weight",
    "brazilian-butt-lift": r"only above the muscle",
    "chemical-peel": r"light.*medium",
    "microneedling": r"three to six sessions",
    "prp-facial": r"evidence that PRP adds much to microneedling alone is modest",
    "hydrafacial": r"a week or two",
    "microdermabrasion": r"a few weeks",
    "dermaplaning": r"does not grow back thicker",
    "tretinoin": r"not used in pregnancy",
    "led-light-therapy": r"modest",
    "porcelain-veneers": r"irreversible",
    "teeth-whitening": r"one to three years",
    "invisalign": r"retainer",
    "dental-bonding": r"five to ten years",
    "gum-contouring": r"permanent",
}


def _seed_treatments() -> list[Treatment]:
    demo.seed(DemoContext(out=io.StringIO()))
    return list(Treatment.objects.order_by("slug"))


def test_every_demo_treatment_gets_a_complete_reviewed_overview():
    treatments = _seed_treatments()
    assert len(treatments) == len(demo.CATALOGUE)
    today = timezone.localdate()
    for treatment in treatments:
        assert treatment.has_overview, treatment.slug
        assert treatment.who_it_suits and len(treatment.at_a_glance) == 3, treatment.slug
        assert treatment.medically_reviewed, treatment.slug
        # A few months back, never in the future: the model's own rules hold.
        assert today - timedelta(days=150) <= treatment.last_reviewed <= today - timedelta(days=45)
        treatment.full_clean()


@pytest.mark.parametrize("slug", sorted(KEY_FACTS))
def test_each_overview_states_its_key_fact(slug):
    overview = OVERVIEWS[slug]
    text = " ".join([overview.what, overview.how, overview.downtime, overview.results, overview.risks, overview.suits])
    assert re.search(KEY_FACTS[slug], " ".join(text.split()), re.IGNORECASE), slug


def test_every_demo_treatment_has_a_key_fact_checked():
    assert set(KEY_FACTS) == set(demo.FACTS) == set(OVERVIEWS)


def test_each_reviewer_is_a_verified_demo_doctor_who_performs_the_treatment():
    for slug, overview in OVERVIEWS.items():
        doctor = ROSTER_BY_KEY[overview.reviewer]
        name, credential = REVIEWERS[overview.reviewer]
        assert doctor.status == DoctorProfile.Status.VERIFIED, slug
        assert name == f"Dr. {doctor.first} {doctor.last}"
        assert does(doctor.specialty, slug), (slug, doctor.specialty)
        # Surgery is reviewed by a surgeon, dental work by a dentist, as on the rest of the site.
        category = next(category for name, category, _, _ in demo.CATALOGUE if demo.slugify(name) == slug)
        if category == Treatment.Category.SURGERY:
            assert "surgeon" in credential, slug
        if category == Treatment.Category.DENTAL:
            assert "dentist" in credential, slug


def test_seeding_again_keeps_what_an_editor_changed():
    botox = next(t for t in _seed_treatments() if t.slug == "botox")
    botox.risks = "Edited by the editors after the seed."
    botox.save()
    demo.seed(DemoContext(out=io.StringIO()))
    botox.refresh_from_db()
    assert botox.risks == "Edited by the editors after the seed."
    assert Treatment.objects.count() == len(demo.CATALOGUE)


def test_the_seed_is_deterministic():
    first = {t.slug: (t.what_it_is, t.reviewer_name, t.last_reviewed) for t in _seed_treatments()}
    Treatment.objects.all().delete()
    second = {t.slug: (t.what_it_is, t.reviewer_name, t.last_reviewed) for t in _seed_treatments()}
    assert first == second
