import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction

from accounts.models import Notice
from doctors.models import DoctorProfile, VerificationDecision
from doctors.services import (
    doctor_apply,
    doctor_reinstate,
    doctor_reject,
    doctor_suspend,
    doctor_verify,
)
from moderation.models import ModerationLog
from tests.doctors.conftest import application_data, grant, pdf_file
from tests.factories import DoctorProfileFactory, UserFactory

pytestmark = pytest.mark.django_db

Status = DoctorProfile.Status
EVIDENCE = "Licence TX-123456 checked on the Texas Medical Board lookup on 2026-11-20: active."


def make_doctor(status: str) -> DoctorProfile:
    """A profile in `status`, with a verification date only where the status has one."""
    if status == Status.VERIFIED:
        return DoctorProfileFactory(status=status)
    return DoctorProfileFactory(status=status, verified_at=None)


def decide(service, doctor, moderator):
    kwargs = {"evidence": EVIDENCE} if service is doctor_verify else {"reason": "Reason the doctor reads."}
    return service(doctor=doctor, moderator=moderator, **kwargs)


CASES = [
    (doctor_verify, Status.PENDING, Status.VERIFIED, ModerationLog.Action.DOCTOR_VERIFY, "you are verified"),
    (doctor_reject, Status.PENDING, Status.REJECTED, ModerationLog.Action.DOCTOR_REJECT, "not approved"),
    (doctor_suspend, Status.VERIFIED, Status.SUSPENDED, ModerationLog.Action.DOCTOR_SUSPEND, "suspended"),
    (doctor_reinstate, Status.SUSPENDED, Status.VERIFIED, ModerationLog.Action.DOCTOR_REINSTATE, "reinstated"),
]


@pytest.mark.parametrize(("service", "before", "after", "action", "subject"), CASES)
def test_each_decision_writes_one_decision_one_log_entry_and_one_email(
    service, before, after, action, subject, moderator, mailoutbox, django_capture_on_commit_callbacks
):
    doctor = make_doctor(before)
    with django_capture_on_commit_callbacks(execute=True):
        record = decide(service, doctor, moderator)

    doctor.refresh_from_db()
    assert doctor.status == after
    assert VerificationDecision.objects.filter(doctor=doctor).count() == 1
    assert record.decided_by == moderator
    assert record.licence_number == doctor.licence_number
    [entry] = ModerationLog.objects.filter(target_id=doctor.pk)
    assert entry.action == action
    assert entry.actor == moderator
    assert entry.before["status"] == before
    assert entry.after["status"] == after
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == [doctor.user.email]
    assert subject in mailoutbox[0].subject
    assert Notice.objects.filter(user=doctor.user).count() == 1


def test_verifying_records_who_when_and_the_evidence(pending_doctor, moderator):
    record = doctor_verify(doctor=pending_doctor, moderator=moderator, evidence=EVIDENCE)
    pending_doctor.refresh_from_db()
    assert pending_doctor.verified_by == moderator
    assert pending_doctor.verified_at == record.decided_at
    assert pending_doctor.status_reason == ""
    assert record.evidence == EVIDENCE
    assert EVIDENCE in ModerationLog.objects.get(target_id=pending_doctor.pk).reason


