"""Hide, never delete: a published case is hidden and restored, never rejected or deleted, and its
files are unreachable from their public names while it is hidden."""

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core.exceptions import ValidationError
from django.core.files.storage import storages
from django.db.models import ProtectedError
from django.urls import reverse

from moderation.models import ModerationLog
from moderation.services import content_hide, content_restore
from photos import services
from photos.models import BeforeAfterPhoto, PhotoImage
from reviews.services import review_delete
from tests import images
from tests.factories import ReviewFactory

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:photos_beforeafterphoto_changelist")


def derivative_names(case) -> list[str]:
    return [name for image in PhotoImage.objects.filter(case=case) for name in image.public_file_names()]


def public_names_served(names) -> list[str]:
    """The names the public storage still has: what nginx (MEDIA_ROOT) or the bucket would answer 200 for."""
    return [name for name in names if storages["default"].exists(name)]


def test_rejecting_a_published_case_is_refused_and_deletes_nothing(make_case, moderator, stored_files):
    case = make_case()
    before = stored_files()
    with pytest.raises(ValidationError, match="hide it instead"):
        services.photo_case_reject(moderator=moderator, case=case, reason="Changed my mind.")
    case.refresh_from_db()
    assert case.status == "approved" and case.images.count() == 2
    assert stored_files() == before
    assert not ModerationLog.objects.filter(action=ModerationLog.Action.PHOTO_REJECT).exists()


def test_the_admin_reject_action_on_a_published_case_says_hide_instead(
    client_as, moderator, make_case, stored_files, django_capture_on_commit_callbacks
):
    published, pending = make_case(), make_case(approve=False, seed=4)
    published_files = set(derivative_names(published))
    with django_capture_on_commit_callbacks(execute=True):
        done = client_as(moderator).post(
            CHANGELIST,
            {
                "action": "reject_selected",
                ACTION_CHECKBOX_NAME: [published.pk, pending.pk],
                "reject_reason_submitted": "1",
                "reason": "Blurry.",
            },
            follow=True,
        )
    assert done.status_code == 200
    assert "Rejected 1 case" in done.text and "hide it instead" in done.text
    assert BeforeAfterPhoto.objects.get(pk=published.pk).status == "approved"
    assert set(stored_files()[0]) == published_files  # 16 public files of the published case, all kept
    assert len(stored_files()[1]) == 2


def test_a_published_case_cannot_be_deleted_by_the_service_the_orm_or_the_admin(
    client_as, admin_user, make_case, stored_files, django_capture_on_commit_callbacks
):
    case = make_case()
    before = stored_files()
    with pytest.raises(ValidationError):
        services.photo_case_delete(actor=admin_user, case=case)
    with pytest.raises(ValidationError):
        case.delete()
    with pytest.raises(ValidationError):
        BeforeAfterPhoto.objects.filter(pk=case.pk).delete()
    browser = client_as(admin_user)
    with django_capture_on_commit_callbacks(execute=True):
        bulk = browser.post(CHANGELIST, {"action": "delete_selected", ACTION_CHECKBOX_NAME: [case.pk], "post": "yes"})
        single = browser.post(reverse("admin:photos_beforeafterphoto_delete", args=[case.pk]), {"post": "yes"})
    assert bulk.status_code == single.status_code == 403
    assert BeforeAfterPhoto.objects.filter(pk=case.pk).exists() and stored_files() == before
    assert not ModerationLog.objects.filter(action=ModerationLog.Action.DELETE).exists()


def test_hiding_takes_every_derivative_off_the_public_storage_and_restoring_brings_them_back(
    make_case, moderator, stored_files, django_capture_on_commit_callbacks
):
    case = make_case()
    old_names = derivative_names(case)
    assert len(old_names) == 16 and public_names_served(old_names) == old_names

    with django_capture_on_commit_callbacks(execute=True):
        content_hide(actor=moderator, target=case, reason="Flagged as not genuine.")
    assert public_names_served(old_names) == []
    assert stored_files()[0] == []  # nothing of the case is left on the public storage
    assert PhotoImage.objects.filter(case=case, withheld=True).count() == 2
    private = storages["private"]
    assert all(private.exists(name) for name in derivative_names(case))
    assert PhotoImage.objects.get(case=case, role="before").picture(blurred=False) is None

    with django_capture_on_commit_callbacks(execute=True):
        content_restore(actor=moderator, target=case, reason="Checked: genuine.")
    new_names = derivative_names(case)
    assert len(new_names) == 16 and public_names_served(new_names) == new_names
    # New random names: an old URL (or a CDN's cached 404 for it) never comes back.
    assert not set(new_names) & set(old_names)
    public, private_files = stored_files()
    assert len(public) == 16 and len(private_files) == 2  # the originals only
    case.refresh_from_db()
    assert BeforeAfterPhoto.objects.public().filter(pk=case.pk).exists()


