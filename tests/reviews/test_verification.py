"""Proof of treatment: a receipt only moderators see (deleted once they decide), or the named doctor's
confirmation; the badge says which. Unverified reviews stay published."""

import io
from pathlib import Path

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from accounts.models import Notice
from moderation.models import ModerationLog
from reviews.models import Review, Verification
from reviews.services import review_receipt_decide, review_receipt_submit, review_visit_confirm
from tests import images
from tests.doctors.conftest import PDF_BYTES
from tests.doctors.test_uploads import pdf_with_active_content, png_54_megapixels
from tests.factories import DoctorProfileFactory, ReviewFactory, UserFactory

pytestmark = pytest.mark.django_db


def pdf_upload(data: bytes = PDF_BYTES, name: str = "Invoice Jane Roe 2025.pdf") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type="application/pdf")


@pytest.fixture
def review(patient, treatment, doctor):
    return ReviewFactory(author=patient, treatment=treatment, doctor=doctor, title="Natural, and worth it")


def send(client, review, upload):
    return client.post(reverse("reviews:receipt", args=[review.pk]), {"receipt": upload})


def stored(name: str) -> bool:
    """Whether the private storage (the one the field writes to) still holds this file."""
    return bool(name) and Review._meta.get_field("receipt").storage.exists(name)


def receipt_name(review) -> str:
    return Review.objects.get(pk=review.pk).receipt.name


def read_private(name: str) -> bytes:
    with Review._meta.get_field("receipt").storage.open(name, "rb") as handle:
        return handle.read()


def public_files(settings) -> list[Path]:
    root = Path(settings.MEDIA_ROOT)
    return [path for path in root.rglob("*") if path.is_file()] if root.exists() else []


def test_the_author_sends_a_receipt_that_is_stored_privately_under_a_random_name(client_as, patient, review, settings):
    response = send(client_as(patient), review, pdf_upload(pdf_with_active_content()))
    assert response.status_code == 302 and response.url == review.get_absolute_url()
    review.refresh_from_db()
    assert review.verification == Verification.RECEIPT_PENDING and review.receipt_uploaded_at
    assert review.receipt.name.startswith("receipts/") and "Jane" not in review.receipt.name
    assert stored(review.receipt.name)
    assert not public_files(settings)
    # The licence pipeline rewrote the PDF without its JavaScript.
    data = read_private(review.receipt.name)
    assert b"app.alert" not in data and data.startswith(b"%PDF-")
    page = client_as(patient).get(review.get_absolute_url()).text
    assert "Your receipt is waiting for a moderator" in page
    assert "receipts/" not in page and reverse("reviews:receipt_file", args=[review.pk]) not in page


def test_an_image_receipt_loses_its_metadata(client_as, patient, review, settings):
    send(client_as(patient), review, images.upload(images.jpeg_with_metadata(), "IMG_receipt.jpg"))
    data = read_private(receipt_name(review))
    assert b"GPS" not in data and b"Exif" not in data
    with Image.open(io.BytesIO(data)) as img:
        assert not img.getexif()


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (images.upload(png_54_megapixels(), "bomb.png", "image/png"), "too large in pixels"),
        (pdf_upload(b"%PDF-" + b"0" * (11 * 1024 * 1024)), "the limit is 10 MB"),
        (SimpleUploadedFile("receipt.pdf", b"MZ\x90\x00 not a receipt", content_type="application/pdf"), "PDF"),
    ],
    ids=["decompression-bomb", "too-big", "not-a-pdf"],
)
def test_a_bad_receipt_is_refused_with_a_message_and_nothing_stored(
    client_as, patient, review, settings, upload, message
):
    response = send(client_as(patient), review, upload)
    assert response.status_code == 200 and message in response.text
    review.refresh_from_db()
    assert review.verification == Verification.NONE and not review.receipt
    assert not public_files(settings)


