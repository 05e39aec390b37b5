"""The demo treatment catalogue, with the plain facts the other demo seeders write about.

Questions, answers and reviews quote these facts (how long a result lasts, the downtime, a typical
price), so that a Botox answer never promises a result for "a few months to a year" and an ear surgery
never "wears off". The ranges are typical US figures for the whole course of a treatment, as a patient
would report them in a review; they are demo data, not medical or pricing advice.
"""

import re
from dataclasses import dataclass
from datetime import timedelta

from django.utils import timezone
from django.utils.text import slugify

from core.demo import DemoContext
from treatments.demo_overviews import OVERVIEWS, REVIEWERS, Overview
from treatments.models import OVERVIEW_FIELDS, Treatment

C = Treatment.Category


@dataclass(frozen=True)
class Facts:
    """What a patient would be told at a consultation, in words that fit into a sentence."""

    words: tuple[str, ...]  # other names a patient uses for it (lower case); the name itself always counts
    price: tuple[int, int]  # typical total cost in US dollars, low and high
    downtime: str  # "a day or two of redness"
    lasts: str  # "three to four months"
    sessions: str  # "one", "three to five, a month apart"
    onset: str  # when the result shows
    comfort: str  # what it feels like and how it is numbed
    event_weeks: int  # the least time to leave before a wedding or a photo shoot
    swells: bool = True  # whether swelling is part of the recovery
    permanent: bool = False  # a lasting change rather than one that wears off


