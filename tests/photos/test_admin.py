"""The moderators' photo queue in the admin."""

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse

from moderation.models import ModerationLog
from photos.models import BeforeAfterPhoto, ConsentRecord

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:photos_beforeafterphoto_changelist")


def test_queue_lists_pending_cases_first_with_thumbnails(client_as, moderator, make_case):
    approved = make_case(caption="Approved case, older and already public.")
    pending = make_case(approve=False, caption="Pending case waiting for a decision.")
    graphic = make_case(approve=False, graphic=True, caption="Graphic pending case, surgery.")
    response = client_as(moderator).get(CHANGELIST)
    assert response.status_code == 200
    html = response.text
    assert html.index(str(graphic)) < html.index(str(pending)) < html.index(str(approved))
    assert html.count('class="photos-admin-thumb"') == 6
    blurred = {r["blurred_jpeg"] for image in graphic.images.all() for r in image.renditions}
    assert any(name in html for name in blurred)  # graphic thumbnails stay blurred in the list
    assert "photos/admin.css" in html
    assert "Add before/after case" not in html


def test_queue_runs_a_fixed_number_of_queries(client_as, moderator, make_case, django_assert_max_num_queries):
    client = client_as(moderator)
    make_case(approve=False)
    client.get(CHANGELIST)
    with django_assert_max_num_queries(20) as small:
        client.get(CHANGELIST)
    for seed in range(1, 6):
        make_case(approve=False, seed=seed)
    with django_assert_max_num_queries(len(small.captured_queries)):
        client.get(CHANGELIST)


def test_moderator_approves_from_the_queue(client_as, moderator, make_case):
    case = make_case(approve=False)
    response = client_as(moderator).post(
        CHANGELIST, {"action": "approve_selected", ACTION_CHECKBOX_NAME: [case.pk]}, follow=True
    )
    assert "Approved 1 case" in response.text
    case.refresh_from_db()
    assert case.status == "approved" and case.is_public
    assert ModerationLog.objects.filter(action="photo_approve", actor=moderator).count() == 1


def test_approval_without_consent_is_refused_in_the_queue(client_as, moderator, make_case):
    case = make_case(approve=False)
    BeforeAfterPhoto.objects.filter(pk=case.pk).update(consent=None)
    response = client_as(moderator).post(
        CHANGELIST, {"action": "approve_selected", ACTION_CHECKBOX_NAME: [case.pk]}, follow=True
    )
    assert "no consent record" in response.text
    case.refresh_from_db()
    assert case.status == "pending"


def test_moderator_rejects_with_a_reason(
    client_as, moderator, make_case, stored_files, django_capture_on_commit_callbacks
):
    case = make_case(approve=False)
    client = client_as(moderator)
    ask = client.post(CHANGELIST, {"action": "reject_selected", ACTION_CHECKBOX_NAME: [case.pk]})
    assert ask.status_code == 200 and "Reason (the uploader sees it)" in ask.text

    missing = client.post(
        CHANGELIST,
        {"action": "reject_selected", ACTION_CHECKBOX_NAME: [case.pk], "reject_reason_submitted": "1", "reason": ""},
    )
    assert "This field is required" in missing.text
    with django_capture_on_commit_callbacks(execute=True):
        done = client.post(
            CHANGELIST,
            {
                "action": "reject_selected",
                ACTION_CHECKBOX_NAME: [case.pk],
                "reject_reason_submitted": "1",
                "reason": "Tattoo identifies the patient.",
            },
            follow=True,
        )
    assert "Rejected 1 case" in done.text
    case.refresh_from_db()
    assert case.status == "rejected" and case.status_reason == "Tattoo identifies the patient."
    assert stored_files() == ([], [])


def test_change_page_shows_unblurred_previews_to_moderators(client_as, moderator, make_case):
    case = make_case(approve=False, graphic=True)
    html = client_as(moderator).get(reverse("admin:photos_beforeafterphoto_change", args=[case.pk])).text
    assert html.count('class="photos-admin-preview"') == 2
    assert 'name="status"' not in html  # decisions go through the actions, which log them


def test_administrator_deletes_an_unpublished_case_and_its_files(
    client_as, admin_user, make_case, stored_files, django_capture_on_commit_callbacks
):
    case = make_case(approve=False)
    with django_capture_on_commit_callbacks(execute=True):
        client_as(admin_user).post(
            CHANGELIST, {"action": "delete_selected", ACTION_CHECKBOX_NAME: [case.pk], "post": "yes"}
        )
    assert not BeforeAfterPhoto.objects.exists() and stored_files() == ([], [])
    assert ConsentRecord.objects.count() == 1
    assert ModerationLog.objects.filter(action="delete").count() == 1


def test_moderators_cannot_delete(client_as, moderator, make_case):
    case = make_case()
    client_as(moderator).post(CHANGELIST, {"action": "delete_selected", ACTION_CHECKBOX_NAME: [case.pk], "post": "yes"})
    assert BeforeAfterPhoto.objects.filter(pk=case.pk).exists()


def test_consent_records_are_read_only(client_as, admin_user, make_case):
    case = make_case()
    client = client_as(admin_user)
    url = reverse("admin:photos_consentrecord_change", args=[case.consent_id])
    page = client.get(url)
    assert page.status_code == 200 and 'name="reference"' not in page.text


def test_moderator_edits_are_logged(client_as, moderator, make_case):
    case = make_case()
    url = reverse("admin:photos_beforeafterphoto_change", args=[case.pk])
    response = client_as(moderator).post(
        url,
        {
            "caption": case.caption,
            "time_since_treatment": case.time_since_treatment,
            "is_graphic": "on",
            "images-TOTAL_FORMS": "2",
            "images-INITIAL_FORMS": "2",
            "images-MIN_NUM_FORMS": "0",
            "images-MAX_NUM_FORMS": "1000",
            **{f"images-{i}-id": str(image.pk) for i, image in enumerate(case.images.all())},
            **{f"images-{i}-case": str(case.pk) for i in range(2)},
        },
    )
    assert response.status_code == 302, response.text[:3000]
    case.refresh_from_db()
    assert case.is_graphic
    entry = ModerationLog.objects.get(action="edit")
    assert entry.before == {"is_graphic": False} and entry.after == {"is_graphic": True}
