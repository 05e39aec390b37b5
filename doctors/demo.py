from dataclasses import dataclass
from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from django.utils.text import slugify

from accounts.demo import confirm_addresses
from accounts.models import User
from core.demo import DemoContext, batched
from doctors.demo_headshots import looks_feminine, portrait_png
from doctors.models import DoctorProfile, VerificationDecision
from moderation.models import ModerationLog

S = DoctorProfile.Specialty
FIRST = [
    "Ana",
    "Marcus",
    "Priya",
    "Helen",
    "Tomás",
    "Grace",
    "Daniel",
    "Leila",
    "Owen",
    "Mei",
    "Samuel",
    "Nadia",
    "Victor",
    "Chloe",
    "Rafael",
    "Imani",
    "Jonah",
    "Sofia",
    "Kenji",
    "Amara",
]
LAST = [
    "Ruiz",
    "Bennett",
    "Raman",
    "Okafor",
    "Lindqvist",
    "Castillo",
    "Whitaker",
    "Haddad",
    "Moreau",
    "Chen",
    "Adeyemi",
    "Kowalski",
    "Patel",
    "Novak",
    "Fitzgerald",
    "Tanaka",
    "Osei",
    "Romano",
    "Grant",
    "Silva",
]
CITIES = [
    ("Austin", "TX"),
    ("Miami", "FL"),
    ("New York", "NY"),
    ("Los Angeles", "CA"),
    ("Chicago", "IL"),
    ("Seattle", "WA"),
    ("Denver", "CO"),
    ("Atlanta", "GA"),
    ("Boston", "MA"),
    ("San Diego", "CA"),
]
SPECIALTIES = [
    (S.DERMATOLOGY, "MD", "American Board of Dermatology"),
    (S.PLASTIC_SURGERY, "MD", "American Board of Plastic Surgery"),
    (S.FACIAL_PLASTIC_SURGERY, "MD", "American Board of Facial Plastic and Reconstructive Surgery"),
    (S.OCULOPLASTIC_SURGERY, "MD", "American Board of Ophthalmology"),
    (S.COSMETIC_DENTISTRY, "DDS", ""),
    (S.AESTHETIC_MEDICINE, "NP", ""),
    (S.DERMATOLOGY, "DO", "American Osteopathic Board of Dermatology"),
]
# A one-page stand-in for a scanned licence, so moderators can open "the document" in the demo.
# Each demo doctor has a licence file of their own: a replaced licence's old file is removed
# (django-cleanup), so a file shared between doctors would vanish from the others' profiles.
DEMO_LICENCE_FOLDER = "licences/demo"
DEMO_LICENCE_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 396]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>"
    b"endobj\n4 0 obj<</Length 88>>stream\nBT /F1 24 Tf 72 300 Td (Demo medical licence) Tj 0 -40 Td "
    b"(Not a real document) Tj ET\nendstream endobj\n5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>"
    b"endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)
REJECTION = "The licence number does not appear on the board's register under this name. Check it and apply again."
SUSPENSION = "Repeated promotional answers; under review."

