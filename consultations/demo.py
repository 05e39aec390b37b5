"""Demo consultation requests: the demo doctor's inbox reads like a real week, one request in each state,
and the demo patient has one request of their own. No photos: the demo stores no private files."""

from datetime import timedelta

from django.utils import timezone

from consultations.models import ConsultationMessage, ConsultationRequest
from core.demo import DemoContext
from doctors.models import DoctorProfile

DEMO_DOCTOR = "dr-ruiz"
DEMO_PATIENT = "patient"

# (treatment slug, what the patient wrote, timing, contact, status, hours ago, conversation: (from doctor?, text, hours after))
REQUESTS = [
    (
        "botox",
        "Hi Dr. Ruiz, I read your answers about forehead lines. I'm 36 and have never had Botox. My sister's "
        "wedding is in eight weeks and I'd like to look fresh but not frozen. Could I come in for an "
        "assessment, and is eight weeks enough time?",
        "month",
        "site",
        "replied",
        30,
        [
            (
                True,
                "Hello, and thank you for writing. Eight weeks is plenty: results show within two weeks and "
                "peak at about four, which leaves time for a small top-up if needed. I have assessment slots next "
                "Tuesday and Thursday afternoon; would either suit you?",
                5,
            ),
            # The patient's answer waits for the doctor: the inbox has something to do.
            (False, "Thursday afternoon would be perfect. Should I avoid anything beforehand?", 9),
        ],
    ),
    (
        "lip-filler",
        "I had lip filler elsewhere a year ago and the top lip looks a bit lumpy now. I'm not sure if it "
        "needs dissolving or just topping up. Would you be able to take a look?",
        "quarter",
        "email",
        "booked",
        24 * 4,
        [
            (
                True,
                "Thank you for the details. Lumps a year on are usually filler that has settled unevenly, and "
                "the right answer depends on what I feel and see in person. I'd rather assess before suggesting "
                "either. I've booked you a consultation; we'll e-mail the time to the address you shared.",
                20,
            ),
        ],
    ),
    (
        "chemical-peel",
        "Hello, I'm interested in a peel for acne scars on my cheeks. I have quite dark skin (Fitzpatrick V "
        "I think) and I'm worried about pigmentation. Do you treat darker skin types?",
        "exploring",
        "site",
        "new",
        3,
        [],
    ),
    (
        "microneedling",
        "Can you do microneedling next week? I have an event on the 14th.",
        "soon",
        "phone",
        "declined",
        24 * 9,
        [
            (
                True,
                "Thank you for asking. I'm afraid I can't fit it in before the 14th, and I'd not advise "
                "microneedling so close to an event: skin can stay red for several days. I'd be glad to see you "
                "afterwards if you'd still like to go ahead.",
                6,
            ),
        ],
    ),
]
PATIENT_REQUEST = (
    "Hi, I'm thinking about treating the lines around my eyes. I'd like to understand my options and costs "
    "before deciding. Could we talk about what would suit me?"
)


def seed(ctx: DemoContext) -> None:
    doctor = DoctorProfile.objects.filter(user__handle=DEMO_DOCTOR).select_related("user").first()
    patients = ctx.data.get("patients") or []
    if doctor is None or not patients:
        return
    treatments = {treatment.slug: treatment for treatment in ctx.data.get("treatments", [])}
    demo_patient = next((p for p in patients if p.handle == DEMO_PATIENT), None)
    senders = [p for p in patients if p.handle != DEMO_PATIENT]
    now = timezone.now()
    for index, (slug, text, timing, contact, status, hours_ago, conversation) in enumerate(REQUESTS):
        patient = senders[index % len(senders)] if senders else patients[0]
        _request(
            doctor=doctor,
            patient=patient,
            treatment=treatments.get(slug),
            text=text,
            timing=timing,
            contact=contact,
            status=status,
            sent=now - timedelta(hours=hours_ago),
            conversation=conversation,
            now=now,
        )
    if demo_patient is not None:
        _request(
            doctor=doctor,
            patient=demo_patient,
            treatment=treatments.get("botox"),
            text=PATIENT_REQUEST,
            timing="quarter",
            contact="site",
            status="new",
            sent=now - timedelta(hours=2),
            conversation=[],
            now=now,
        )


def _request(*, doctor, patient, treatment, text, timing, contact, status, sent, conversation, now) -> None:
    local = patient.handle.replace("-", ".")
    request = ConsultationRequest.objects.create(
        doctor=doctor,
        patient=patient,
        treatment=treatment,
        message=text,
        timing=timing,
        contact=contact,
        contact_email=f"{local}@example.com" if contact == "email" else "",
        contact_phone="+1 512 555 0142" if contact == "phone" else "",
        status=status,
        created_at=sent,
        last_message_at=sent,
    )
    first_reply = None
    last = sent
    for from_doctor, body, hours_after in conversation:
        when = min(sent + timedelta(hours=hours_after), now)
        ConsultationMessage.objects.create(
            request=request, author=doctor.user if from_doctor else patient, body=body, created_at=when
        )
        if from_doctor and first_reply is None:
            first_reply = when
        last = max(last, when)
    ConsultationRequest.objects.filter(pk=request.pk).update(first_reply_at=first_reply, last_message_at=last)