CATALOGUE = [
    (
        "Botox",
        C.INJECTABLES,
        "Botulinum toxin injections that relax the muscles behind frown lines, crow's feet and forehead lines "
        "for three to four months.",
        Facts(
            words=("botox", "botulinum", "tox", "wrinkle relaxer", "neurotoxin", "baby botox"),
            price=(250, 900),
            downtime="none to speak of: small bumps that settle within the hour and, now and then, a bruise",
            lasts="three to four months, sometimes a little longer once you have had it a few times",
            sessions="one, with a check at two weeks",
            onset="in three to five days, with the full effect at about two weeks",
            comfort="a few quick pinches; ice or a numbing cream is plenty for most people",
            event_weeks=3,
            swells=False,
        ),
    ),
    (
        "Lip filler",
        C.INJECTABLES,
        "Hyaluronic acid filler that adds volume and shape to the lips; dissolvable, usually lasting six to "
        "twelve months.",
        Facts(
            words=("lip filler", "lip injections", "lips", "juvederm", "restylane kysse"),
            price=(450, 1400),
            downtime="two to four days of swelling, worst the morning after, and sometimes a bruise",
            lasts="six to twelve months, longer in some people",
            sessions="one, sometimes with a small top-up after a month",
            onset="straight away, though the true result shows once the swelling settles at two weeks",
            comfort="stingy rather than painful; most fillers contain lidocaine and a dental block is an option",
            event_weeks=4,
        ),
    ),
    (
        "Cheek filler",
        C.INJECTABLES,
        "Filler placed over the cheekbones to restore mid-face volume lost with age.",
        Facts(
            words=("cheek filler", "cheeks", "mid-face", "midface", "voluma"),
            price=(800, 2600),
            downtime="a few days of mild swelling and tenderness, occasionally a bruise",
            lasts="twelve to eighteen months with the firmer fillers made for the cheeks",
            sessions="one, sometimes two a month apart to build up gradually",
            onset="straight away, settling over two weeks",
            comfort="pressure more than pain; the filler contains lidocaine",
            event_weeks=4,
        ),
    ),
    (
        "Under-eye filler",
        C.INJECTABLES,
        "Tear-trough filler that softens hollows under the eyes; technique and product choice matter a lot here.",
        Facts(
            words=("under-eye filler", "tear trough", "tear-trough", "under eye filler", "under-eye hollows"),
            price=(600, 1800),
            downtime="a few days of puffiness and a real chance of bruising",
            lasts="nine months to well over a year; filler under the eyes can linger for years",
            sessions="one, often with a conservative top-up a month later",
            onset="straight away, with the final look at about two weeks",
            comfort="more unnerving than painful; a blunt cannula and numbing cream help",
            event_weeks=4,
        ),
    ),
    (
        "Jawline filler",
        C.INJECTABLES,
        "Filler along the jaw and chin to sharpen the profile.",
        Facts(
            words=("jawline filler", "jawline", "jaw filler", "jaw line"),
            price=(1000, 3500),
            downtime="a few days of tenderness when chewing, some swelling and bruising",
            lasts="twelve to eighteen months, sometimes longer",
            sessions="one or two, as it often takes several syringes",
            onset="straight away",
            comfort="tender along the bone; the filler contains lidocaine",
            event_weeks=4,
        ),
    ),
    (
        "Kybella",
        C.INJECTABLES,
        "Deoxycholic acid injections that dissolve fat under the chin over several sessions.",
        Facts(
            words=("kybella", "deoxycholic", "double chin injections", "double chin"),
            price=(600, 3600),
            downtime="a week or more of marked swelling under the chin (the 'bullfrog' look), numbness for weeks",
            lasts="permanently for the fat cells treated, as long as your weight stays stable",
            sessions="two to four, six to eight weeks apart",
            onset="gradually, over six to eight weeks after each session",
            comfort="a burning sting for fifteen to twenty minutes; ice beforehand helps",
            event_weeks=8,
        ),
    ),
    (
        "Sculptra",
        C.INJECTABLES,
        "Poly-L-lactic acid injections that stimulate collagen gradually over months.",
        Facts(
            words=("sculptra", "poly-l-lactic", "collagen stimulator", "biostimulator"),
            price=(1500, 5000),
            downtime="a day or two of swelling, which goes down before the real result builds",
            lasts="about two years once the series is complete",
            sessions="two or three, four to six weeks apart",
            onset="slowly, over three to six months as collagen builds",
            comfort="mild; the product is mixed with lidocaine",
            event_weeks=12,
        ),
    ),
    (
        "Masseter Botox",
        C.INJECTABLES,
        "Toxin in the jaw muscles to slim the lower face and ease teeth grinding.",
        Facts(
            words=("masseter", "jaw botox", "jaw slimming", "teeth grinding", "clenching", "bruxism"),
            price=(400, 1300),
            downtime="none; chewing can feel weaker for a few weeks",
            lasts="four to six months, longer after a few rounds",
            sessions="one, repeated two or three times a year",
            onset="within one or two weeks for grinding, and after six to eight weeks for slimming",
            comfort="a few pinches in the jaw muscle",
            event_weeks=8,
            swells=False,
        ),
    ),
    (
        "Lip flip",
        C.INJECTABLES,
        "A few units of toxin that roll the upper lip slightly outward.",
        Facts(
            words=("lip flip",),
            price=(80, 300),
            downtime="none, though drinking through a straw can feel odd for a week or two",
            lasts="six to twelve weeks, shorter than Botox elsewhere because the dose is small",
            sessions="one",
            onset="in a few days, full at about two weeks",
            comfort="a couple of quick pinches",
            event_weeks=3,
            swells=False,
        ),
    ),
    (
        "Dysport",
        C.INJECTABLES,
        "A botulinum toxin much like Botox, dosed in its own units; some people find it starts a day or two sooner.",
        Facts(
            words=("dysport", "botulinum", "tox", "neurotoxin"),
            price=(250, 900),
            downtime="none to speak of: small bumps that settle within the hour",
            lasts="three to four months",
            sessions="one, with a check at two weeks",
            onset="in two to four days, with the full effect at about two weeks",
            comfort="a few quick pinches",
            event_weeks=3,
            swells=False,
        ),
    ),
    (
        "Radiesse",
        C.INJECTABLES,
        "Calcium hydroxylapatite filler that adds volume and stimulates collagen, often used on the hands and jawline.",
        Facts(
            words=("radiesse", "calcium hydroxylapatite"),
            price=(700, 2600),
            downtime="a few days of swelling and possible bruising",
            lasts="about twelve to eighteen months",
            sessions="one, sometimes two",
            onset="partly straight away, and more as collagen builds over a few months",
            comfort="mild; it is mixed with lidocaine",
            event_weeks=4,
        ),
    ),
    (
        "Chin filler",
        C.INJECTABLES,
        "Filler that lengthens or projects the chin to balance the profile without surgery.",
        Facts(
            words=("chin filler", "chin"),
            price=(600, 1800),
            downtime="a day or two of tenderness and mild swelling",
            lasts="twelve to eighteen months",
            sessions="one",
            onset="straight away",
            comfort="pressure on the bone; the filler contains lidocaine",
            event_weeks=3,
        ),
    ),
    (
        "Sclerotherapy",
        C.INJECTABLES,
        "Injections that close spider and small varicose veins, usually on the legs.",
        Facts(
            words=("sclerotherapy", "spider veins", "leg veins", "veins"),
            price=(300, 1600),
            downtime="walking straight away; compression stockings for one to two weeks and bruising along the veins",
            lasts="permanently for the veins treated, though new ones can appear over the years",
            sessions="two to four, a month or more apart",
            onset="gradually, over six to twelve weeks as the treated veins fade",
            comfort="small stings and a brief cramp-like ache",
            event_weeks=8,
            swells=False,
            permanent=True,
        ),
    ),
    (
        "Fraxel laser",
        C.LASERS,
        "Fractional laser resurfacing for texture, acne scars and sun damage, with a few days of downtime.",
        Facts(
            words=("fraxel", "fractional laser", "fractional resurfacing"),
            price=(900, 5000),
            downtime="three to five days of redness, swelling and a sandpaper feel, then a week of flaking",
            lasts="years for scars, as long as you protect your skin from the sun",
            sessions="three to five, four to six weeks apart",
            onset="gradually, over three months after the last session",
            comfort="hot and prickly; numbing cream for an hour beforehand and cooling air during",
            event_weeks=6,
        ),
    ),
    (
        "CO2 laser resurfacing",
        C.LASERS,
        "Ablative laser for deeper wrinkles and scars; dramatic results with a week or more of recovery.",
        Facts(
            words=("co2", "co2 laser", "carbon dioxide laser", "ablative laser", "laser resurfacing"),
            price=(1800, 6500),
            downtime="a week to ten days of raw, oozing then peeling skin, and pinkness for one to three months",
            lasts="many years, though skin keeps ageing",
            sessions="usually one",
            onset="once the pinkness fades, improving for up to six months",
            comfort="sore and hot afterwards; it is done under numbing injections or sedation",
            event_weeks=12,
            permanent=True,
        ),
    ),
    (
        "IPL photofacial",
        C.LASERS,
        "Intense pulsed light that fades redness and brown spots.",
        Facts(
            words=("ipl", "photofacial", "intense pulsed light", "bbl laser"),
            price=(300, 1500),
            downtime="a day or two of redness; brown spots darken and flake off within a week",
            lasts="a year or more, though new sun damage and redness come back without sun protection",
            sessions="three to five, a month apart",
            onset="within a week or two of each session",
            comfort="a rubber-band snap with each flash",
            event_weeks=3,
            swells=False,
        ),
    ),
    (
        "Laser hair removal",
        C.LASERS,
        "Light energy that targets hair follicles; several sessions reduce growth for the long term.",
        Facts(
            words=("laser hair removal", "hair removal", "lhr"),
            price=(300, 3000),
            downtime="a few hours of redness and bumps around the follicles",
            lasts="long term for most follicles treated, with a touch-up once or twice a year",
            sessions="six to eight, four to eight weeks apart",
            onset="as the treated hairs shed, two to three weeks after each session",
            comfort="a rubber-band snap; cooling makes it bearable",
            event_weeks=2,
            swells=False,
        ),
    ),
    (
        "Morpheus8",
        C.LASERS,
        "Radiofrequency microneedling that tightens skin and improves texture.",
        Facts(
            words=("morpheus8", "morpheus", "rf microneedling", "radiofrequency microneedling"),
            price=(900, 5000),
            downtime="two to four days of redness and swelling, with a grid of tiny marks for up to a week",
            lasts="a year or more after a series, with a yearly maintenance session",
            sessions="three, four to six weeks apart",
            onset="gradually, over three months",
            comfort="uncomfortable even with numbing cream; some clinics add a nerve block",
            event_weeks=4,
        ),
    ),
    (
        "Ultherapy",
        C.LASERS,
        "Focused ultrasound that lifts the brow, jaw and neck over a few months.",
        Facts(
            words=("ultherapy", "ulthera", "focused ultrasound"),
            price=(1500, 5500),
            downtime="little: some tenderness and swelling for a few days",
            lasts="a year or two, as the skin keeps ageing",
            sessions="one, sometimes repeated after a year or two",
            onset="gradually, over two to three months",
            comfort="deep, sharp zaps over bone; pain relief beforehand is common",
            event_weeks=12,
        ),
    ),
    (
        "CoolSculpting",
        C.LASERS,
        "Controlled cooling that reduces stubborn fat pockets without surgery.",
        Facts(
            words=("coolsculpting", "cool sculpting", "fat freezing", "cryolipolysis"),
            price=(750, 5000),
            downtime="none off work; numbness, swelling and aching in the area for a few weeks",
            lasts="permanently for the fat cells removed, as long as your weight stays stable",
            sessions="one or two per area",
            onset="gradually, over two to three months",
            comfort="intense cold for the first ten minutes, then numb; the massage afterwards stings",
            event_weeks=12,
        ),
    ),
    (
        "Tattoo removal",
        C.LASERS,
        "Picosecond and Q-switched lasers that break up tattoo ink over many sessions.",
        Facts(
            words=("tattoo removal", "tattoo", "picosecond", "picosure"),
            price=(300, 3500),
            downtime="blistering and scabbing for a week or two after each session",
            lasts="permanently once the ink is cleared",
            sessions="six to twelve or more, six to eight weeks apart",
            onset="gradually, as the ink fades a little more after each session",
            comfort="like hot grease spattering; numbing cream and cold air help",
            event_weeks=3,
            permanent=True,
        ),
    ),
    (
        "Thermage",
        C.LASERS,
        "Monopolar radiofrequency that tightens skin on the face and body in one session.",
        Facts(
            words=("thermage", "monopolar radiofrequency"),
            price=(1800, 5000),
            downtime="little: some redness for a few hours",
            lasts="a year or two",
            sessions="one",
            onset="gradually, over two to six months",
            comfort="brief deep heat with each pulse; newer tips are more comfortable",
            event_weeks=8,
            swells=False,
        ),
    ),
    (
        "Emsculpt",
        C.LASERS,
        "Electromagnetic pulses that contract muscles to build and tone the abdomen and buttocks.",
        Facts(
            words=("emsculpt", "em sculpt", "emsculpt neo"),
            price=(1500, 4500),
            downtime="none; muscles ache like after a hard workout for a day or two",
            lasts="several months, with maintenance sessions and exercise",
            sessions="four, two to three days apart",
            onset="two to three months after the last session",
            comfort="strong, rhythmic muscle contractions; not painful for most people",
            event_weeks=12,
            swells=False,
        ),
    ),
    (
        "Clear + Brilliant",
        C.LASERS,
        "A gentle fractional laser for tone, texture and early sun damage, with little downtime.",
        Facts(
            words=("clear + brilliant", "clear and brilliant", "clear brilliant"),
            price=(350, 2000),
            downtime="a day of redness and a rough feel for two or three days",
            lasts="a few months; most people repeat it once or twice a year",
            sessions="four to six, a month apart",
            onset="within a week as a glow, and after a few sessions in the texture",
            comfort="a warm prickle under numbing cream",
            event_weeks=2,
            swells=False,
        ),
    ),
    (
        "Rhinoplasty",
        C.SURGERY,
        "Surgery that reshapes the nose for appearance, breathing or both.",
        Facts(
            words=("rhinoplasty", "nose job", "nose surgery", "septorhinoplasty", "nose"),
            price=(6500, 16000),
            downtime="a week in a splint, bruising for ten to fourteen days, and swelling that takes a year to settle",
            lasts="permanently, though the nose changes a little with age like the rest of the face",
            sessions="one operation; a few percent need a revision",
            onset="at a few months for the overall shape, while the tip refines for a year or more",
            comfort="stuffy and uncomfortable more than painful, usually under general anaesthesia",
            event_weeks=12,
            permanent=True,
        ),
    ),
    (
        "Facelift",
        C.SURGERY,
        "Surgery that lifts and tightens sagging skin and tissue of the lower face and neck.",
        Facts(
            words=("facelift", "face lift", "deep plane", "smas", "mini lift"),
            price=(11000, 30000),
            downtime="two to three weeks before you look presentable, with swelling and numbness for months",
            lasts="ten years or more: the clock is turned back, and then keeps ticking",
            sessions="one operation",
            onset="mostly at three months, and fully at six to twelve",
            comfort="tight and swollen rather than very painful, under general anaesthesia or deep sedation",
            event_weeks=16,
            permanent=True,
        ),
    ),
    (
        "Blepharoplasty",
        C.SURGERY,
        "Eyelid surgery that removes excess skin or fat from the upper or lower lids.",
        Facts(
            words=("blepharoplasty", "eyelid surgery", "eyelid lift", "eye lift", "upper lids", "lower lids", "bleph"),
            price=(3000, 8500),
            downtime="bruising and swelling for about two weeks; stitches out at five to seven days",
            lasts="ten years or more for the upper lids, and usually for good for the lower lids",
            sessions="one operation",
            onset="at two to three months, though you are presentable at two weeks",
            comfort="mild; often done under local anaesthetic with or without sedation",
            event_weeks=8,
            permanent=True,
        ),
    ),
    (
        "Breast augmentation",
        C.SURGERY,
        "Implants or fat transfer to increase breast size or restore shape.",
        Facts(
            words=("breast augmentation", "augmentation", "implants", "boob job", "breast implants"),
            price=(6000, 13000),
            downtime="a week off a desk job, no lifting for six weeks",
            lasts="many years, but implants are not lifetime devices and may need replacing",
            sessions="one operation",
            onset="over about three months, as the implants drop and soften",
            comfort="tight and sore for the first days, more so when the implant goes under the muscle",
            event_weeks=12,
            permanent=True,
        ),
    ),
    (
        "Tummy tuck",
        C.SURGERY,
        "Abdominoplasty: removes loose skin and repairs separated abdominal muscles.",
        Facts(
            words=("tummy tuck", "abdominoplasty", "diastasis", "mommy makeover"),
            price=(8000, 18000),
            downtime="two weeks off work, walking bent over at first, no heavy lifting for six weeks",
            lasts="permanently, as long as your weight is stable and no pregnancy follows",
            sessions="one operation",
            onset="straight away under the swelling, with the final shape and scar at a year",
            comfort="sore, mostly from the muscle repair; the first week is hard",
            event_weeks=16,
            permanent=True,
        ),
    ),
    (
        "Liposuction",
        C.SURGERY,
        "Removes fat deposits through small incisions; not a weight-loss method.",
        Facts(
            words=("liposuction", "lipo", "vaser", "liposculpture"),
            price=(3500, 11000),
            downtime="a few days to a week off work, a compression garment for four to six weeks",
            lasts="permanently for the fat removed, if your weight stays stable",
            sessions="one operation",
            onset="at three to six months, once the swelling that hides it for weeks has gone",
            comfort="bruised and sore like after a hard fall, for a week or two",
            event_weeks=12,
            permanent=True,
        ),
    ),
    (
        "Brazilian butt lift",
        C.SURGERY,
        "Fat transfer to the buttocks; choose a surgeon who follows current safety guidance.",
        Facts(
            words=("brazilian butt lift", "bbl", "buttock fat transfer", "butt lift"),
            price=(8000, 16000),
            downtime="two weeks off work and weeks of not sitting directly on the buttocks",
            lasts="as long as the fat that survives, often 60 to 80 percent of it, which then changes with your weight like any fat",
            sessions="one operation, sometimes a second round",
            onset="at three to six months",
            comfort="sore where the fat was taken more than where it was placed",
            event_weeks=16,
            permanent=True,
        ),
    ),
    (
        "Neck lift",
        C.SURGERY,
        "Surgery that tightens the neck skin and muscle bands.",
        Facts(
            words=("neck lift", "platysmaplasty", "turkey neck", "neck bands"),
            price=(5500, 14000),
            downtime="ten days to two weeks before going out, with tightness for several weeks",
            lasts="ten years or more",
            sessions="one operation",
            onset="mostly by three months",
            comfort="tight rather than painful, under sedation or general anaesthesia",
            event_weeks=12,
            permanent=True,
        ),
    ),
    (
        "Brow lift",
        C.SURGERY,
        "Raises low or heavy brows, surgically or endoscopically.",
        Facts(
            words=("brow lift", "forehead lift", "browlift", "heavy brows", "low brows"),
            price=(4000, 9500),
            downtime="about ten days of swelling and bruising that can drift down to the eyes",
            lasts="many years",
            sessions="one operation",
            onset="by two to three months",
            comfort="headache-like tightness and numbness of the scalp for a while",
            event_weeks=8,
            permanent=True,
        ),
    ),
    (
        "Otoplasty",
        C.SURGERY,
        "Ear surgery that sets prominent ears closer to the head or reshapes them.",
        Facts(
            words=("otoplasty", "ear pinning", "ear surgery", "ears pinned", "prominent ears", "ears"),
            price=(3000, 7500),
            downtime="a head bandage for a few days, a headband at night for about six weeks",
            lasts="permanently; a small relapse in the first months is possible and can be corrected",
            sessions="one operation",
            onset="straight away, with swelling settling over six weeks",
            comfort="sore and throbbing for a few days",
            event_weeks=6,
            permanent=True,
        ),
    ),
    (
        "Breast lift",
        C.SURGERY,
        "Mastopexy: raises and reshapes sagging breasts, with or without implants.",
        Facts(
            words=("breast lift", "mastopexy", "sagging breasts"),
            price=(6500, 13000),
            downtime="one to two weeks off work, a surgical bra for six weeks",
            lasts="many years, though gravity, weight changes and pregnancy still act on the breasts",
            sessions="one operation",
            onset="at three to six months, with the scars fading over a year",
            comfort="less sore than an augmentation for most people",
            event_weeks=12,
            permanent=True,
        ),
    ),
    (
        "Breast reduction",
        C.SURGERY,
        "Removes breast tissue and skin to ease back and neck pain and reshape the breasts.",
        Facts(
            words=("breast reduction", "reduction mammoplasty"),
            price=(5500, 12500),
            downtime="two weeks off work, no lifting or strenuous exercise for six weeks",
            lasts="permanently, though weight gain or pregnancy can change the breasts again",
            sessions="one operation",
            onset="straight away for the back and shoulders, and in its final shape at six months",
            comfort="sore for a week; many say it is easier than they feared",
            event_weeks=12,
            permanent=True,
        ),
    ),
    (
        "Chin implant",
        C.SURGERY,
        "A silicone implant that adds projection to a small or receding chin.",
        Facts(
            words=("chin implant", "genioplasty", "chin augmentation", "chin"),
            price=(2800, 6500),
            downtime="a week of swelling and tightness, and a tape dressing for a few days",
            lasts="permanently",
            sessions="one operation, often done with a rhinoplasty",
            onset="at two to four weeks, and fully at three months",
            comfort="tight and tender when you smile or chew for a week or so",
            event_weeks=8,
            permanent=True,
        ),
    ),
    (
        "Chemical peel",
        C.SKIN_CARE,
        "An acid solution that removes damaged outer skin layers; light, medium or deep.",
        Facts(
            words=("chemical peel", "peel", "tca", "glycolic", "salicylic peel", "vi peel"),
            price=(120, 2000),
            downtime="from a little flaking for a light peel to a week of peeling for a medium one",
            lasts="months to years depending on depth, and on sun protection afterwards",
            sessions="a series of three to six light peels, or one medium peel",
            onset="once the peeling is over",
            comfort="stinging heat for a few minutes, cooled with a fan",
            event_weeks=3,
            swells=False,
        ),
    ),
    (
        "Microneedling",
        C.SKIN_CARE,
        "Tiny needles create controlled injuries that stimulate collagen.",
        Facts(
            words=("microneedling", "micro-needling", "collagen induction", "skinpen"),
            price=(250, 2000),
            downtime="a day or two of sunburn-like redness and a rough feel",
            lasts="months to years for scars, with maintenance for texture",
            sessions="three to six, four to six weeks apart",
            onset="gradually, over three months",
            comfort="a buzzing scratch under numbing cream",
            event_weeks=2,
            swells=False,
        ),
    ),
    (
        "Hydrafacial",
        C.SKIN_CARE,
        "Cleansing, exfoliation and hydration in one session, no downtime.",
        Facts(
            words=("hydrafacial", "hydra facial"),
            price=(150, 600),
            downtime="none: most people go straight back to work",
            lasts="a week or two",
            sessions="one, repeated monthly if you like it",
            onset="straight away",
            comfort="cool and a little tingly",
            event_weeks=1,
            swells=False,
        ),
    ),
    (
        "Tretinoin",
        C.SKIN_CARE,
        "Prescription retinoid for acne, fine lines and uneven tone.",
        Facts(
            words=("tretinoin", "retin-a", "retinoid", "retinoids"),
            price=(20, 300),
            downtime="no time off, but a few weeks of dryness, flaking and sometimes a breakout",
            lasts="as long as you keep using it",
            sessions="nightly or a few nights a week, built up slowly",
            onset="within two to three months for acne, and six to twelve for fine lines and tone",
            comfort="dryness and stinging at first, easing as the skin adjusts",
            event_weeks=6,
            swells=False,
        ),
    ),
    (
        "Microdermabrasion",
        C.SKIN_CARE,
        "Mechanical exfoliation that smooths texture and dullness.",
        Facts(
            words=("microdermabrasion", "microderm"),
            price=(100, 900),
            downtime="none, maybe some pinkness for an hour",
            lasts="a few weeks",
            sessions="a series of five or six, two to four weeks apart",
            onset="straight away",
            comfort="a gentle scratch and suction",
            event_weeks=1,
            swells=False,
        ),
    ),
    (
        "PRP facial",
        C.SKIN_CARE,
        "Platelet-rich plasma from your own blood applied with microneedling.",
        Facts(
            words=("prp", "platelet-rich plasma", "vampire facial", "prp facial"),
            price=(500, 2500),
            downtime="two or three days of redness, like microneedling on its own",
            lasts="months; evidence that PRP adds much to microneedling is modest",
            sessions="three, a month apart",
            onset="gradually, over two to three months",
            comfort="a blood draw followed by microneedling under numbing cream: more a nuisance than painful",
            event_weeks=2,
            swells=False,
        ),
    ),
    (
        "Dermaplaning",
        C.SKIN_CARE,
        "A blade gently scrapes off dead skin and fine facial hair for smoother skin.",
        Facts(
            words=("dermaplaning", "dermaplane", "peach fuzz", "face shaving"),
            price=(60, 250),
            downtime="none",
            lasts="three to four weeks, until the fine hair and dead skin build up again",
            sessions="one, repeated every month or so",
            onset="straight away",
            comfort="painless, a light scraping",
            event_weeks=1,
            swells=False,
        ),
    ),
    (
        "LED light therapy",
        C.SKIN_CARE,
        "Red and blue light sessions aimed at acne and mild signs of ageing.",
        Facts(
            words=("led", "light therapy", "red light", "blue light"),
            price=(50, 900),
            downtime="none",
            lasts="only while you keep going; the effect is modest",
            sessions="weekly or twice weekly for a month or two",
            onset="within four to eight weeks for acne, if it helps",
            comfort="warm and painless",
            event_weeks=1,
            swells=False,
        ),
    ),
    (
        "Porcelain veneers",
        C.DENTAL,
        "Thin porcelain shells bonded to the front of teeth to change colour and shape.",
        Facts(
            words=("veneers", "porcelain veneers", "veneer"),
            price=(4000, 25000),
            downtime="none, though teeth can be sensitive for a week or two",
            lasts="ten to fifteen years or more, and the tooth preparation is irreversible",
            sessions="two or three visits over a few weeks",
            onset="once the final veneers are bonded",
            comfort="painless under local anaesthetic while the teeth are prepared",
            event_weeks=6,
            swells=False,
            permanent=True,
        ),
    ),
    (
        "Teeth whitening",
        C.DENTAL,
        "In-office or take-home bleaching that lightens tooth colour.",
        Facts(
            words=("teeth whitening", "whitening", "bleaching", "whiter teeth"),
            price=(200, 1000),
            downtime="none; teeth can be sensitive for a few days",
            lasts="one to three years, depending on coffee, tea, red wine and smoking",
            sessions="one in-office visit or two weeks of trays at home",
            onset="straight away, settling over two weeks",
            comfort="painless, apart from zings of sensitivity in some people",
            event_weeks=2,
            swells=False,
        ),
    ),
    (
        "Invisalign",
        C.DENTAL,
        "Clear aligners that straighten teeth gradually.",
        Facts(
            words=("invisalign", "aligners", "clear aligners"),
            price=(3000, 8000),
            downtime="none, though each new aligner aches for a day or two",
            lasts="for good, as long as you wear a retainer at night",
            sessions="a new aligner every one to two weeks for six to eighteen months",
            onset="within a couple of months",
            comfort="pressure and a lisp for the first days of each aligner",
            event_weeks=26,
            swells=False,
            permanent=True,
        ),
    ),
    (
        "Dental bonding",
        C.DENTAL,
        "Tooth-coloured resin that repairs chips and gaps in one visit.",
        Facts(
            words=("bonding", "dental bonding", "composite", "chipped tooth", "chipped teeth"),
            price=(250, 2400),
            downtime="none",
            lasts="five to ten years, with polishing and the odd repair",
            sessions="one visit",
            onset="straight away",
            comfort="painless; usually no anaesthetic is needed",
            event_weeks=1,
            swells=False,
        ),
    ),
    (
        "Gum contouring",
        C.DENTAL,
        "Reshaping the gum line with a laser or scalpel to even out a gummy smile.",
        Facts(
            words=("gum contouring", "gum lift", "gummy smile", "gingivectomy", "gums"),
            price=(350, 3500),
            downtime="a few days of tender gums and soft food",
            lasts="permanently when only gum is removed",
            sessions="one visit",
            onset="once the gums heal, in one to three weeks",
            comfort="painless under local anaesthetic, then sore for a few days",
            event_weeks=4,
            permanent=True,
        ),
    ),
]