# What each specialty does, by treatment slug (treatments/demo.py): who may answer a question about a
# treatment and be named in a review of it. Surgery only by surgeons, dental work only by dentists.
FACE_INJECTABLES = {
    "botox",
    "dysport",
    "lip-filler",
    "lip-flip",
    "cheek-filler",
    "under-eye-filler",
    "jawline-filler",
    "chin-filler",
    "kybella",
    "sculptra",
    "radiesse",
    "masseter-botox",
}
SKIN_CARE = {"chemical-peel", "microneedling", "hydrafacial", "microdermabrasion", "prp-facial", "dermaplaning"}
DEVICES = {
    "fraxel-laser",
    "co2-laser-resurfacing",
    "ipl-photofacial",
    "laser-hair-removal",
    "morpheus8",
    "ultherapy",
    "coolsculpting",
    "tattoo-removal",
    "thermage",
    "emsculpt",
    "clear-brilliant",
}
FACE_SURGERY = {"rhinoplasty", "facelift", "blepharoplasty", "neck-lift", "brow-lift", "otoplasty", "chin-implant"}
BODY_SURGERY = {
    "breast-augmentation",
    "tummy-tuck",
    "liposuction",
    "brazilian-butt-lift",
    "breast-lift",
    "breast-reduction",
}
DENTAL = {"porcelain-veneers", "teeth-whitening", "invisalign", "dental-bonding", "gum-contouring"}
SPECIALTY_TREATMENTS: dict[str, frozenset[str]] = {
    S.DERMATOLOGY: frozenset(
        FACE_INJECTABLES | SKIN_CARE | DEVICES | {"sclerotherapy", "tretinoin", "led-light-therapy"}
    ),
    S.PLASTIC_SURGERY: frozenset(
        FACE_SURGERY
        | BODY_SURGERY
        | FACE_INJECTABLES
        | {
            "fraxel-laser",
            "co2-laser-resurfacing",
            "ipl-photofacial",
            "morpheus8",
            "coolsculpting",
            "emsculpt",
            "chemical-peel",
            "microneedling",
            "prp-facial",
        }
    ),
    S.FACIAL_PLASTIC_SURGERY: frozenset(
        FACE_SURGERY
        | FACE_INJECTABLES
        | {
            "fraxel-laser",
            "co2-laser-resurfacing",
            "morpheus8",
            "ultherapy",
            "thermage",
            "chemical-peel",
            "microneedling",
            "prp-facial",
        }
    ),
    S.OCULOPLASTIC_SURGERY: frozenset(
        {"blepharoplasty", "brow-lift", "under-eye-filler", "botox", "dysport", "co2-laser-resurfacing"}
    ),
    S.OTOLARYNGOLOGY: frozenset(
        {
            "rhinoplasty",
            "otoplasty",
            "chin-implant",
            "neck-lift",
            "facelift",
            "botox",
            "dysport",
            "chin-filler",
            "jawline-filler",
        }
    ),
    S.COSMETIC_DENTISTRY: frozenset(DENTAL | {"masseter-botox"}),
    S.AESTHETIC_MEDICINE: frozenset(
        FACE_INJECTABLES
        | SKIN_CARE
        | {
            "sclerotherapy",
            "ipl-photofacial",
            "laser-hair-removal",
            "morpheus8",
            "coolsculpting",
            "tattoo-removal",
            "emsculpt",
            "clear-brilliant",
            "led-light-therapy",
            "tretinoin",
        }
    ),
}
KNOWN_TREATMENTS = frozenset().union(*SPECIALTY_TREATMENTS.values())
SURGEONS = {S.PLASTIC_SURGERY, S.FACIAL_PLASTIC_SURGERY, S.OCULOPLASTIC_SURGERY, S.OTOLARYNGOLOGY}


def does(specialty: str, slug: str) -> bool:
    """Whether a doctor of this specialty performs the treatment (unknown treatments: anyone may)."""
    return slug not in KNOWN_TREATMENTS or slug in SPECIALTY_TREATMENTS.get(specialty, frozenset())


@dataclass(frozen=True)
class DemoDoctor:
    """One of the named demo doctors: who they are, where, and in what words they describe themselves."""

    key: str  # the answers and reviews written for them name them by this
    handle: str
    first: str
    last: str
    credential: str
    specialty: str
    city: str
    region: str
    practice: str
    board: str
    bio: str
    status: str = DoctorProfile.Status.VERIFIED