def test_a_hidden_cases_derivatives_are_not_served_over_http(
    client, make_case, moderator, settings, django_capture_on_commit_callbacks
):
    from django.views.static import serve

    case = make_case()
    names = derivative_names(case)
    with django_capture_on_commit_callbacks(execute=True):
        content_hide(actor=moderator, target=case, reason="Flags.")
    from django.http import Http404
    from django.test import RequestFactory

    for name in names:
        with pytest.raises(Http404):
            serve(RequestFactory().get(f"/media/{name}"), name, document_root=settings.MEDIA_ROOT)


def test_a_case_hidden_before_its_derivatives_exist_gets_them_on_the_private_storage(
    doctor, moderator, prepare, stored_files, django_capture_on_commit_callbacks
):
    from tests.factories import TreatmentFactory

    treatment = TreatmentFactory()  # created first: a new treatment is announced to the page cache on commit
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        case = services.photo_case_create(
            uploader=doctor.user,
            before=prepare(images.jpeg_upload()),
            after=prepare(images.jpeg_upload(seed=2)),
            treatments=[treatment],
            caption="Cheek filler.",
            time_since_treatment="1_2_weeks",
            is_graphic=False,
            consent_given=True,
        )
    content_hide(actor=moderator, target=case, reason="Spam.")
    with django_capture_on_commit_callbacks(execute=True):
        callbacks[0]()  # the derivatives task runs late
    assert stored_files()[0] == []
    assert PhotoImage.objects.filter(case=case, withheld=True).count() == 2


def test_hiding_a_review_takes_its_photos_off_the_public_storage(
    patient, moderator, make_case, stored_files, django_capture_on_commit_callbacks
):
    review = ReviewFactory(author=patient)
    case = make_case(uploader=patient, review=review)
    names = derivative_names(case)
    with django_capture_on_commit_callbacks(execute=True):
        content_hide(actor=moderator, target=review, reason="Fake review.")
    assert public_names_served(names) == [] and stored_files()[0] == []
    with django_capture_on_commit_callbacks(execute=True):
        content_restore(actor=moderator, target=review, reason="Genuine after all.")
    assert len(public_names_served(derivative_names(case))) == 16


def test_a_patient_deleting_their_review_hides_its_photos_and_keeps_them(
    patient, moderator, make_case, stored_files, django_capture_on_commit_callbacks, client_as
):
    review = ReviewFactory(author=patient)
    case = make_case(uploader=patient, review=review)
    names = derivative_names(case)
    with django_capture_on_commit_callbacks(execute=True):
        response = client_as(patient).post(reverse("reviews:delete", args=[review.pk]))
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.is_hidden and case.review_id is None and case.status == "approved"
    assert case.images.count() == 2 and case.consent_id is not None
    assert public_names_served(names) == [] and stored_files()[0] == []
    assert len(stored_files()[1]) == 2 + 16  # originals and the withheld derivatives
    assert ModerationLog.objects.filter(action=ModerationLog.Action.HIDE, target_id=case.pk).exists()
    assert not BeforeAfterPhoto.objects.public().exists()
    # A patient's photos are shown only with their review: the admin will not restore them alone.
    client_as(moderator).post(
        CHANGELIST,
        {"action": "restore_selected", ACTION_CHECKBOX_NAME: [case.pk], "confirm": "1", "reason": "Oops."},
    )
    case.refresh_from_db()
    assert case.is_hidden


def test_a_review_with_photos_cannot_be_deleted_behind_the_service(
    patient, moderator, make_case, django_capture_on_commit_callbacks
):
    review = ReviewFactory(author=patient)
    make_case(uploader=patient, review=review)
    with pytest.raises(ProtectedError):
        review.delete()
    review_delete(review=review, actor=patient)
    assert BeforeAfterPhoto.objects.count() == 1


def test_rejecting_a_pending_case_still_removes_its_files(
    make_case, moderator, stored_files, django_capture_on_commit_callbacks
):
    case = make_case(approve=False)
    with django_capture_on_commit_callbacks(execute=True):
        content_hide(actor=moderator, target=case, reason="Spam.")
    with django_capture_on_commit_callbacks(execute=True):
        services.photo_case_reject(moderator=moderator, case=case, reason="Spam.")
    assert stored_files() == ([], [])