FACTS: dict[str, Facts] = {slugify(name): facts for name, _, _, facts in CATALOGUE}
NAMES: dict[str, str] = {slugify(name): name for name, _, _, _ in CATALOGUE}

# Treatments a patient would ask about or have together: a question or review naming two treatments
# names one of these pairs, never two at random.
GO_TOGETHER: list[tuple[str, str]] = [
    ("botox", "lip-flip"),
    ("botox", "lip-filler"),
    ("botox", "dysport"),
    ("botox", "cheek-filler"),
    ("lip-filler", "lip-flip"),
    ("cheek-filler", "under-eye-filler"),
    ("jawline-filler", "chin-filler"),
    ("masseter-botox", "jawline-filler"),
    ("sculptra", "radiesse"),
    ("kybella", "coolsculpting"),
    ("kybella", "liposuction"),
    ("fraxel-laser", "co2-laser-resurfacing"),
    ("fraxel-laser", "microneedling"),
    ("morpheus8", "microneedling"),
    ("ultherapy", "thermage"),
    ("ultherapy", "facelift"),
    ("ipl-photofacial", "clear-brilliant"),
    ("chemical-peel", "microneedling"),
    ("chemical-peel", "tretinoin"),
    ("hydrafacial", "dermaplaning"),
    ("microneedling", "prp-facial"),
    ("coolsculpting", "liposuction"),
    ("emsculpt", "coolsculpting"),
    ("rhinoplasty", "chin-implant"),
    ("chin-filler", "chin-implant"),
    ("facelift", "neck-lift"),
    ("blepharoplasty", "brow-lift"),
    ("blepharoplasty", "under-eye-filler"),
    ("tummy-tuck", "liposuction"),
    ("breast-augmentation", "breast-lift"),
    ("brazilian-butt-lift", "liposuction"),
    ("teeth-whitening", "porcelain-veneers"),
    ("invisalign", "dental-bonding"),
    ("invisalign", "teeth-whitening"),
    ("gum-contouring", "porcelain-veneers"),
    ("botox", "brow-lift"),
    ("botox", "gum-contouring"),
    ("microdermabrasion", "chemical-peel"),
]

