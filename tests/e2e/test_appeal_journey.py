"""A patient's review is hidden by moderator A; the patient appeals from My Candid; A may not decide,
moderator B restores it from the dashboard's appeal queue; the review is public again and the
transparency page counts the hiding, the appeal and the restoring."""

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from moderation.models import Appeal
from reviews.models import Review
from tests.factories import ReviewFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)

TITLE = "Gentle hands, honest price for my forehead lines"
HIDE_REASON = "Reads like an advert: names the clinic's discount code."
APPEAL = "The code is printed on the clinic's own window; I was not paid and I paid full price myself."
NOTE = "A discount code on a public sign is not advertising. Public again."


def _moderator(handle: str):
    user = UserFactory(handle=handle, is_staff=True)
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


def _as(browser, log_in, user):
    context = browser.new_context()
    page = context.new_page()
    page.set_default_timeout(10_000)
    log_in(page, user)
    return context, page


def test_a_hidden_review_is_appealed_and_restored_by_another_moderator(
    page, browser, live_server, log_in, patient, treatment
):
    review = ReviewFactory(author=patient, treatment=treatment, title=TITLE)
    moderator_a, moderator_b = _moderator("mod-anna"), _moderator("mod-bruno")

    # Moderator A hides the review from the admin, with a reason.
    context_a, page_a = _as(browser, log_in, moderator_a)
    page_a.goto(f"{live_server.url}/admin/reviews/review/")
    page_a.locator(f"input[name=_selected_action][value='{review.pk}']").check()
    page_a.locator("select[name=action]").select_option("hide_selected")
    page_a.locator("button[name=index]").first.click()
    page_a.get_by_label("Why").fill(HIDE_REASON)
    page_a.get_by_role("button", name="Hide").click()
    expect(page_a.get_by_text("Hid 1 review")).to_be_visible()

    # The patient sees it on My Candid with the reason, and appeals.
    log_in(page, patient)
    page.goto(f"{live_server.url}/accounts/mine/")
    row = page.locator(f"#mine-review-{review.pk}")
    expect(row).to_contain_text("Hidden")
    expect(row).to_contain_text(HIDE_REASON)
    row.get_by_role("link", name="Appeal").click()
    expect(page.get_by_role("heading", name="Your review is hidden")).to_be_visible()
    page.get_by_role("button", name="Send the appeal").click()  # empty: refused, nothing lost
    expect(page.get_by_text("This field is required")).to_be_visible()
    page.get_by_label("Why should it be public again?").fill(APPEAL)
    page.get_by_role("button", name="Send the appeal").click()
    expect(page.get_by_text("Your appeal is sent")).to_be_visible()
    expect(page.get_by_text("Waiting for a moderator")).to_be_visible()
    appeal = Appeal.objects.get()

    # Moderator A, who hid it, is refused.
    page_a.goto(f"{live_server.url}/admin/moderation/appeal/")
    expect(page_a.get_by_text("another moderator (you hid it)")).to_be_visible()
    page_a.locator(f"input[name=_selected_action][value='{appeal.pk}']").check()
    page_a.locator("select[name=action]").select_option("decide_restore")
    page_a.locator("button[name=index]").first.click()
    page_a.get_by_label("Note to the member").fill("I changed my mind.")
    page_a.get_by_role("button", name="Restore").click()
    expect(page_a.get_by_text("another moderator decides the appeal")).to_be_visible()
    context_a.close()
    appeal.refresh_from_db()
    assert appeal.is_pending

    # Moderator B starts from the dashboard's appeal queue and restores it.
    context_b, page_b = _as(browser, log_in, moderator_b)
    page_b.goto(f"{live_server.url}/admin/")
    queue = page_b.locator('[data-queue="appeals"]')
    expect(queue.locator(".moderation-queue-count")).to_have_text("1")
    queue.get_by_role("link").click()
    expect(page_b.get_by_text("you may decide")).to_be_visible()
    page_b.locator(f"input[name=_selected_action][value='{appeal.pk}']").check()
    page_b.locator("select[name=action]").select_option("decide_restore")
    page_b.locator("button[name=index]").first.click()
    page_b.get_by_label("Note to the member").fill(NOTE)
    page_b.get_by_role("button", name="Restore").click()
    expect(page_b.get_by_text("Restored the items of 1 appeal")).to_be_visible()
    context_b.close()

    # The review is public again, for anyone.
    visitor = browser.new_context()
    public = visitor.new_page()
    public.goto(f"{live_server.url}{review.get_absolute_url()}")
    expect(public.get_by_role("heading", name=TITLE)).to_be_visible()
    expect(public.get_by_text("A moderator hid this review")).to_have_count(0)
    assert Review.objects.public().filter(pk=review.pk).exists()

    # The transparency page, from the footer, counts the hiding, the appeal and the restoring.
    public.goto(f"{live_server.url}/")
    public.locator("footer").get_by_role("link", name="Moderation in numbers").click()
    expect(public.get_by_role("heading", name="Moderation in numbers")).to_be_visible()
    expect(public.locator('[data-figure="hidden"]')).to_have_text("1")
    expect(public.locator('[data-figure="hidden-by-moderators"]')).to_have_text("1")
    expect(public.locator('[data-figure="appeals"]')).to_have_text("1")
    expect(public.locator('[data-figure="restored-on-appeal"]')).to_have_text("1")
    expect(public.get_by_text("mod-anna")).to_have_count(0)
    visitor.close()

    # The patient learns the decision on My Candid.
    page.goto(f"{live_server.url}/accounts/mine/")
    expect(page.locator(f"#mine-review-{review.pk}").get_by_role("link", name=TITLE, exact=True)).to_be_visible()
