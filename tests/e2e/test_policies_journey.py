"""A member meets a new version of the terms at their next visit, reads what changed and accepts it;
a visitor reports a concern without an account."""

import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from policies.models import PolicyAcceptance, PolicyKind, PolicyVersion
from policies.text import render_policy
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True)

PHONE = {"width": 390, "height": 844}


def _version(kind: str, number: int, *, effective_at, summary: str) -> PolicyVersion:
    body = f"## Version {number}\n\nWhat members agree to, as of version {number}."
    version, _ = PolicyVersion.objects.get_or_create(
        kind=kind,
        number=number,
        defaults={"effective_at": effective_at, "summary": summary, "body": body, "body_html": render_policy(body)},
    )
    return version


@pytest.fixture
def member_of_a_month():
    """A member who joined a month ago and accepted version 1 of the terms and privacy policy then."""
    month_ago = timezone.now() - datetime.timedelta(days=30)
    member = UserFactory(handle="calm-heron", date_joined=month_ago)
    for kind in (PolicyKind.TERMS, PolicyKind.PRIVACY):
        # Migrations wrote version 1; an earlier journey's flush may have removed it.
        first = _version(kind, 1, effective_at=month_ago - datetime.timedelta(days=1), summary="First version.")
        PolicyAcceptance.objects.create(user=member, version=first)
    return member


@pytest.mark.parametrize("viewport", [PHONE, {"width": 1280, "height": 900}], ids=["phone", "desktop"])
def test_a_member_accepts_new_terms_at_their_next_visit(browser, live_server, log_in, member_of_a_month, viewport):
    page = browser.new_context(viewport=viewport).new_page()
    log_in(page, member_of_a_month)
    page.goto(f"{live_server.url}/questions/")
    expect(page.get_by_role("heading", name="Questions", level=1)).to_be_visible()

    # Between two visits, version 2 of the terms takes effect.
    _version(
        PolicyKind.TERMS,
        2,
        effective_at=timezone.now() - datetime.timedelta(minutes=1),
        summary="Doctors must now disclose any sponsorship in their answers.",
    )
    page.goto(f"{live_server.url}/questions/?page=1")
    expect(page.get_by_role("heading", name="We've updated our terms")).to_be_visible()
    expect(page.get_by_text("Doctors must now disclose any sponsorship in their answers.")).to_be_visible()
    expect(page.get_by_role("heading", name="Terms of use, version 2")).to_be_visible()

    # The policy itself stays readable from there, in a new tab.
    with page.context.expect_page() as opened:
        page.get_by_role("link", name="Read the full terms of use").click()
    policy = opened.value
    expect(policy.get_by_text("What members agree to, as of version 2.")).to_be_visible()
    policy.close()

    page.get_by_label("I have read and accept this version.").check()
    page.get_by_role("button", name="Accept and continue").click()
    expect(page).to_have_url(f"{live_server.url}/questions/?page=1")
    expect(page.get_by_text("You've accepted the updated terms.")).to_be_visible()
    assert PolicyAcceptance.objects.filter(user=member_of_a_month, version__kind="terms", version__number=2).exists()

    # Not asked again.
    page.goto(f"{live_server.url}/")
    expect(page).to_have_url(f"{live_server.url}/")


def test_a_visitor_reports_a_concern_and_a_mistake_keeps_what_they_typed(page, live_server, mailoutbox):
    page.goto(f"{live_server.url}/")
    page.locator("footer").get_by_role("link", name="Report a concern").click()
    expect(page.get_by_role("heading", name="Report a concern")).to_be_visible()
    page.get_by_label("A legal concern (copyright, defamation, privacy)").check()
    page.get_by_label("Your message").fill("A review names me and my clinic appointment without my consent.")
    page.get_by_label("Your e-mail address").fill("not-an-address")
    page.get_by_role("button", name="Send to the moderators").click()
    expect(page.get_by_text("Enter a valid email address.")).to_be_visible()
    expect(page.get_by_label("Your message")).to_have_value(
        "A review names me and my clinic appointment without my consent."
    )
    page.get_by_label("Your e-mail address").fill("worried@example.com")
    page.get_by_role("button", name="Send to the moderators").click()
    expect(page.get_by_role("heading", name="Thank you, we've got it")).to_be_visible()
    assert [message.to for message in mailoutbox] == [["worried@example.com"]]