# How a treatment is named mid-sentence when it takes an article ("Does a tummy tuck hurt?").
WITH_ARTICLE = {
    "rhinoplasty": "a rhinoplasty",
    "facelift": "a facelift",
    "blepharoplasty": "a blepharoplasty",
    "breast-augmentation": "a breast augmentation",
    "tummy-tuck": "a tummy tuck",
    "brazilian-butt-lift": "a Brazilian butt lift",
    "neck-lift": "a neck lift",
    "brow-lift": "a brow lift",
    "breast-lift": "a breast lift",
    "breast-reduction": "a breast reduction",
    "chin-implant": "a chin implant",
    "chemical-peel": "a chemical peel",
    "hydrafacial": "a Hydrafacial",
    "prp-facial": "a PRP facial",
    "ipl-photofacial": "an IPL photofacial",
    "lip-flip": "a lip flip",
}

BRAND_NAMES = {"Botox", "Kybella", "Sculptra", "Morpheus8", "Ultherapy", "CoolSculpting", "Hydrafacial", "Invisalign"}


def in_sentence(name: str) -> str:
    """ "lip filler" mid-sentence, but "Botox", "IPL photofacial" and "Masseter Botox" as they are."""
    first = name.split()[0]
    if first in BRAND_NAMES or name in {"Dysport", "Radiesse", "Thermage", "Emsculpt", "Fraxel laser"}:
        return name
    if first in {"Clear", "Brazilian"} or (len(first) > 1 and first[1].isupper()):
        return name
    return name[0].lower() + name[1:]


