"""The decision page's hidden `seen_at`, tampered with, gets a clear message and nothing is decided."""

import pytest
from django.urls import reverse
from django.utils import timezone

from doctors.models import DoctorProfile
from tests.factories import DoctorProfileFactory

CHANGELIST = reverse("admin:doctors_doctorprofile_changelist")


@pytest.fixture
def applicant(db) -> DoctorProfile:
    return DoctorProfileFactory(status=DoctorProfile.Status.PENDING, verified_at=None, submitted_at=timezone.now())


@pytest.mark.parametrize(
    ("seen_at", "message"),
    [
        ("2026-13-45T99:00:00+00:00", "is damaged"),  # the right shape, an impossible moment
        ("yesterday", "is damaged"),
        ("2026-11-20T10:00:00", "has no time zone"),  # naive: cannot be compared with an aware time
        ("2026-11-20T10:00:00+99:00", "is damaged"),
        ("9" * 400, "is damaged"),
    ],
)
def test_a_tampered_seen_at_is_refused_with_a_message(client_as, moderator, applicant, seen_at, message):
    browser = client_as(moderator)
    browser.raise_request_exception = False

    response = browser.post(
        CHANGELIST,
        {
            "action": "verify_selected",
            "_selected_action": [applicant.pk],
            "confirm": "yes",
            "seen_at": seen_at,
            f"evidence_{applicant.pk}": "Licence checked on the state board's public lookup.",
        },
    )

    assert response.status_code == 200
    assert message in response.text
    applicant.refresh_from_db()
    assert applicant.status == DoctorProfile.Status.PENDING
    # The page carries a fresh, valid time, so confirming again works.
    fresh = response.text.split('name="seen_at" value="', 1)[1].split('"', 1)[0]
    assert timezone.is_aware(timezone.datetime.fromisoformat(fresh))