def test_only_the_author_may_send_a_receipt(client_as, other_patient, doctor, review):
    assert send(client_as(other_patient), review, pdf_upload()).status_code == 403
    assert send(client_as(doctor.user), review, pdf_upload()).status_code == 403
    with pytest.raises(PermissionDenied):
        review_receipt_submit(review=review, author=other_patient, receipt=pdf_upload())
    assert Review.objects.get(pk=review.pk).verification == Verification.NONE


def test_the_receipt_file_is_for_moderators_with_the_permission_only(client, client_as, patient, moderator, review):
    review_receipt_submit(review=review, author=patient, receipt=pdf_upload())
    url = reverse("reviews:receipt_file", args=[review.pk])
    assert client.get(url).status_code == 404
    assert client_as(patient).get(url).status_code == 404  # the author too: an account takeover gets nothing
    assert client_as(UserFactory(handle="helpdesk", is_staff=True)).get(url).status_code == 403
    response = client_as(moderator).get(url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["Content-Type"] == "application/pdf"
    assert "private, no-store" in response["Cache-Control"]
    assert response["Content-Security-Policy"] == "sandbox; default-src 'none'"
    assert b"".join(response.streaming_content).startswith(b"%PDF-")
    response.close()


def test_a_moderator_approves_the_receipt_in_the_admin_and_only_the_decision_is_kept(
    client, client_as, patient, moderator, review, django_capture_on_commit_callbacks
):
    review_receipt_submit(review=review, author=patient, receipt=pdf_upload())
    name = receipt_name(review)
    admin = client_as(moderator)
    queue = admin.get(reverse("admin:reviews_review_changelist") + "?verification=receipt_pending").text
    assert "Natural, and worth it" in queue
    change = admin.get(reverse("admin:reviews_review_change", args=[review.pk])).text
    assert reverse("reviews:receipt_file", args=[review.pk]) in change
    with django_capture_on_commit_callbacks(execute=True):
        response = admin.post(
            reverse("admin:reviews_review_changelist"),
            {"action": "approve_receipts", "_selected_action": [review.pk]},
        )
    assert response.status_code == 302
    review.refresh_from_db()
    assert review.verification == Verification.RECEIPT_APPROVED
    assert (review.verified_by, review.receipt.name) == (moderator, "")
    assert review.verified_at is not None
    assert not stored(name)
    entry = ModerationLog.objects.get(target_id=review.pk, actor=moderator)
    assert entry.after == {"verification": "receipt_approved"}
    assert Notice.objects.filter(user=patient, message__contains="Verified by receipt").exists()
    assert "Verified by receipt" in client.get(review.get_absolute_url()).text
    assert client_as(moderator).get(reverse("reviews:receipt_file", args=[review.pk])).status_code == 404


def test_a_rejected_receipt_is_deleted_the_reason_shown_and_another_may_be_sent(
    client_as, patient, moderator, review, django_capture_on_commit_callbacks
):
    review_receipt_submit(review=review, author=patient, receipt=pdf_upload())
    name = receipt_name(review)
    admin = client_as(moderator)
    url = reverse("admin:reviews_review_changelist")
    confirmation = admin.post(url, {"action": "reject_receipts", "_selected_action": [review.pk]})
    assert "Why (the patient reads this)" in confirmation.text
    assert Review.objects.get(pk=review.pk).verification == Verification.RECEIPT_PENDING
    with django_capture_on_commit_callbacks(execute=True):
        admin.post(
            url,
            {
                "action": "reject_receipts",
                "_selected_action": [review.pk],
                "confirm": "1",
                "reason": "The receipt doesn't name the treatment.",
            },
        )
    review.refresh_from_db()
    assert review.verification == Verification.RECEIPT_REJECTED and not review.receipt
    assert not stored(name)
    page = client_as(patient).get(review.get_absolute_url()).text
    assert "The receipt doesn&#x27;t name the treatment." in page and "Send another" in page
    assert "Verified by receipt" not in page
    assert send(client_as(patient), review, pdf_upload()).status_code == 302
    assert Review.objects.get(pk=review.pk).verification == Verification.RECEIPT_PENDING


def test_only_moderators_decide_and_only_once(patient, other_patient, moderator, review):
    review_receipt_submit(review=review, author=patient, receipt=pdf_upload())
    for someone in (patient, other_patient, UserFactory(is_staff=True)):
        with pytest.raises(PermissionDenied):
            review_receipt_decide(review=review, moderator=someone, approve=True)
    review_receipt_decide(review=review, moderator=moderator, approve=True)
    with pytest.raises(ValidationError, match="No receipt is waiting"):
        review_receipt_decide(review=review, moderator=moderator, approve=False)


def test_the_named_doctor_confirms_the_visit_from_the_dashboard(
    client, client_as, patient, doctor, review, django_capture_on_commit_callbacks
):
    review_receipt_submit(review=review, author=patient, receipt=pdf_upload())
    name = receipt_name(review)
    dashboard = client_as(doctor.user).get(reverse("doctors:dashboard")).text
    assert reverse("reviews:confirm_visit", args=[review.pk]) in dashboard
    with django_capture_on_commit_callbacks(execute=True):
        response = client_as(doctor.user).post(
            reverse("reviews:confirm_visit", args=[review.pk]), {"next": reverse("doctors:dashboard")}
        )
    assert response.status_code == 302 and response.url == reverse("doctors:dashboard")
    review.refresh_from_db()
    assert review.verification == Verification.DOCTOR_CONFIRMED and review.verified_by == doctor.user
    assert not stored(name)  # the waiting receipt is no longer needed
    assert "Confirmed by Dr. Ana Ruiz" in client.get(review.get_absolute_url()).text
    assert "Confirmed by Dr. Ana Ruiz" in client.get(reverse("reviews:list")).text


def test_no_one_else_confirms_a_visit(client, client_as, patient, other_patient, moderator, review):
    rival = DoctorProfileFactory(full_name="Other Doctor", slug="other-doctor")
    url = reverse("reviews:confirm_visit", args=[review.pk])
    for user in (patient, other_patient, rival.user, moderator):
        assert client_as(user).post(url).status_code == 403
    assert client.post(url).status_code == 302  # to the log-in page
    assert client_as(patient).get(url).status_code == 405
    with pytest.raises(PermissionDenied):
        review_visit_confirm(review=review, doctor_user=rival.user)
    assert Review.objects.get(pk=review.pk).verification == Verification.NONE


def test_unverified_reviews_are_published_without_a_badge(client, review):
    page = client.get(review.get_absolute_url()).text
    assert "Natural, and worth it" in page
    assert "Verified by receipt" not in page and "Confirmed by" not in page


def test_deleting_a_review_deletes_its_waiting_receipt(client_as, patient, review, django_capture_on_commit_callbacks):
    review_receipt_submit(review=review, author=patient, receipt=pdf_upload())
    name = receipt_name(review)
    with django_capture_on_commit_callbacks(execute=True):
        client_as(patient).post(reverse("reviews:delete", args=[review.pk]))
    assert not Review.objects.exists()
    assert not stored(name)


@pytest.mark.parametrize("pk", ["999999", "99999999999999999999"])
def test_malformed_or_unknown_ids_are_a_calm_404(client_as, patient, moderator, pk):
    for name, user in (("reviews:receipt", patient), ("reviews:receipt_file", moderator)):
        assert (
            client_as(user)
            .get(f"/reviews/{pk}/{'receipt/' if name == 'reviews:receipt' else 'receipt/file/'}")
            .status_code
            == 404
        )


def test_the_admin_dashboard_counts_the_receipts_to_check(client_as, patient, moderator, review):
    review_receipt_submit(review=review, author=patient, receipt=pdf_upload())
    response = client_as(moderator).get("/admin/")
    (queue,) = [queue for queue in response.context["moderation_queues"] if queue.key == "receipts"]
    assert (queue.count, queue.url) == (1, "/admin/reviews/review/?verification=receipt_pending")
    staff = client_as(UserFactory(handle="helpdesk", is_staff=True)).get("/admin/")
    assert "receipts" not in {queue.key for queue in staff.context["moderation_queues"]}
