"""The doctor services check their rule themselves, whoever calls them (a view, an admin action, a
command): called directly for someone the rule refuses, each raises PermissionDenied and changes nothing."""

import pytest
from django.core.exceptions import PermissionDenied

from doctors.models import DoctorProfile, VerificationDecision
from doctors.services import doctor_profile_update, doctor_reinstate, doctor_reject, doctor_suspend, doctor_verify

pytestmark = pytest.mark.django_db

Status = DoctorProfile.Status


def test_profile_update_refuses_a_doctor_who_is_not_verified(pending_doctor):
    with pytest.raises(PermissionDenied, match="still being reviewed"):
        doctor_profile_update(doctor=pending_doctor, details={"bio": "The best injector in town."})
    assert DoctorProfile.objects.get(pk=pending_doctor.pk).bio != "The best injector in town."


def test_profile_update_refuses_a_suspended_doctor(suspended_doctor):
    with pytest.raises(PermissionDenied, match="suspended"):
        doctor_profile_update(doctor=suspended_doctor, details={"bio": "Back in business."})
    assert DoctorProfile.objects.get(pk=suspended_doctor.pk).bio != "Back in business."


@pytest.mark.parametrize(
    ("service", "status"),
    [
        (doctor_verify, Status.PENDING),
        (doctor_reject, Status.PENDING),
        (doctor_suspend, Status.VERIFIED),
        (doctor_reinstate, Status.SUSPENDED),
    ],
)
def test_every_decision_refuses_staff_without_the_verification_permission(
    service, status, staff_without_doctor_permissions
):
    from tests.factories import DoctorProfileFactory

    doctor = DoctorProfileFactory(status=status)
    with pytest.raises(PermissionDenied, match="Only moderators can verify"):
        service(doctor=doctor, moderator=staff_without_doctor_permissions, reason="Checked.", evidence="Registry.")
    assert DoctorProfile.objects.get(pk=doctor.pk).status == status
    assert not VerificationDecision.objects.exists()
