import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from doctors.models import DoctorProfile, VerificationDecision
from moderation.models import ModerationLog
from tests.doctors.conftest import admin_change_data, pdf_file
from tests.factories import DoctorProfileFactory

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:doctors_doctorprofile_changelist")
Status = DoctorProfile.Status


def pending(**kwargs) -> DoctorProfile:
    return DoctorProfileFactory(status=Status.PENDING, verified_at=None, **kwargs)


def test_the_changelist_runs_the_same_queries_for_1_and_50_doctors(client_as, moderator):
    browser = client_as(moderator)
    pending().licence_document.save("licence.pdf", pdf_file(), save=True)
    with CaptureQueriesContext(connection) as few:
        assert browser.get(CHANGELIST).status_code == 200
    for index in range(49):
        profile = pending() if index % 2 else DoctorProfileFactory(verified_by=moderator)
        DoctorProfile.objects.filter(pk=profile.pk).update(licence_document="licences/x.pdf")
    with CaptureQueriesContext(connection) as many:
        response = browser.get(CHANGELIST)
    assert len(few) == len(many)
    assert response.text.count("/licence/'") == 50  # a licence link per row


def test_pending_applications_come_first_oldest_first(client_as, moderator):
    DoctorProfileFactory(full_name="Already Verified")
    pending(full_name="Newer Applicant")
    older = pending(full_name="Older Applicant")
    DoctorProfile.objects.filter(pk=older.pk).update(submitted_at=timezone.now() - timedelta(days=3))
    text = client_as(moderator).get(CHANGELIST).text
    assert text.index("Older Applicant") < text.index("Newer Applicant") < text.index("Already Verified")


def test_the_status_filter_offers_pending_first(client_as, moderator):
    text = client_as(moderator).get(CHANGELIST).text
    filter_section = text.split("By status")[1]
    assert filter_section.index("Pending review") < filter_section.index("Verified")
    assert client_as(moderator).get(CHANGELIST + "?status=pending").status_code == 200


@pytest.mark.parametrize("term", ["okafor", "TX-424242", "dr-helen", "helen@example.com"])
def test_search_by_name_licence_handle_or_email(client_as, moderator, term):
    DoctorProfileFactory(
        full_name="Helen Okafor", licence_number="TX-424242", user__handle="dr-helen", user__email="helen@example.com"
    )
    DoctorProfileFactory(full_name="Somebody Else")
    text = client_as(moderator).get(CHANGELIST, {"q": term}).text
    assert "Helen Okafor" in text
    assert "Somebody Else" not in text


def test_verify_action_asks_for_evidence_per_doctor_then_verifies(
    client_as, moderator, mailoutbox, django_capture_on_commit_callbacks
):
    first, second = pending(full_name="First Applicant"), pending(full_name="Second Applicant")
    browser = client_as(moderator)
    selected = {"action": "verify_selected", "_selected_action": [first.pk, second.pk]}

    confirm = browser.post(CHANGELIST, {**selected, "index": 0})
    assert confirm.status_code == 200
    assert "Verify 2 doctors" in confirm.text
    assert f'name="evidence_{first.pk}"' in confirm.text and f'name="evidence_{second.pk}"' in confirm.text
    seen_at = timezone.now().isoformat()

    missing = browser.post(CHANGELIST, {**selected, "confirm": "yes", "seen_at": seen_at, f"evidence_{first.pk}": "x"})
    assert missing.status_code == 200
    assert "This field is required" in missing.text
    assert not VerificationDecision.objects.exists()

    with django_capture_on_commit_callbacks(execute=True):
        done = browser.post(
            CHANGELIST,
            {
                **selected,
                "confirm": "yes",
                "seen_at": seen_at,
                f"evidence_{first.pk}": "Licence TX-1 checked on the Texas Medical Board lookup on 2026-11-20.",
                f"evidence_{second.pk}": "Licence TX-2 checked on the Texas Medical Board lookup on 2026-11-20.",
            },
        )
    assert done.status_code == 302
    for profile, number in ((first, "TX-1"), (second, "TX-2")):
        profile.refresh_from_db()
        assert profile.status == Status.VERIFIED
        assert profile.verified_by == moderator
        assert number in profile.decisions.get().evidence
    assert ModerationLog.objects.filter(action=ModerationLog.Action.DOCTOR_VERIFY).count() == 2
    assert len(mailoutbox) == 2


def test_reject_action_needs_a_reason_and_skips_doctors_it_does_not_apply_to(client_as, moderator, doctor):
    applicant = pending()
    browser = client_as(moderator)
    selected = {"action": "reject_selected", "_selected_action": [applicant.pk, doctor.pk]}
    confirm = browser.post(CHANGELIST, {**selected, "index": 0})
    assert "Left out because their status doesn't allow it" in confirm.text
    assert "Reject 1 doctor" in confirm.text

    assert "This field is required" in browser.post(CHANGELIST, {**selected, "confirm": "yes", "reason": ""}).text
    browser.post(CHANGELIST, {**selected, "confirm": "yes", "reason": "Licence not on the register."})
    applicant.refresh_from_db()
    doctor.refresh_from_db()
    assert applicant.status == Status.REJECTED
    assert applicant.status_reason == "Licence not on the register."
    assert doctor.status == Status.VERIFIED


