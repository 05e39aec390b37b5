"""A member withdraws a before/after case they posted (photos.services.photo_case_withdraw)."""

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from moderation.models import Flag, ModerationLog
from moderation.services import flag_create
from photos.models import BeforeAfterPhoto, ConsentWithdrawal
from photos.services import photo_case_withdraw, photo_case_withdraw_on_request

pytestmark = pytest.mark.django_db


def test_the_uploader_withdraws_a_published_case(make_case, doctor):
    case = make_case()
    assert BeforeAfterPhoto.objects.public().filter(pk=case.pk).exists()
    photo_case_withdraw(case=case, user=doctor.user)
    case.refresh_from_db()
    assert case.is_hidden
    assert not BeforeAfterPhoto.objects.public().filter(pk=case.pk).exists()
    assert not case.images.exists()  # the photos are deleted, not kept aside


def test_nobody_else_withdraws_it(make_case, patient):
    case = make_case()
    with pytest.raises(PermissionDenied):
        photo_case_withdraw(case=case, user=patient)
    case.refresh_from_db()
    assert not case.is_hidden


def test_withdrawing_deletes_every_file_and_keeps_the_consent_audit(
    make_case, patient, stored_files, django_capture_on_commit_callbacks, client
):
    from tests.factories import ReviewFactory

    review = ReviewFactory(author=patient)
    case = make_case(uploader=patient, review=review)
    public, private = stored_files()
    assert len(public) == 16 and len(private) == 2
    assert client.get(case.get_absolute_url()).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        photo_case_withdraw(case=case, user=patient)
    assert stored_files() == ([], [])
    assert client.get(case.get_absolute_url()).status_code == 404
    assert case.get_absolute_url() not in client.get(review.get_absolute_url()).content.decode()
    case.refresh_from_db()
    consent = case.consent
    assert consent.withdrawal == ConsentWithdrawal.BY_POSTER and consent.withdrawn_at is not None
    assert consent.attested_by == patient  # the member is still here: only an account closure erases who
    assert case.caption == ""


def test_a_pending_case_withdrawn_leaves_the_moderators_queue_without_files(
    make_case, doctor, stored_files, django_capture_on_commit_callbacks
):
    case = make_case(approve=False)
    with django_capture_on_commit_callbacks(execute=True):
        photo_case_withdraw(case=case, user=doctor.user)
    case.refresh_from_db()
    assert case.status == BeforeAfterPhoto.Status.REJECTED and not BeforeAfterPhoto.objects.pending().exists()
    assert stored_files() == ([], [])


def test_a_moderator_withdraws_a_doctors_case_at_the_patients_request_and_the_doctor_is_told(
    make_case, doctor, moderator, patient, client_as, stored_files, django_capture_on_commit_callbacks
):
    case = make_case()
    # The patient's request: the case names no patient account, so they flag it and say who they are.
    assert "a moderator withdraws your consent" in client_as(patient).get(case.get_absolute_url()).text
    flag = flag_create(reporter=patient, target=case, reason="privacy", details="I am the patient; I withdraw consent.")
    with django_capture_on_commit_callbacks(execute=True):
        response = client_as(moderator).post(
            reverse("admin:photos_beforeafterphoto_changelist"),
            {
                "action": "withdraw_consent_on_request",
                "_selected_action": [case.pk],
                "confirm": "yes",
                "reason": "Patient wrote to the privacy address.",
            },
        )
    assert response.status_code == 302
    assert stored_files() == ([], [])
    case.refresh_from_db()
    assert case.is_hidden and case.consent.withdrawal == ConsentWithdrawal.ON_REQUEST
    assert doctor.user.notices.filter(message__contains=f"case {case.pk}").exists()
    assert [message.to for message in mail.outbox if "withdrew consent" in message.subject] == [[doctor.user.email]]
    entry = ModerationLog.objects.filter(target_id=case.pk, actor=moderator).latest("created_at")
    assert "privacy address" in entry.reason
    flag.refresh_from_db()
    assert flag.status == Flag.Status.RESOLVED  # the request is settled with the withdrawal


def test_only_moderators_withdraw_on_request(make_case, patient):
    case = make_case()
    with pytest.raises(PermissionDenied):
        photo_case_withdraw_on_request(moderator=patient, case=case)
    assert case.images.count() == 2
