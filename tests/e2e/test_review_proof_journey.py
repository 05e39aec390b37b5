"""A patient writes a review, answers the disclosures and sends a receipt privately; a moderator opens the
receipt and approves it in the admin; the public review shows "Verified by receipt" and the discount."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from reviews.models import Review, Verification
from tests.doctors.conftest import PDF_BYTES

pytestmark = pytest.mark.django_db(transaction=True)

STORY = (
    "I booked a model day at the clinic, so I paid less than the usual price. The doctor explained the "
    "dose, the bruising was gone in four days, and three weeks on my forehead is smooth but still moves."
)


@pytest.mark.parametrize("width", [390, 1280])
def test_receipt_verified_review_with_a_discount(
    page, live_server, log_in, patient, doctor, moderator, treatment, tmp_path, width
):
    page.set_viewport_size({"width": width, "height": 900})
    log_in(page, patient)
    page.goto(f"{live_server.url}/reviews/new/?treatment=botox&doctor=ana-ruiz")
    page.get_by_label("When it was done").fill((timezone.localdate() - timedelta(days=21)).isoformat())
    page.get_by_text("Worth it", exact=True).click()
    page.locator("label", has_text="4 · Very good").click()
    page.get_by_label("Title").fill("Model day, smooth result")
    page.get_by_label("Your story").fill(STORY)
    # Nothing is chosen for the patient: publishing without answering is refused, with the text kept.
    page.get_by_role("button", name="Publish review").click()
    expect(page.get_by_text("Say whether you received anything for this treatment or this review.")).to_be_visible()
    expect(page.get_by_label("Title")).to_have_value("Model day, smooth result")
    page.locator("label", has_text="A discounted treatment").click()
    page.locator("label", has_text="None: I was a patient, nothing more").click()
    page.get_by_role("button", name="Publish review").click()
    expect(page.get_by_role("heading", name="Model day, smooth result")).to_be_visible()
    review = Review.objects.get(title="Model day, smooth result")
    assert review.incentive == "discounted_treatment"
    expect(page.locator(".review-disclosures").get_by_text("Received a discounted treatment")).to_be_visible()

    # The receipt goes privately to the moderators.
    page.get_by_role("link", name="Verify your treatment privately").click()
    receipt = tmp_path / "Clinic invoice Jane Roe.pdf"
    receipt.write_bytes(PDF_BYTES)
    page.get_by_label("Your receipt").set_input_files(str(receipt))
    page.screenshot(path=f"/tmp/shots/reviewrules-receipt-{width}.png", full_page=True)
    page.get_by_role("button", name="Send the receipt privately").click()
    expect(page.get_by_text("a moderator will check your receipt")).to_be_visible()
    expect(page.get_by_text("Your receipt is waiting for a moderator")).to_be_visible()
    review.refresh_from_db()
    assert review.verification == Verification.RECEIPT_PENDING
    assert "receipts/" not in page.content()

    # A moderator finds it in the queue, downloads it and approves it.
    page.context.clear_cookies()  # log out (the narrow layout folds the menu away)
    log_in(page, moderator)
    page.goto(f"{live_server.url}/admin/reviews/review/?verification=receipt_pending")
    page.get_by_role("link", name="Model day, smooth result").click()
    with page.expect_download() as download:
        page.get_by_role("link", name="Download the receipt (PDF)").click()
    assert download.value.suggested_filename == f"receipt-review-{review.pk}.pdf"
    page.goto(f"{live_server.url}/admin/reviews/review/?verification=receipt_pending")
    page.get_by_role("checkbox", name="Select this object for an action - Model day, smooth result").check()
    page.get_by_role("combobox", name="Action").select_option(label="Approve the receipt (“Verified by receipt”)")
    page.get_by_role("button", name="Run").click()
    expect(page.get_by_text("Approved 1 receipt; the files are deleted.")).to_be_visible()
    review.refresh_from_db()
    assert (review.verification, review.verified_by, review.receipt.name) == ("receipt_approved", moderator, "")

    # Anyone now sees the badge and the disclosure, on the review and on the treatment page.
    page.context.clear_cookies()  # log out (the narrow layout folds the menu away)
    page.goto(f"{live_server.url}{review.get_absolute_url()}")
    badges = page.locator(".review-disclosures")
    expect(badges.get_by_text("Verified by receipt")).to_be_visible()
    expect(badges.get_by_text("Received a discounted treatment")).to_be_visible()
    page.screenshot(path=f"/tmp/shots/reviewrules-review-{width}.png", full_page=True)
    page.goto(f"{live_server.url}/treatments/botox/")
    card = page.locator("#reviews article", has_text="Model day, smooth result")
    expect(card.get_by_text("Verified by receipt")).to_be_visible()
    expect(card.get_by_text("Received a discounted treatment")).to_be_visible()
    page.screenshot(path=f"/tmp/shots/reviewrules-hub-{width}.png", full_page=True)
