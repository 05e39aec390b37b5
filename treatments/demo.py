from django.utils.text import slugify

from core.demo import DemoContext
from treatments.models import Treatment

C = Treatment.Category
CATALOGUE = [
    (
        "Botox",
        C.INJECTABLES,
        "Botulinum toxin injections that relax the muscles behind frown lines, crow's feet and forehead lines for three to four months.",
    ),
    (
        "Lip filler",
        C.INJECTABLES,
        "Hyaluronic acid filler that adds volume and shape to the lips; dissolvable, usually lasting six to twelve months.",
    ),
    ("Cheek filler", C.INJECTABLES, "Filler placed over the cheekbones to restore mid-face volume lost with age."),
    (
        "Under-eye filler",
        C.INJECTABLES,
        "Tear-trough filler that softens hollows under the eyes; technique and product choice matter a lot here.",
    ),
    ("Jawline filler", C.INJECTABLES, "Filler along the jaw and chin to sharpen the profile."),
    ("Kybella", C.INJECTABLES, "Deoxycholic acid injections that dissolve fat under the chin over several sessions."),
    ("Sculptra", C.INJECTABLES, "Poly-L-lactic acid injections that stimulate collagen gradually over months."),
    ("Masseter Botox", C.INJECTABLES, "Toxin in the jaw muscles to slim the lower face and ease teeth grinding."),
    ("Lip flip", C.INJECTABLES, "A few units of toxin that roll the upper lip slightly outward."),
    ("Dysport", C.INJECTABLES, "A botulinum toxin like Botox that spreads a little more; often used for larger areas."),
    (
        "Radiesse",
        C.INJECTABLES,
        "Calcium hydroxylapatite filler that adds volume and stimulates collagen, often used on the hands and jawline.",
    ),
    (
        "Chin filler",
        C.INJECTABLES,
        "Filler that lengthens or projects the chin to balance the profile without surgery.",
    ),
    ("Sclerotherapy", C.INJECTABLES, "Injections that close spider and small varicose veins, usually on the legs."),
    (
        "Fraxel laser",
        C.LASERS,
        "Fractional laser resurfacing for texture, acne scars and sun damage, with a few days of downtime.",
    ),
    (
        "CO2 laser resurfacing",
        C.LASERS,
        "Ablative laser for deeper wrinkles and scars; dramatic results with a week or more of recovery.",
    ),
    ("IPL photofacial", C.LASERS, "Intense pulsed light that fades redness and brown spots."),
    (
        "Laser hair removal",
        C.LASERS,
        "Light energy that targets hair follicles; several sessions reduce growth for the long term.",
    ),
    ("Morpheus8", C.LASERS, "Radiofrequency microneedling that tightens skin and improves texture."),
    ("Ultherapy", C.LASERS, "Focused ultrasound that lifts the brow, jaw and neck over a few months."),
    ("CoolSculpting", C.LASERS, "Controlled cooling that reduces stubborn fat pockets without surgery."),
    ("Tattoo removal", C.LASERS, "Picosecond and Q-switched lasers that break up tattoo ink over many sessions."),
    ("Thermage", C.LASERS, "Monopolar radiofrequency that tightens skin on the face and body in one session."),
    ("Emsculpt", C.LASERS, "Electromagnetic pulses that contract muscles to build and tone the abdomen and buttocks."),
    (
        "Clear + Brilliant",
        C.LASERS,
        "A gentle fractional laser for tone, texture and early sun damage, with little downtime.",
    ),
    ("Rhinoplasty", C.SURGERY, "Surgery that reshapes the nose for appearance, breathing or both."),
    ("Facelift", C.SURGERY, "Surgery that lifts and tightens sagging skin and tissue of the lower face and neck."),
    ("Blepharoplasty", C.SURGERY, "Eyelid surgery that removes excess skin or fat from the upper or lower lids."),
    ("Breast augmentation", C.SURGERY, "Implants or fat transfer to increase breast size or restore shape."),
    ("Tummy tuck", C.SURGERY, "Abdominoplasty: removes loose skin and repairs separated abdominal muscles."),
    ("Liposuction", C.SURGERY, "Removes fat deposits through small incisions; not a weight-loss method."),
    (
        "Brazilian butt lift",
        C.SURGERY,
        "Fat transfer to the buttocks; choose a surgeon who follows current safety guidance.",
    ),
    ("Neck lift", C.SURGERY, "Surgery that tightens the neck skin and muscle bands."),
    ("Brow lift", C.SURGERY, "Raises low or heavy brows, surgically or endoscopically."),
    ("Otoplasty", C.SURGERY, "Ear surgery that sets prominent ears closer to the head or reshapes them."),
    ("Breast lift", C.SURGERY, "Mastopexy: raises and reshapes sagging breasts, with or without implants."),
    (
        "Breast reduction",
        C.SURGERY,
        "Removes breast tissue and skin to ease back and neck pain and reshape the breasts.",
    ),
    ("Chin implant", C.SURGERY, "A silicone implant that adds projection to a small or receding chin."),
    ("Chemical peel", C.SKIN_CARE, "An acid solution that removes damaged outer skin layers; light, medium or deep."),
    ("Microneedling", C.SKIN_CARE, "Tiny needles create controlled injuries that stimulate collagen."),
    ("Hydrafacial", C.SKIN_CARE, "Cleansing, exfoliation and hydration in one session, no downtime."),
    ("Tretinoin", C.SKIN_CARE, "Prescription retinoid for acne, fine lines and uneven tone."),
    ("Microdermabrasion", C.SKIN_CARE, "Mechanical exfoliation that smooths texture and dullness."),
    ("PRP facial", C.SKIN_CARE, "Platelet-rich plasma from your own blood applied with microneedling."),
    ("Dermaplaning", C.SKIN_CARE, "A blade gently scrapes off dead skin and fine facial hair for smoother skin."),
    ("LED light therapy", C.SKIN_CARE, "Red and blue light sessions aimed at acne and mild signs of ageing."),
    ("Porcelain veneers", C.DENTAL, "Thin porcelain shells bonded to the front of teeth to change colour and shape."),
    ("Teeth whitening", C.DENTAL, "In-office or take-home bleaching that lightens tooth colour."),
    ("Invisalign", C.DENTAL, "Clear aligners that straighten teeth gradually."),
    ("Dental bonding", C.DENTAL, "Tooth-coloured resin that repairs chips and gaps in one visit."),
    ("Gum contouring", C.DENTAL, "Reshaping the gum line with a laser or scalpel to even out a gummy smile."),
]


def seed(ctx: DemoContext) -> None:
    treatments = []
    for name, category, description in CATALOGUE:
        treatment, _ = Treatment.objects.get_or_create(
            slug=slugify(name), defaults={"name": name, "category": category, "description": description}
        )
        treatments.append(treatment)
    ctx.data["treatments"] = treatments
    ctx.out.write(f"  treatments   {len(treatments)}\n")