def spoken(slug: str, name: str) -> str:
    """The treatment as a patient says it mid-sentence, with its article when it takes one."""
    return WITH_ARTICLE.get(slug) or in_sentence(name)


def names_treatment(text: str, slug: str, name: str = "") -> bool:
    """Whether the text names the treatment: its name or a word patients use for it."""
    words = [name or NAMES.get(slug, slug), *FACTS[slug].words] if slug in FACTS else [name or slug]
    lowered = text.lower()
    return any(re.search(rf"(?<![a-z]){re.escape(word.lower())}(?![a-z])", lowered) for word in words)


def seed(ctx: DemoContext) -> None:
    treatments = []
    for name, category, description, _facts in CATALOGUE:
        treatment, _ = Treatment.objects.get_or_create(
            slug=slugify(name), defaults={"name": name, "category": category, "description": description}
        )
        treatments.append(treatment)
    overviewed = _write_overviews(treatments)
    ctx.data["treatments"] = treatments
    ctx.out.write(f"  treatments   {len(treatments)} ({overviewed} overviews written)\n")


# Each overview was last reviewed this many days before the seed, a few months back, spread by catalogue order.
REVIEWED_DAYS_AGO = (45, 150)


def _write_overviews(treatments: list[Treatment]) -> int:
    """Give each treatment without an overview its demo overview, signed off by its reviewer a few months ago.

    An overview already written (by an editor, or an earlier seed) is left alone: seeding twice changes nothing.
    """
    today = timezone.localdate()
    low, high = REVIEWED_DAYS_AGO
    written = []
    for index, treatment in enumerate(treatments):
        overview = OVERVIEWS.get(treatment.slug)
        if overview is None or treatment.has_overview:
            continue
        _fill(treatment, overview)
        treatment.last_reviewed = today - timedelta(days=low + (index * 37) % (high - low))
        written.append(treatment)
    Treatment.objects.bulk_update(written, OVERVIEW_FIELDS)
    return len(written)


def _fill(treatment: Treatment, overview: Overview) -> None:
    treatment.what_it_is, treatment.how_it_works = overview.what, overview.how
    treatment.downtime, treatment.results_last = overview.downtime, overview.results
    treatment.risks, treatment.who_it_suits = overview.risks, overview.suits
    treatment.downtime_at_a_glance, treatment.results_at_a_glance, treatment.sessions_at_a_glance = overview.glance
    treatment.reviewer_name, treatment.reviewer_credential = REVIEWERS[overview.reviewer]