St = DoctorProfile.Status
# The four doctors of the demo logins come first, in this order; then the verified doctors who answer and
# are reviewed in the demo. Their order is the order of ctx.data["doctors"] (verified, by creation).
ROSTER = [
    DemoDoctor(
        "ruiz",
        "dr-ruiz",
        "Ana",
        "Ruiz",
        "MD",
        S.DERMATOLOGY,
        "Austin",
        "TX",
        "Ruiz Dermatology",
        "American Board of Dermatology",
        "Dr. Ana Ruiz is a board-certified dermatologist in Austin. She splits her week between medical "
        "dermatology (acne, rosacea, skin checks) and cosmetic work: toxin, fillers, lasers and peels. She "
        "would rather talk a patient out of a treatment than sell one that will disappoint, and she brings up "
        "sunscreen in every consultation, whatever it was booked for.",
    ),
    DemoDoctor(
        "whitaker",
        "dr-pending",
        "Owen",
        "Whitaker",
        "MD",
        S.PLASTIC_SURGERY,
        "Denver",
        "CO",
        "Whitaker Plastic Surgery",
        "American Board of Plastic Surgery",
        "Dr. Owen Whitaker is a plastic surgeon in Denver. He focuses on breast and body contouring after "
        "pregnancy and weight loss.",
        St.PENDING,
    ),
    DemoDoctor(
        "novak",
        "dr-suspended",
        "Victor",
        "Novak",
        "MD",
        S.AESTHETIC_MEDICINE,
        "Miami",
        "FL",
        "Novak Med Spa",
        "",
        "Dr. Victor Novak runs a medical spa in Miami, where he offers injectables, body contouring devices "
        "and laser treatments.",
        St.SUSPENDED,
    ),
    DemoDoctor(
        "grant",
        "dr-rejected",
        "Jonah",
        "Grant",
        "MD",
        S.DERMATOLOGY,
        "Chicago",
        "IL",
        "Grant Skin Clinic",
        "",
        "Dr. Jonah Grant treats acne, acne scars and pigmentation in Chicago, where he runs a small skin clinic.",
        St.REJECTED,
    ),
    DemoDoctor(
        "bennett",
        "dr-bennett",
        "Marcus",
        "Bennett",
        "MD",
        S.PLASTIC_SURGERY,
        "Miami",
        "FL",
        "Bennett Plastic Surgery",
        "American Board of Plastic Surgery",
        "Dr. Marcus Bennett is a plastic surgeon in Miami who operates mostly on the body: tummy tucks, "
        "liposuction and fat transfer, including Brazilian butt lifts done by the current safety guidance "
        "(fat above the muscle only, under ultrasound). He turns down more BBL consultations than he books "
        "and says so plainly.",
    ),
    DemoDoctor(
        "okafor",
        "dr-okafor",
        "Helen",
        "Okafor",
        "MD",
        S.PLASTIC_SURGERY,
        "Los Angeles",
        "CA",
        "Okafor Plastic Surgery",
        "American Board of Plastic Surgery",
        "Dr. Helen Okafor is a plastic surgeon in Los Angeles specialising in breast surgery: augmentation, "
        "lifts, reductions and implant revisions. She spends her consultations on measurements and tissue "
        "quality rather than cup sizes, and keeps a long-term registry of her implant patients.",
    ),
    DemoDoctor(
        "castillo",
        "dr-castillo",
        "Tomás",
        "Castillo",
        "MD",
        S.PLASTIC_SURGERY,
        "Chicago",
        "IL",
        "Castillo Plastic Surgery",
        "American Board of Plastic Surgery",
        "Dr. Tomás Castillo is a plastic surgeon in Chicago with a conservative streak: a good part of his "
        "practice is revising other surgeons' work, which made him a believer in doing less, doing it once, and "
        "waiting for swelling to settle before judging anything.",
    ),
    DemoDoctor(
        "lindqvist",
        "dr-lindqvist",
        "Grace",
        "Lindqvist",
        "MD",
        S.PLASTIC_SURGERY,
        "Atlanta",
        "GA",
        "Lindqvist Plastic Surgery",
        "American Board of Plastic Surgery",
        "Dr. Grace Lindqvist is a plastic surgeon in Atlanta who does face, breast and body surgery and runs "
        "the injectables clinic in her practice herself. Her patients get a written, week-by-week recovery "
        "plan before they book.",
    ),
    DemoDoctor(
        "raman",
        "dr-raman",
        "Priya",
        "Raman",
        "DO",
        S.DERMATOLOGY,
        "Seattle",
        "WA",
        "Raman Skin Institute",
        "American Osteopathic Board of Dermatology",
        "Dr. Priya Raman is a dermatologist in Seattle with a special interest in skin of colour: melasma, "
        "post-inflammatory pigmentation, and choosing lasers and peels that are safe for deeper skin tones. "
        "She also teaches dermatology residents one afternoon a week.",
    ),
    DemoDoctor(
        "haddad",
        "dr-haddad",
        "Nadia",
        "Haddad",
        "NP",
        S.AESTHETIC_MEDICINE,
        "Denver",
        "CO",
        "Haddad Aesthetics",
        "Board-certified family nurse practitioner (AANP)",
        "Nadia Haddad is a nurse practitioner who has injected toxin and fillers in Denver for twelve years, "
        "working with a supervising dermatologist. She keeps hyaluronidase in every room, prefers two light "
        "appointments to one heavy one, and dissolves more filler than she would like.",
    ),
    DemoDoctor(
        "adeyemi",
        "dr-adeyemi",
        "Samuel",
        "Adeyemi",
        "PA",
        S.AESTHETIC_MEDICINE,
        "New York",
        "NY",
        "Adeyemi Aesthetic Medicine",
        "NCCPA-certified physician assistant",
        "Samuel Adeyemi is a physician assistant in New York working alongside a board-certified dermatologist. "
        "He does toxin, fillers, lasers and hair removal, and likes to explain products and doses in plain "
        "numbers, so patients know what they are paying for.",
    ),
    DemoDoctor(
        "moreau",
        "dr-moreau",
        "Leila",
        "Moreau",
        "MD",
        S.FACIAL_PLASTIC_SURGERY,
        "Boston",
        "MA",
        "Moreau Facial Plastic Surgery",
        "American Board of Facial Plastic and Reconstructive Surgery",
        "Dr. Leila Moreau is a facial plastic surgeon in Boston. She does rhinoplasty, facelifts and neck "
        "lifts, and thinks about the face as a whole: the nose with the chin, the neck with the jaw.",
    ),
    DemoDoctor(
        "tanaka",
        "dr-tanaka",
        "Kenji",
        "Tanaka",
        "MD",
        S.FACIAL_PLASTIC_SURGERY,
        "San Diego",
        "CA",
        "Tanaka Facial Plastics",
        "American Board of Facial Plastic and Reconstructive Surgery",
        "Dr. Kenji Tanaka is a facial plastic surgeon in San Diego whose work centres on skin resurfacing "
        "(CO2 and fractional lasers, peels) and eyelid and brow surgery. He is known for blunt timelines and "
        "for photographing every patient the same way.",
    ),
    DemoDoctor(
        "osei",
        "dr-osei",
        "Imani",
        "Osei",
        "MD",
        S.DERMATOLOGY,
        "Washington",
        "DC",
        "Osei Dermatology",
        "American Board of Dermatology",
        "Dr. Imani Osei is a dermatologist in Washington, DC. Most of her patients come for acne, acne scars "
        "and uneven tone; she starts with prescription skin care and adds procedures only where they will "
        "make a difference.",
    ),
    DemoDoctor(
        "silva",
        "dr-silva",
        "Rafael",
        "Silva",
        "MD",
        S.OTOLARYNGOLOGY,
        "Phoenix",
        "AZ",
        "Silva Facial Plastic & ENT",
        "American Board of Otolaryngology - Head and Neck Surgery",
        "Dr. Rafael Silva is an ENT surgeon in Phoenix with fellowship training in facial plastic surgery. "
        "He does functional and cosmetic rhinoplasty, ear surgery and chin work, and checks the breathing of "
        "every nose he is asked to change.",
    ),
    DemoDoctor(
        "chen",
        "dr-chen",
        "Mei",
        "Chen",
        "MD",
        S.OCULOPLASTIC_SURGERY,
        "San Francisco",
        "CA",
        "Bay Oculoplastics",
        "American Board of Ophthalmology; fellowship in oculoplastic surgery (ASOPRS)",
        "Dr. Mei Chen is an ophthalmologist and oculoplastic surgeon in San Francisco. She operates on "
        "eyelids and brows for both function and appearance, treats the tear troughs with filler only when "
        "the anatomy suits it, and checks for dry eye before any eyelid surgery.",
    ),
    DemoDoctor(
        "kowalski",
        "dr-kowalski",
        "Daniel",
        "Kowalski",
        "DDS",
        S.COSMETIC_DENTISTRY,
        "Minneapolis",
        "MN",
        "Kowalski Family & Cosmetic Dentistry",
        "Accredited member, American Academy of Cosmetic Dentistry",
        "Dr. Daniel Kowalski is a dentist in Minneapolis. He favours the least drilling that does the job: "
        "whitening and bonding first, veneers when they are truly the better answer.",
    ),
    DemoDoctor(
        "romano",
        "dr-romano",
        "Sofia",
        "Romano",
        "DMD",
        S.COSMETIC_DENTISTRY,
        "Philadelphia",
        "PA",
        "Romano Smile Studio",
        "",
        "Dr. Sofia Romano is a cosmetic dentist in Philadelphia. She plans smiles from the gums and bite "
        "outward, so many of her patients start with clear aligners or gum contouring before anything is "
        "bonded to their teeth.",
    ),
]
ROSTER_BY_KEY = {doctor.key: doctor for doctor in ROSTER}

