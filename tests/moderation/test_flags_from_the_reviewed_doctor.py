"""A doctor may report a review about them, never take it down: their flag is queued for the moderators
and weighs nothing toward hiding that review (16 CFR 465.7), and the queue says whose flag it is."""

from html import unescape

import pytest
from django.urls import reverse

from moderation.models import Flag, ModerationLog
from moderation.services import flag_create
from reviews.models import Review
from tests.factories import DoctorProfileFactory, ReviewFactory, accept_policies_in_force
from tests.moderation.helpers import log_entries, trusted_member

pytestmark = pytest.mark.django_db

CRITICAL = (
    "The result was uneven and the clinic never answered my calls about it. I paid for a touch-up "
    "elsewhere. I would not go back, and I would tell a friend to ask a lot more questions than I did."
)


@pytest.fixture
def threshold(settings):
    settings.FLAG_AUTO_HIDE_THRESHOLD = 1  # a single trusted flag would hide anything else
    settings.FLAG_TRUST_ACCOUNT_AGE_DAYS = 7
    return 1


@pytest.fixture
def critical_review(doctor, treatment):
    return ReviewFactory(
        doctor=doctor, treatment=treatment, verdict="not_worth_it", rating=1, story=CRITICAL, title="Uneven"
    )


def trusted_doctor(doctor):
    """The reviewed doctor with every mark of a trusted reporter: an old account and upheld flags."""
    from django.utils import timezone

    doctor.user.date_joined = timezone.now() - __import__("datetime").timedelta(days=400)
    doctor.user.save(update_fields=["date_joined"])
    accept_policies_in_force(doctor.user)  # a member since before the terms in force, who accepted them
    for _ in range(4):
        flag_create(reporter=doctor.user, target=ReviewFactory(), reason=Flag.Reason.SPAM)
    Flag.objects.filter(reporter=doctor.user).update(
        status=Flag.Status.RESOLVED, outcome=Flag.Outcome.HIDDEN, resolved_at=timezone.now()
    )
    return doctor


def test_the_reviewed_doctors_flag_alone_never_hides_the_review(client, client_as, doctor, critical_review, threshold):
    trusted_doctor(doctor)
    response = client_as(doctor.user).post(
        reverse("moderation:flag", args=["reviews.review", critical_review.pk]),
        {"reason": Flag.Reason.NOT_GENUINE, "details": "This person was never my patient."},
    )
    assert response.status_code == 302
    critical_review.refresh_from_db()
    assert not critical_review.is_hidden
    assert Flag.objects.filter(reporter=doctor.user, object_id=critical_review.pk, status="open").exists()
    assert not log_entries(ModerationLog.Action.AUTO_HIDE).filter(target_id=critical_review.pk).exists()
    assert "Uneven" in client.get(critical_review.get_absolute_url()).text
    assert Review.objects.public().filter(pk=critical_review.pk).exists()


def test_the_same_flag_from_anyone_else_counts_as_usual(doctor, critical_review, threshold):
    """The control: the rule is about who flags, not about reviews being unhideable."""
    flag_create(reporter=trusted_member(), target=critical_review, reason=Flag.Reason.NOT_GENUINE)
    critical_review.refresh_from_db()
    assert critical_review.is_hidden


def test_another_doctors_flag_counts_as_a_members(doctor, critical_review, threshold):
    rival = DoctorProfileFactory(full_name="Other Doctor", slug="other-doctor")
    trusted_doctor(rival)
    flag_create(reporter=rival.user, target=critical_review, reason=Flag.Reason.NOT_GENUINE)
    critical_review.refresh_from_db()
    assert critical_review.is_hidden


def test_moderators_see_it_as_a_flag_from_the_reviewed_doctor(client_as, moderator, doctor, critical_review):
    flag_create(reporter=doctor.user, target=critical_review, reason=Flag.Reason.NOT_GENUINE, details="Not my patient.")
    client = client_as(moderator)
    queue = unescape(client.get(reverse("admin:moderation_flag_changelist")).text)
    assert "not counted (flag from the reviewed doctor" in queue
    flag = Flag.objects.get(reporter=doctor.user)
    page = unescape(
        client.get(reverse("admin:moderation_flag_review", args=[flag.content_type_id, flag.object_id])).text
    )
    assert "flag from the reviewed doctor" in page
