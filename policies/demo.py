"""Demo concerns for the moderators' queue (/admin/policies/concernreport/): what people write through
/contact/, one of them already taken on. The policy documents themselves come from the migrations,
as on a real site."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from core.demo import DemoContext
from policies.models import ConcernReport

R, S = ConcernReport.Reason, ConcernReport.Status

CONCERNS = [
    (
        R.LEGAL,
        "/reviews/",
        "One of the reviews of a lip filler quotes my first name and the date of my appointment at the "
        "clinic. I never posted it and I did not agree to it being shared. Please take those details down.",
        "m.alvarez@example.com",
        S.NEW,
        3,
    ),
    (
        R.DOCTOR,
        "/doctors/",
        "A doctor in the directory lists a clinic address that closed last year, and their answers keep "
        "recommending one brand of skin booster. Could you check whether they have a link to it?",
        "concerned.reader@example.com",
        S.IN_PROGRESS,
        26,
    ),
    (
        R.SAFETY,
        "/questions/",
        "Someone in a question about dissolving filler says they are going to inject hyaluronidase they "
        "bought online themselves. Could a doctor or a moderator reply to warn them?",
        "night.owl@example.com",
        S.CLOSED,
        70,
    ),
]


def seed(ctx: DemoContext) -> None:
    moderator = get_user_model().objects.filter(handle="moderator").first()
    now = timezone.now()
    for reason, about, message, email, status, hours_ago in CONCERNS:
        sent = now - datetime.timedelta(hours=hours_ago)
        handled = status != S.NEW
        ConcernReport.objects.create(
            reason=reason,
            about_url=about,
            message=message,
            reply_email=email,
            status=status,
            created_at=sent,
            handled_by=moderator if handled else None,
            handled_at=sent + datetime.timedelta(hours=2) if handled else None,
            notes="Replied to the sender; warned the member and asked a doctor to answer."
            if status == S.CLOSED
            else "",
        )