# Large seeds add generated doctors after the roster, with a bio in their specialty's words.
BIO = {
    S.DERMATOLOGY: "{name} is a dermatologist in {city} treating acne, rosacea and pigmentation, with cosmetic "
    "work (toxin, fillers, lasers and peels) alongside.",
    S.PLASTIC_SURGERY: "{name} is a plastic surgeon in {city} doing breast, body and face surgery, with an "
    "injectables clinic in the practice.",
    S.FACIAL_PLASTIC_SURGERY: "{name} is a facial plastic surgeon in {city}: noses, eyelids, facelifts and "
    "neck lifts, and the injectables and lasers that go with them.",
    S.OCULOPLASTIC_SURGERY: "{name} is an oculoplastic surgeon in {city} operating on eyelids and brows, "
    "for sight and for appearance.",
    S.COSMETIC_DENTISTRY: "{name} is a cosmetic dentist in {city}: whitening, bonding, veneers and clear aligners.",
    S.AESTHETIC_MEDICINE: "{name} is an aesthetic injector in {city}, working with a supervising physician on "
    "toxin, fillers, lasers and skin treatments.",
    S.OTOLARYNGOLOGY: "{name} is an ENT surgeon in {city} with training in facial plastic surgery, doing "
    "functional and cosmetic nose surgery.",
}


