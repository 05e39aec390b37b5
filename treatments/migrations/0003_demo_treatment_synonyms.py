"""Synonyms for a demo catalogue seeded before treatments had them (a frozen copy of
treatments/synonyms.py as it was: migrations never import app code). Treatments given synonyms keep theirs."""

from django.db import migrations

NEUROTOXIN = "tox, neurotoxin, neurotoxins, botulinum toxin, wrinkle relaxer, wrinkle relaxers, anti-wrinkle injections"

DEMO_SYNONYMS: dict[str, str] = {
    "botox": f"{NEUROTOXIN}, dysport, xeomin, jeuveau, daxxify, baby botox",
    "dysport": f"{NEUROTOXIN}, botox",
    "masseter-botox": "jaw botox, jaw slimming, masseter reduction, tmj botox, teeth grinding, bruxism",
    "lip-flip": "lip flip botox",
    "lip-filler": "lip injections, lip augmentation, juvederm, restylane, lip fillers",
    "cheek-filler": "cheek fillers, cheek augmentation, voluma",
    "jawline-filler": "jaw filler, chin filler, jawline contouring",
    "under-eye-filler": "tear trough filler, tear trough, under eye hollows",
    "kybella": "double chin injections, deoxycholic acid",
    "sculptra": "poly-l-lactic acid, collagen stimulator, biostimulator",
    "radiesse": "calcium hydroxylapatite, biostimulator",
    "sclerotherapy": "spider veins, spider vein treatment, vein injections",
    "microdermabrasion": "microderm",
    "dermaplaning": "dermaplane",
    "ipl-photofacial": "ipl, photofacial, intense pulsed light, bbl",
    "morpheus8": "rf microneedling, radiofrequency microneedling",
    "ultherapy": "ultrasound skin tightening, ulthera",
    "coolsculpting": "cryolipolysis, fat freezing",
    "tattoo-removal": "laser tattoo removal, picosure",
    "thermage": "radiofrequency skin tightening",
    "emsculpt": "emsculpt neo, muscle toning",
    "fraxel-laser": "fraxel, fractional laser, laser resurfacing",
    "rhinoplasty": "nose job, nose surgery, septorhinoplasty",
    "facelift": "face lift, rhytidectomy, mini facelift",
    "blepharoplasty": "eyelid surgery, eye lift, bleph",
    "breast-augmentation": "breast implants, boob job",
    "tummy-tuck": "abdominoplasty",
    "liposuction": "lipo, fat removal",
    "neck-lift": "necklift, platysmaplasty",
    "brow-lift": "forehead lift, browlift",
    "otoplasty": "ear surgery, ear pinning, ear pinback",
    "breast-lift": "mastopexy",
    "chin-implant": "chin augmentation, genioplasty",
    "chemical-peel": "peel, tca peel, glycolic peel",
    "microneedling": "collagen induction therapy, dermapen",
    "hydrafacial": "hydra facial",
    "tretinoin": "retin-a, retinoid, retinoids",
    "prp-facial": "vampire facial, platelet-rich plasma",
    "led-light-therapy": "led therapy, light therapy",
    "porcelain-veneers": "veneers",
    "teeth-whitening": "tooth whitening, bleaching",
    "invisalign": "clear aligners, aligners",
    "dental-bonding": "tooth bonding, composite bonding",
    "gum-contouring": "gum lift, gingivectomy",
}


def fill(apps, schema_editor):
    Treatment = apps.get_model("treatments", "Treatment")
    for treatment in Treatment.objects.filter(slug__in=DEMO_SYNONYMS, synonyms=""):
        treatment.synonyms = DEMO_SYNONYMS[treatment.slug]
        treatment.save(update_fields=["synonyms"])


class Migration(migrations.Migration):
    dependencies = [
        ("treatments", "0002_treatment_synonyms"),
    ]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
