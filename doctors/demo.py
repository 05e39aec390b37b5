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

BIO = (
    "{name} practises {specialty} in {city}, with a focus on natural-looking results and honest "
    "consultations: the risks explained as plainly as the benefits, and a frank word when a treatment "
    "is not worth it for you."
)


def seed(ctx: DemoContext) -> None:
    rng = ctx.rng
    moderator = ctx.data["moderator"]
    count = 10 if not ctx.large else 500
    now = timezone.now()
    # Applied between two years and a day ago; checked one to three days after applying.
    applied_on = [now - timedelta(days=rng.randint(30, 730)) for _ in range(count)]
    applied_on[1] = now - timedelta(hours=20)  # dr-pending waits in the queue
    verified_on = [applied + timedelta(days=rng.randint(1, 3)) for applied in applied_on]
    users, doctors = [], []
    for index in range(count):
        if index == 0:
            handle, first, last, status = "dr-ruiz", "Ana", "Ruiz", DoctorProfile.Status.VERIFIED
        elif index == 1:
            handle, first, last, status = "dr-pending", "Owen", "Whitaker", DoctorProfile.Status.PENDING
        elif index == 2:
            handle, first, last, status = "dr-suspended", "Victor", "Novak", DoctorProfile.Status.SUSPENDED
        elif index == 3:
            handle, first, last, status = "dr-rejected", "Jonah", "Grant", DoctorProfile.Status.REJECTED
        else:
            first, last = FIRST[index % len(FIRST)], LAST[(index * 7) % len(LAST)]
            handle, status = f"dr-{slugify(first)}-{slugify(last)}-{index}", DoctorProfile.Status.VERIFIED
        user = User(
            handle=handle,
            email=f"{handle}@doctors.candid.example",
            full_name=f"{first} {last}",
            password=ctx.password_hash,
        )
        users.append(user)
        specialty, credential, board = SPECIALTIES[index % len(SPECIALTIES)]
        city, region = CITIES[index % len(CITIES)]
        full_name = f"{first} {last}"
        slug = slugify(f"{first}-{last}-{index}" if index > 3 else f"{first}-{last}")
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
                practice_name=f"{last} Aesthetics",
                address=f"{rng.randint(10, 999)} Main Street",
                city=city,
                region=region,
                country="United States",
                website=f"https://{slugify(last)}-aesthetics.example",
                bio=BIO.format(
                    name=f"Dr. {full_name}" if credential in DoctorProfile.DOCTOR_TITLE_CREDENTIALS else full_name,
                    specialty=S(specialty).label.lower(),
                    city=city,
                ),
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
    ctx.data["doctors"] = list(DoctorProfile.objects.filter(status=DoctorProfile.Status.VERIFIED).order_by("pk"))
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