def seed(ctx: DemoContext) -> None:
    rng = ctx.rng
    moderator = ctx.data["moderator"]
    count = len(ROSTER) if not ctx.large else 500
    now = timezone.now()
    # Applied between two years and a day ago; checked one to three days after applying.
    applied_on = [now - timedelta(days=rng.randint(30, 730)) for _ in range(count)]
    applied_on[1] = now - timedelta(hours=20)  # dr-pending waits in the queue
    verified_on = [applied + timedelta(days=rng.randint(1, 3)) for applied in applied_on]
    users, doctors = [], []
    for index in range(count):
        if index < len(ROSTER):
            named = ROSTER[index]
            handle, first, last, status = named.handle, named.first, named.last, named.status
            credential, specialty, board = named.credential, named.specialty, named.board
            city, region, practice = named.city, named.region, named.practice
            slug = slugify(f"{first}-{last}")
        else:
            named = None
            first, last = FIRST[index % len(FIRST)], LAST[(index * 7) % len(LAST)]
            handle, status = f"dr-{slugify(first)}-{slugify(last)}-{index}", DoctorProfile.Status.VERIFIED
            specialty, credential, board = SPECIALTIES[index % len(SPECIALTIES)]
            city, region = CITIES[index % len(CITIES)]
            practice = f"{last} Aesthetics"
            slug = slugify(f"{first}-{last}-{index}")
        user = User(
            handle=handle,
            email=f"{handle}@doctors.candid.example",
            full_name=f"{first} {last}",
            password=ctx.password_hash,
        )
        users.append(user)
        full_name = f"{first} {last}"
        name = f"Dr. {full_name}" if credential in DoctorProfile.DOCTOR_TITLE_CREDENTIALS else full_name
        doctors.append(
            DoctorProfile(
                user=user,
                slug=slug,
                full_name=full_name,
                credential=credential,
                specialty=specialty,
                licence_number=f"{region}-{rng.randint(100000, 999999)}",
                licence_region=f"{region}, United States",
                board_certifications=board,
                practice_name=practice,
                address=f"{rng.randint(10, 999)} Main Street",
                city=city,
                region=region,
                country="United States",
                website=f"https://{slugify(practice)}.example",
                bio=named.bio if named else BIO[specialty].format(name=name, city=city),
                licence_document=f"{DEMO_LICENCE_FOLDER}/{slug}.pdf",
                status=status,
                status_reason={
                    DoctorProfile.Status.SUSPENDED: SUSPENSION,
                    DoctorProfile.Status.REJECTED: REJECTION,
                }.get(status, ""),
                verified_at=verified_on[index] if status == DoctorProfile.Status.VERIFIED else None,
                verified_by=moderator if status == DoctorProfile.Status.VERIFIED else None,
                created_at=applied_on[index],
                submitted_at=applied_on[index],
            )
        )
    _give_headshots(doctors, pool=HEADSHOT_POOL if ctx.large else 0)
    _save_demo_licences([doctor.licence_document.name for doctor in doctors])
    User.objects.bulk_create(users)
    confirm_addresses(User.objects.filter(pk__in=[user.pk for user in users]))
    for doctor, user in zip(doctors, users, strict=True):
        doctor.user = user  # now with its primary key
    DoctorProfile.objects.bulk_create(doctors)
    _record_decisions(doctors, moderator=moderator, verified_on=verified_on, now=now)
    verified = DoctorProfile.objects.filter(status=DoctorProfile.Status.VERIFIED).select_related("user")
    ctx.data["doctors"] = list(verified.order_by("pk"))
    ctx.data["all_doctors"] = list(DoctorProfile.objects.order_by("pk"))
    ctx.out.write(f"  doctors      {count}\n")


