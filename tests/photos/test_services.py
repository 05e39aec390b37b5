"""Posting, processing, approving, rejecting and deleting cases through photos.services."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction

from accounts.models import Notice
from moderation.models import ModerationLog
from photos import services
from photos.models import BeforeAfterPhoto, ConsentKind, ConsentRecord, PhotoImage
from tests import images
from tests.factories import ReviewFactory, TreatmentFactory

pytestmark = pytest.mark.django_db


def post(uploader, prepare, *, review=None, consent_given=True, **overrides):
    return services.photo_case_create(
        uploader=uploader,
        before=prepare(images.jpeg_upload(name="jane-roe-before.jpg")),
        after=prepare(images.jpeg_upload(seed=3, name="jane-roe-after.jpg")),
        treatments=overrides.pop("treatments", None) or [TreatmentFactory()],
        caption="Tear trough filler, one syringe.",
        time_since_treatment="1_2_weeks",
        is_graphic=False,
        consent_given=consent_given,
        review=review,
        **overrides,
    )


def test_verified_doctor_posts_a_case_with_their_attestation(
    doctor, prepare, stored_files, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        case = post(doctor.user, prepare, consent_reference=" chart 1182 ")

    case.refresh_from_db()
    assert case.status == BeforeAfterPhoto.Status.PENDING and case.doctor == doctor
    consent = case.consent
    assert consent.kind == ConsentKind.DOCTOR_ATTESTATION and consent.attested_by == doctor.user
    assert consent.text_version.number == 1 and consent.reference == "chart 1182"
    assert case.is_ready and not case.is_public
    public, private = stored_files()
    assert len(private) == 2 and len(public) == 2 * 3 * 4 - 2 * 4  # 480 px wide: 320 and 480, 4 files each
    assert not any("jane" in name or "roe" in name for name in public + private)
    for image in case.images.all():
        assert image.original.name in private and image.is_processed
        assert set(image.public_file_names()) <= set(public)


def test_upload_request_stores_originals_and_leaves_derivatives_to_the_task(
    doctor, prepare, stored_files, django_capture_on_commit_callbacks
):
    treatment = TreatmentFactory()  # created first: a new treatment is announced to the page cache on commit
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        case = post(doctor.user, prepare, treatments=[treatment])
    public, private = stored_files()
    assert public == [] and len(private) == 2
    assert len(callbacks) == 1 and not case.is_ready

    callbacks[0]()
    case.refresh_from_db()
    assert case.is_ready and len(stored_files()[0]) == 16


@pytest.mark.parametrize("who", ["pending_doctor", "suspended_doctor", "patient"])
def test_only_verified_doctors_post_cases_on_their_own(who, request, prepare, stored_files):
    user = request.getfixturevalue(who)
    user = getattr(user, "user", user)
    with pytest.raises(PermissionDenied):
        post(user, prepare)
    assert stored_files() == ([], [])
    assert not BeforeAfterPhoto.objects.exists()


def test_no_consent_no_case(doctor, prepare, stored_files):
    with pytest.raises(ValidationError) as excinfo:
        post(doctor.user, prepare, consent_given=False)
    assert excinfo.value.code == "consent_required"
    assert stored_files() == ([], []) and not ConsentRecord.objects.exists()


def test_patient_adds_photos_to_their_own_review_with_self_confirmation(
    patient, doctor, prepare, django_capture_on_commit_callbacks
):
    review = ReviewFactory(author=patient, doctor=doctor)
    with django_capture_on_commit_callbacks(execute=True):
        case = post(patient, prepare, review=review)
    assert case.review == review and case.doctor == doctor
    assert case.consent.kind == ConsentKind.PATIENT_SELF and case.consent.attested_by == patient
    assert case.credit == patient.handle


def test_patient_cannot_add_photos_to_someone_elses_review(patient, other_patient, prepare, stored_files):
    review = ReviewFactory(author=other_patient)
    with pytest.raises(PermissionDenied):
        post(patient, prepare, review=review)
    assert stored_files() == ([], [])


def test_approval_publishes_logs_and_tells_the_uploader(make_case, moderator):
    case = make_case(approve=False)
    services.photo_case_approve(moderator=moderator, case=case)
    case.refresh_from_db()
    assert case.status == "approved" and case.moderated_by == moderator and case.is_public
    assert BeforeAfterPhoto.objects.public().filter(pk=case.pk).exists()
    entry = ModerationLog.objects.get(action=ModerationLog.Action.PHOTO_APPROVE)
    assert entry.actor == moderator and entry.target == case and entry.before == {"status": "pending"}
    assert Notice.objects.filter(user=case.uploader, message__contains="approved").exists()


def test_no_consent_no_approval_in_the_service(make_case, moderator):
    case = make_case(approve=False)
    BeforeAfterPhoto.objects.filter(pk=case.pk).update(consent=None)
    with pytest.raises(ValidationError) as excinfo:
        services.photo_case_approve(moderator=moderator, case=case)
    assert excinfo.value.code == "no_consent"
    assert not ModerationLog.objects.exists()


def test_no_consent_no_approval_in_the_database(make_case):
    case = make_case(approve=False)
    with pytest.raises(IntegrityError), transaction.atomic():
        BeforeAfterPhoto.objects.filter(pk=case.pk).update(consent=None, status="approved")


def test_a_rejection_needs_a_reason_in_the_database(make_case):
    case = make_case(approve=False)
    with pytest.raises(IntegrityError), transaction.atomic():
        BeforeAfterPhoto.objects.filter(pk=case.pk).update(status="rejected", status_reason="")


@pytest.mark.parametrize("who", ["patient", "doctor"])
def test_only_moderators_approve_or_reject(who, request, make_case):
    user = request.getfixturevalue(who)
    user = getattr(user, "user", user)
    case = make_case(approve=False)
    with pytest.raises(PermissionDenied):
        services.photo_case_approve(moderator=user, case=case)
    with pytest.raises(PermissionDenied):
        services.photo_case_reject(moderator=user, case=case, reason="No.")


def test_rejection_removes_the_files_and_keeps_everything_else(
    make_case, moderator, stored_files, django_capture_on_commit_callbacks
):
    kept = make_case(seed=10)
    case = make_case(approve=False)
    files_before = stored_files()
    with django_capture_on_commit_callbacks(execute=True):
        services.photo_case_reject(moderator=moderator, case=case, reason="The face is recognisable.")

    case.refresh_from_db()
    assert case.status == "rejected" and case.status_reason == "The face is recognisable."
    assert case.consent is not None and not case.images.exists() and not case.is_ready
    entry = ModerationLog.objects.get(action=ModerationLog.Action.PHOTO_REJECT)
    assert entry.reason == "The face is recognisable." and entry.target_id == case.pk
    assert Notice.objects.filter(user=case.uploader, message__contains="recognisable").exists()
    # Only the other case's files are left.
    public, private = stored_files()
    kept_names = {name for image in kept.images.all() for name in image.public_file_names()}
    assert set(public) == kept_names and len(private) == 2
    assert len(files_before[0]) == 2 * len(public)
    with pytest.raises(ValidationError):
        services.photo_case_approve(moderator=moderator, case=case)


def test_rejection_needs_a_reason(make_case, moderator):
    case = make_case(approve=False)
    with pytest.raises(ValidationError):
        services.photo_case_reject(moderator=moderator, case=case, reason="  ")


def test_derivatives_made_after_a_rejection_are_removed_again(
    doctor, moderator, prepare, stored_files, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        case = post(doctor.user, prepare)
    with django_capture_on_commit_callbacks(execute=True):
        services.photo_case_reject(moderator=moderator, case=case, reason="Duplicate.")
    callbacks[0]()  # the queued task runs late
    assert stored_files() == ([], [])


def test_deleting_an_unpublished_case_removes_files_and_keeps_consent_and_log(
    make_case, admin_user, moderator, stored_files, django_capture_on_commit_callbacks
):
    case = make_case(approve=False)
    case_pk, consent_pk = case.pk, case.consent_id
    with pytest.raises(PermissionDenied):
        services.photo_case_delete(actor=moderator, case=case)
    with django_capture_on_commit_callbacks(execute=True):
        services.photo_case_delete(actor=admin_user, case=case, reason="Patient withdrew consent.")
    assert stored_files() == ([], [])
    assert not BeforeAfterPhoto.objects.exists() and not PhotoImage.objects.exists()
    assert ConsentRecord.objects.filter(pk=consent_pk).exists()
    assert ModerationLog.objects.filter(action=ModerationLog.Action.DELETE, target_id=case_pk).exists()


def test_files_stay_when_a_delete_is_rolled_back(make_case, stored_files):
    case = make_case(approve=False)
    before = stored_files()
    with pytest.raises(RuntimeError), transaction.atomic():
        case.delete()
        raise RuntimeError
    assert stored_files() == before


def test_hidden_cases_and_hidden_reviews_are_not_published(make_case, moderator, patient, prepare):
    from moderation.services import content_hide

    case = make_case()
    content_hide(actor=moderator, target=case, reason="Flagged.")
    assert not BeforeAfterPhoto.objects.public().exists()