def test_an_application_changed_during_review_is_not_decided(client_as, moderator):
    applicant = pending()
    seen_at = (timezone.now() - timedelta(minutes=5)).isoformat()
    response = client_as(moderator).post(
        CHANGELIST,
        {
            "action": "verify_selected",
            "_selected_action": [applicant.pk],
            "confirm": "yes",
            "seen_at": seen_at,
            f"evidence_{applicant.pk}": "Checked the register.",
        },
        follow=True,
    )
    applicant.refresh_from_db()
    assert applicant.status == Status.PENDING
    assert "changed the application while you were reviewing" in response.text


def test_suspend_and_reinstate_from_the_doctor_page(client_as, moderator, doctor):
    browser = client_as(moderator)
    change_url = reverse("admin:doctors_doctorprofile_change", args=[doctor.pk])
    page = browser.get(change_url).text
    assert "Suspend selected doctors" in page

    base = {"CHANGE_FORM-action": "suspend_selected", "_selected_action": [doctor.pk]}
    confirm = browser.post(change_url, base)
    assert confirm.status_code == 200
    assert 'name="CHANGE_FORM-action" value="suspend_selected"' in confirm.text
    response = browser.post(change_url, {**base, "confirm": "yes", "reason": "Promotional answers."})
    assert response.status_code == 302
    doctor.refresh_from_db()
    assert doctor.status == Status.SUSPENDED

    base = {"CHANGE_FORM-action": "reinstate_selected", "_selected_action": [doctor.pk]}
    browser.post(change_url, {**base, "confirm": "yes", "reason": "Reviewed: answers were fine."})
    doctor.refresh_from_db()
    assert doctor.status == Status.VERIFIED
    assert list(doctor.decisions.values_list("decision", flat=True)) == ["reinstate", "suspend"]


def test_the_doctor_page_shows_decisions_read_only_and_the_licence_link(client_as, moderator, doctor):
    doctor.licence_document.save("licence.pdf", pdf_file(), save=True)
    browser = client_as(moderator)
    DoctorProfile.objects.filter(pk=doctor.pk).update(status=Status.SUSPENDED, verified_at=None)
    from doctors.services import doctor_reinstate

    doctor_reinstate(doctor=doctor, moderator=moderator, reason="Back in good standing.")
    text = browser.get(reverse("admin:doctors_doctorprofile_change", args=[doctor.pk])).text
    assert "Back in good standing." in text
    assert reverse("doctors:licence", args=[doctor.slug]) in text
    assert 'name="decisions-0-reason"' not in text  # read-only inline
    assert 'name="status"' not in text  # status only moves through decisions


def test_a_moderators_edit_is_logged(client_as, moderator, doctor):
    browser = client_as(moderator)
    url = reverse("admin:doctors_doctorprofile_change", args=[doctor.pk])
    data = admin_change_data(doctor, bio="Bio corrected by a moderator.")
    response = browser.post(url, data)
    assert response.status_code == 302, response.text[:3000]
    entry = ModerationLog.objects.get(action=ModerationLog.Action.EDIT)
    assert entry.after == {"bio": "Bio corrected by a moderator."}


def test_nobody_adds_doctor_profiles_in_the_admin_and_moderators_cannot_delete_them(client_as, moderator, doctor):
    browser = client_as(moderator)
    assert browser.get(reverse("admin:doctors_doctorprofile_add")).status_code == 403
    assert browser.get(reverse("admin:doctors_doctorprofile_delete", args=[doctor.pk])).status_code == 403


def test_verification_decisions_are_read_only_in_the_admin(client_as, moderator, doctor):
    from doctors.services import doctor_suspend

    record = doctor_suspend(doctor=doctor, moderator=moderator, reason="Reason.")
    browser = client_as(moderator)
    assert browser.get(reverse("admin:doctors_verificationdecision_changelist")).status_code == 200
    page = browser.get(reverse("admin:doctors_verificationdecision_change", args=[record.pk]))
    assert page.status_code == 200
    assert 'name="reason"' not in page.text
    assert browser.get(reverse("admin:doctors_verificationdecision_delete", args=[record.pk])).status_code == 403


def test_the_decisions_changelist_runs_the_same_queries_for_1_and_50_rows(client_as, moderator):
    from tests.factories import VerificationDecisionFactory

    url = reverse("admin:doctors_verificationdecision_changelist")
    browser = client_as(moderator)
    VerificationDecisionFactory(decided_by=moderator)
    with CaptureQueriesContext(connection) as few:
        assert browser.get(url).status_code == 200
    VerificationDecisionFactory.create_batch(49, decided_by=moderator)
    with CaptureQueriesContext(connection) as many:
        response = browser.get(url)
    assert len(few) == len(many)
    assert len(set(re.findall(r"/admin/doctors/verificationdecision/(\d+)/change/", response.text))) == 50