# A large seed shares this many portraits among its doctors (each drawn and processed once).
HEADSHOT_POOL = 40


def _give_headshots(doctors: list[DoctorProfile], *, pool: int) -> None:
    """Each doctor gets an illustrated portrait, uploaded as a doctor would upload a photo.

    The upload goes through the headshot field like any other (`imaging.pipeline`: checked, stripped,
    squared, re-encoded, stored under a random name) when the profile is saved. With a pool, doctors
    who share a portrait share one upload object: the field processes it once and stores a file per
    doctor, so a replaced headshot never takes another doctor's file with it.
    """
    uploads: dict[str, SimpleUploadedFile] = {}
    for index, doctor in enumerate(doctors):
        feminine = _looks_feminine(doctor)
        key = f"{'f' if feminine else 'm'}-{index % (pool // 2)}" if pool else doctor.user.handle
        if key not in uploads:
            data = portrait_png(key, feminine=feminine)
            uploads[key] = SimpleUploadedFile("headshot.png", data, content_type="image/png")
        doctor.headshot = uploads[key]


def _looks_feminine(doctor: DoctorProfile) -> bool:
    """Which portrait suits a demo doctor: the pronouns of the bio, else a guess from the first name."""
    words = set(doctor.bio.lower().replace(",", " ").replace(".", " ").split())
    if words & {"she", "her", "hers"}:
        return True
    if words & {"he", "his", "him"}:
        return False
    return looks_feminine(doctor.full_name.split()[0])


def _save_demo_licences(names: list[str]) -> None:
    storage = DoctorProfile._meta.get_field("licence_document").storage
    for name in names:
        if not storage.exists(name):
            storage.save(name, ContentFile(DEMO_LICENCE_PDF))


def _record_decisions(doctors: list[DoctorProfile], *, moderator: User, verified_on: list, now) -> None:
    """The decisions behind each demo doctor's status, with their audit entries, in bulk."""
    Status, Decision, Action = DoctorProfile.Status, VerificationDecision.Decision, ModerationLog.Action
    decisions: list[VerificationDecision] = []
    logs: list[ModerationLog] = []
    doctor_type = ContentType.objects.get_for_model(DoctorProfile)

    def decide(doctor: DoctorProfile, decision: str, when, *, evidence: str = "", reason: str = "") -> None:
        record = VerificationDecision.about(
            doctor, decision=decision, decided_by=moderator, decided_at=when, evidence=evidence, reason=reason
        )
        decisions.append(record)
        action = {
            Decision.VERIFY: Action.DOCTOR_VERIFY,
            Decision.REJECT: Action.DOCTOR_REJECT,
            Decision.SUSPEND: Action.DOCTOR_SUSPEND,
        }[decision]
        logs.append(
            ModerationLog(
                actor=moderator,
                action=action,
                target_type=doctor_type,
                target_id=doctor.pk,
                target_repr=str(doctor)[:200],
                reason=record.log_reason,
                created_at=when,
            )
        )

    for index, doctor in enumerate(doctors):
        checked = verified_on[index]
        evidence = (
            f"Licence {doctor.licence_number} checked on the {doctor.region} medical board's public lookup on "
            f"{checked:%Y-%m-%d}: active, no disciplinary actions."
        )
        if doctor.status in (Status.VERIFIED, Status.SUSPENDED):
            decide(doctor, Decision.VERIFY, checked, evidence=evidence)
        if doctor.status == Status.SUSPENDED:
            decide(doctor, Decision.SUSPEND, now - timedelta(days=6), reason=SUSPENSION)
        if doctor.status == Status.REJECTED:
            decide(
                doctor,
                Decision.REJECT,
                checked,
                evidence=f"Searched the {doctor.region} board's lookup for {doctor.licence_number} on {checked:%Y-%m-%d}.",
                reason=REJECTION,
            )
    for batch in batched(decisions, 2000):
        VerificationDecision.objects.bulk_create(batch)
    for batch in batched(logs, 2000):
        ModerationLog.objects.bulk_create(batch)
