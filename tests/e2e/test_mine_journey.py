"""A patient opens My Candid from the account menu, edits an unanswered question, withdraws it, and
withdraws a before/after case: a logged-out visitor finds neither any more, and the case's files are gone
from storage."""

import pytest
from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from moderation.roles import MODERATORS, roles_sync
from questions.services import question_create
from tests.erasure import stored_files
from tests.factories import ReviewFactory
from tests.photos.conftest import consent_texts_version_1, make_case, prepare  # noqa: F401
from tests.questions.conftest import disclaimer_version_1

pytestmark = pytest.mark.django_db(transaction=True)

BODY = "I had lip filler two weeks ago and the left side is still more swollen than the right. Is that normal?"


def test_patient_edits_and_withdraws_a_question_and_withdraws_photos(
    page,
    browser,
    live_server,
    log_in,
    patient,
    treatment,
    moderator,
    make_case,  # noqa: F811
):
    # What migrations created, again: an earlier transactional test may have flushed it.
    consent_texts_version_1()
    disclaimer_version_1()
    for config in apps.get_app_configs():
        create_permissions(config, verbosity=0)
    roles_sync()
    moderator.groups.add(Group.objects.get(name=MODERATORS))
    question = question_create(
        author=patient, title="Is one side more swollen after filler?", body=BODY, treatments=[treatment]
    )
    review = ReviewFactory(author=patient, treatment=treatment, title="Natural result, no frozen look")
    case = make_case(uploader=patient, review=review, caption="Forehead lines softened, same light both times")

    log_in(page, patient)
    page.get_by_role("link", name=patient.handle).click()
    page.get_by_role("link", name="My Candid").click()
    expect(page.get_by_role("heading", name="My Candid", level=1)).to_be_visible()
    expect(page.get_by_role("heading", name="My reviews")).to_be_visible()
    expect(page.get_by_role("link", name="Natural result, no frozen look", exact=True)).to_be_visible()
    expect(page.locator(f"#mine-photo-{case.pk}").get_by_text("Approved", exact=True)).to_be_visible()

    # Edit the question while nobody has answered it.
    page.locator(f"#mine-question-{question.pk}").get_by_role("link", name="Edit").click()
    page.get_by_label("Your question").fill("Is uneven swelling normal two weeks after lip filler?")
    page.get_by_role("button", name="Save your question").click()
    expect(page.get_by_role("heading", name="Is uneven swelling normal two weeks after lip filler?")).to_be_visible()
    question.refresh_from_db()
    question_url = f"{live_server.url}{question.get_absolute_url()}"

    # Withdraw it, then the photos.
    page.goto(f"{live_server.url}/accounts/mine/")
    page.locator(f"#mine-question-{question.pk}").get_by_role("link", name="Withdraw").click()
    page.get_by_role("button", name="Withdraw the question").click()
    expect(page.get_by_text("is withdrawn: nobody else can see it now")).to_be_visible()
    expect(page.locator(f"#mine-question-{question.pk}").get_by_text("Withdrawn", exact=True)).to_be_visible()
    case_files = stored_files()
    assert case_files, "the case's originals and derivatives are stored"
    page.locator(f"#mine-photo-{case.pk}").get_by_role("link", name="Withdraw").click()
    page.get_by_role("button", name="Withdraw the photos").click()
    expect(page.locator(f"#mine-photo-{case.pk}").get_by_text("Withdrawn", exact=True)).to_be_visible()
    # Withdrawing consent deletes the files themselves, public derivatives and private originals.
    assert stored_files() == set()

    visitor_context = browser.new_context()
    visitor = visitor_context.new_page()
    assert visitor.goto(question_url).status == 404
    assert visitor.goto(f"{live_server.url}/photos/{case.pk}/").status == 404
    for path in ("/questions/", "/photos/", review.get_absolute_url(), f"/treatments/{treatment.slug}/"):
        visitor.goto(f"{live_server.url}{path}")
        expect(visitor.locator(f'a[href="/photos/{case.pk}/"]')).to_have_count(0)
        expect(visitor.get_by_text("Is uneven swelling normal")).to_have_count(0)
    visitor_context.close()