def test_the_rejection_email_gives_the_reason(
    pending_doctor, moderator, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        doctor_reject(doctor=pending_doctor, moderator=moderator, reason="The licence number is not on the register.")
    assert "The licence number is not on the register." in mailoutbox[0].body
    assert "/doctors/apply/" in mailoutbox[0].body


def test_suspending_removes_the_verification_and_keeps_the_reason(doctor, moderator):
    doctor_suspend(doctor=doctor, moderator=moderator, reason="Promotional answers.")
    doctor.refresh_from_db()
    assert doctor.status == Status.SUSPENDED
    assert doctor.verified_at is None and doctor.verified_by is None
    assert doctor.status_reason == "Promotional answers."


def test_no_email_leaves_before_the_transaction_commits(pending_doctor, moderator, mailoutbox):
    doctor_verify(doctor=pending_doctor, moderator=moderator, evidence=EVIDENCE)
    assert mailoutbox == []


@pytest.mark.parametrize(
    ("service", "status"),
    [
        (doctor_verify, Status.VERIFIED),
        (doctor_verify, Status.SUSPENDED),
        (doctor_reject, Status.VERIFIED),
        (doctor_suspend, Status.PENDING),
        (doctor_reinstate, Status.VERIFIED),
        (doctor_reinstate, Status.REJECTED),
    ],
)
def test_a_decision_that_does_not_fit_the_status_is_refused_and_writes_nothing(service, status, moderator, mailoutbox):
    doctor = make_doctor(status)
    with pytest.raises(ValidationError):
        decide(service, doctor, moderator)
    doctor.refresh_from_db()
    assert doctor.status == status
    assert not VerificationDecision.objects.exists()
    assert not ModerationLog.objects.exists()


def test_verifying_needs_evidence(pending_doctor, moderator):
    with pytest.raises(ValidationError, match="checked"):
        doctor_verify(doctor=pending_doctor, moderator=moderator, evidence="   ")
    pending_doctor.refresh_from_db()
    assert pending_doctor.status == Status.PENDING


@pytest.mark.parametrize("service", [doctor_reject, doctor_suspend, doctor_reinstate])
def test_the_other_decisions_need_a_reason(service, moderator):
    status = {doctor_reject: Status.PENDING, doctor_suspend: Status.VERIFIED, doctor_reinstate: Status.SUSPENDED}
    doctor = make_doctor(status[service])
    with pytest.raises(ValidationError, match="reason"):
        service(doctor=doctor, moderator=moderator, reason="")


@pytest.mark.parametrize("who", ["patient", "doctor", "staff_without_doctor_permissions"])
def test_only_moderators_with_the_permission_decide(who, request, pending_doctor):
    user = request.getfixturevalue(who)
    user = getattr(user, "user", user)
    with pytest.raises(PermissionDenied):
        doctor_verify(doctor=pending_doctor, moderator=user, evidence=EVIDENCE)
    assert not VerificationDecision.objects.exists()


def test_a_moderator_cannot_verify_their_own_application(moderator):
    own = DoctorProfileFactory(user=moderator, status=Status.PENDING, verified_at=None)  # a staff applicant
    with pytest.raises(ValidationError, match="own"):
        doctor_verify(doctor=own, moderator=moderator, evidence=EVIDENCE)


def test_the_database_refuses_a_verify_decision_without_evidence(pending_doctor, moderator):
    with pytest.raises(IntegrityError), transaction.atomic():
        VerificationDecision.objects.create(doctor=pending_doctor, decision="verify", decided_by=moderator)


def test_the_database_refuses_a_rejection_without_a_reason(pending_doctor, moderator):
    with pytest.raises(IntegrityError), transaction.atomic():
        VerificationDecision.objects.create(doctor=pending_doctor, decision="reject", decided_by=moderator)


def test_decisions_are_immutable(pending_doctor, moderator):
    record = doctor_verify(doctor=pending_doctor, moderator=moderator, evidence=EVIDENCE)
    record.evidence = "something else"
    with pytest.raises(ValueError, match="immutable"):
        record.save()
    with pytest.raises(ValueError, match="immutable"):
        record.delete()


# -- applications ---------------------------------------------------------------------------------


def test_an_application_starts_pending_and_sends_a_receipt(mailoutbox, django_capture_on_commit_callbacks):
    user = UserFactory()
    data = application_data()
    with django_capture_on_commit_callbacks(execute=True):
        profile = doctor_apply(user=user, details=data, licence_document=pdf_file())
    assert profile.status == Status.PENDING
    assert profile.slug == "maya-lindqvist"
    assert profile.licence_document.name.startswith("licences/")
    assert not VerificationDecision.objects.exists()
    assert not ModerationLog.objects.exists()
    assert len(mailoutbox) == 1
    assert "received" in mailoutbox[0].subject


def test_a_first_application_needs_a_licence_document():
    with pytest.raises(ValidationError):
        doctor_apply(user=UserFactory(), details=application_data())
    assert not DoctorProfile.objects.exists()


def test_two_doctors_with_the_same_name_get_different_slugs():
    first = doctor_apply(user=UserFactory(), details=application_data(), licence_document=pdf_file())
    second = doctor_apply(user=UserFactory(), details=application_data(), licence_document=pdf_file())
    assert first.slug == "maya-lindqvist"
    assert second.slug == "maya-lindqvist-2"


def test_a_name_that_matches_a_page_of_the_site_gets_another_slug():
    profile = doctor_apply(
        user=UserFactory(), details=application_data(full_name="Dashboard"), licence_document=pdf_file()
    )
    assert profile.slug == "dashboard-2"


def test_a_rejected_applicant_applies_again_and_keeps_the_history(moderator):
    user = UserFactory()
    profile = doctor_apply(user=user, details=application_data(), licence_document=pdf_file())
    doctor_reject(doctor=profile, moderator=moderator, reason="Licence number not found.")
    old_document = DoctorProfile.objects.get(pk=profile.pk).licence_document.name

    again = doctor_apply(user=user, details=application_data(licence_number="TX-654321"))

    assert again.pk == profile.pk
    assert again.status == Status.PENDING
    assert again.status_reason == ""
    assert again.licence_number == "TX-654321"
    assert again.licence_document.name == old_document  # kept: no new upload
    assert VerificationDecision.objects.filter(doctor=again, decision="reject").count() == 1


def test_verified_and_suspended_doctors_have_nothing_to_apply_for(doctor, suspended_doctor):
    for profile in (doctor, suspended_doctor):
        with pytest.raises(PermissionDenied):
            doctor_apply(user=profile.user, details=application_data(), licence_document=pdf_file())


def test_an_application_never_takes_status_from_its_details():
    with pytest.raises(ValueError, match="Not application fields"):
        doctor_apply(user=UserFactory(), details={"status": "verified"}, licence_document=pdf_file())


def test_granting_permissions_in_tests_reaches_the_permission_check(pending_doctor):
    user = grant(UserFactory(is_staff=True), "verify_doctorprofile")
    doctor_verify(doctor=pending_doctor, moderator=user, evidence=EVIDENCE)
    assert DoctorProfile.objects.get(pk=pending_doctor.pk).status == Status.VERIFIED
