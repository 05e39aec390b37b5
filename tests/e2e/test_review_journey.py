"""A patient reviews Botox with a verdict and a cost, the doctor responds, the treatment page shows the figures."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from reviews.models import Review
from tests.factories import ReviewFactory

pytestmark = pytest.mark.django_db(transaction=True)

STORY = (
    "I was worried about looking frozen, but the doctor used a light dose and explained every step. "
    "Two weeks later my frown lines are softer and I still look like myself."
)


def test_patient_reviews_doctor_responds_treatment_page_updates(page, live_server, log_in, patient, doctor, treatment):
    # Someone else reviewed Botox earlier: 300 USD, not sure.
    ReviewFactory(treatment=treatment, verdict="not_sure", rating=3, cost_amount=Decimal("300"))

    log_in(page, patient)
    page.goto(f"{live_server.url}/treatments/botox/")
    expect(page.get_by_text("of 1 reviewer say it was worth it")).to_be_visible()
    page.get_by_role("link", name="Review Botox").click()

    page.get_by_label("Doctor", exact=True).select_option(label="Dr. Ana Ruiz (Austin)")
    page.get_by_label("When it was done").fill((timezone.localdate() - timedelta(days=14)).isoformat())
    # Verdict and rating are radios styled as buttons: people click the visible label.
    page.get_by_text("Worth it", exact=True).click()
    page.locator("label", has_text="5 · Excellent").click()
    expect(page.get_by_label("Worth it", exact=True)).to_be_checked()
    page.get_by_label("Title").fill("Soft, natural, still me")
    page.get_by_label("Your story").fill("Too short.")
    page.get_by_label("What it cost in total").fill("500")
    page.get_by_label("Bedside manner").select_option("5")
    page.locator("label", has_text="Nothing: I paid the usual price").click()
    page.locator("label", has_text="None: I was a patient, nothing more").click()
    page.get_by_role("button", name="Publish review").click()

    # The short story is refused with a clear message and nothing typed is lost.
    expect(page.get_by_text("Tell a little more: at least 100 characters")).to_be_visible()
    expect(page.get_by_label("Title")).to_have_value("Soft, natural, still me")
    expect(page.get_by_label("What it cost in total")).to_have_value("500")
    expect(page.get_by_label("5 · Excellent")).to_be_checked()
    expect(page.get_by_label("Nothing: I paid the usual price")).to_be_checked()
    page.get_by_label("Your story").fill(STORY)
    page.get_by_role("button", name="Publish review").click()

    expect(page.get_by_role("heading", name="Soft, natural, still me")).to_be_visible()
    expect(page.get_by_text("Thank you: your review is published")).to_be_visible()
    review = Review.objects.get(title="Soft, natural, still me")
    assert (review.verdict, review.cost_amount, review.doctor) == ("worth_it", Decimal("500.00"), doctor)

    # The doctor responds.
    page.get_by_role("button", name="Log out").click()
    log_in(page, doctor.user)
    page.goto(f"{live_server.url}{review.get_absolute_url()}")
    page.get_by_role("link", name="Respond to this review").click()
    page.get_by_label("Your response").fill("Thank you! It was a pleasure, and I'm glad you feel like yourself.")
    page.get_by_role("button", name="Publish response").click()
    expect(page.get_by_role("heading", name="Response from Dr. Ana Ruiz")).to_be_visible()
    expect(page.get_by_text("It was a pleasure")).to_be_visible()

    # The treatment page shows the new figures: 1 of 2 worth it, costs 300 and 500.
    page.goto(f"{live_server.url}/treatments/botox/")
    figures = page.locator("#figures")
    expect(figures.get_by_text("50%", exact=True)).to_be_visible()
    expect(figures.get_by_text("of 2 reviewers say it was worth it")).to_be_visible()
    expect(figures.get_by_text("$400").first).to_be_visible()  # average and median of 300 and 500
    expect(figures.get_by_text("$300 \u2013 $500")).to_be_visible()
    expect(page.get_by_role("img", name="What patients paid for Botox")).to_be_visible()
    expect(page.locator("#reviews").get_by_role("link", name="Soft, natural, still me")).to_be_visible()
    expect(page.locator("#doctors").get_by_text("Dr. Ana Ruiz")).to_be_visible()


def test_helpful_vote_swaps_in_place_with_htmx(page, live_server, log_in, other_patient):
    review = ReviewFactory(title="A review worth a vote")
    log_in(page, other_patient)
    page.goto(f"{live_server.url}{review.get_absolute_url()}")
    url_before = page.url
    page.get_by_role("button", name="Helpful").click()
    expect(page.get_by_text("1 found this helpful")).to_be_visible()
    expect(page.get_by_role("button", name="Helpful ✓")).to_have_attribute("aria-pressed", "true")
    assert page.url == url_before
    review.refresh_from_db()
    assert review.helpful_count == 1
