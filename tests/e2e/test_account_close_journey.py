"""A patient closes their account from the account page, choosing to remove their posts: afterwards no
row in the database, no file in either storage and no public page keeps their e-mail, names or photos,
and they cannot log in again."""

import pytest
from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from moderation.roles import MODERATORS, roles_sync
from questions.services import question_create
from tests.erasure import rows_mentioning, stored_files
from tests.factories import PASSWORD, ReviewFactory, UserFactory
from tests.photos.conftest import consent_texts_version_1, make_case, prepare  # noqa: F401
from tests.questions.conftest import disclaimer_version_1

pytestmark = pytest.mark.django_db(transaction=True)

EMAIL, FULL_NAME, HANDLE = "odile.marchetti@example.net", "Odile Marchetti", "amber-finch"
BODY = "My cheeks look uneven three weeks after filler. Will it settle or should I go back to the clinic?"


@pytest.mark.parametrize("width", [390, 1280])
def test_patient_closes_their_account_and_nothing_of_them_is_left(
    page,
    browser,
    live_server,
    log_in,
    treatment,
    moderator,
    width,
    make_case,  # noqa: F811
):
    consent_texts_version_1()
    disclaimer_version_1()
    for config in apps.get_app_configs():
        create_permissions(config, verbosity=0)
    roles_sync()
    moderator.groups.add(Group.objects.get(name=MODERATORS))
    leaving = UserFactory(handle=HANDLE, email=EMAIL, full_name=FULL_NAME)
    question = question_create(
        author=leaving, title="Will uneven cheek filler settle?", body=BODY, treatments=[treatment]
    )
    review = ReviewFactory(author=leaving, treatment=treatment, title="Cheek filler, patience needed")
    case = make_case(uploader=leaving, review=review, caption="Cheeks at rest, same window light both times")
    assert stored_files()
    public_urls = [question.get_absolute_url(), review.get_absolute_url(), f"/photos/{case.pk}/"]

    page.set_viewport_size({"width": width, "height": 900})
    log_in(page, leaving)
    page.goto(f"{live_server.url}/accounts/")
    page.get_by_role("link", name="Close your account").click()
    expect(page.get_by_role("heading", name="Close your account", level=1)).to_be_visible()
    page.get_by_label("Remove them from every public page").check()
    page.get_by_label("Your password").fill("not my password")
    page.get_by_label("I understand").check()
    page.get_by_role("button", name="Close my account").click()
    expect(page.get_by_text("That is not your password.")).to_be_visible()
    expect(page.get_by_label("Remove them from every public page")).to_be_checked()
    page.get_by_label("Your password").fill(PASSWORD)
    page.get_by_label("I understand").check()
    page.screenshot(path=f"/tmp/erasure-close-{width}.png", full_page=True)
    page.get_by_role("button", name="Close my account").click()
    expect(page.get_by_text("Your account is closed")).to_be_visible()
    page.screenshot(path=f"/tmp/erasure-closed-{width}.png", full_page=True)

    assert rows_mentioning([EMAIL, FULL_NAME, HANDLE]) == []
    assert stored_files() == set()

    visitor_context = browser.new_context()
    visitor = visitor_context.new_page()
    for url in public_urls:
        assert visitor.goto(f"{live_server.url}{url}").status == 404
    for path in ("/", "/questions/", "/reviews/", "/photos/", f"/treatments/{treatment.slug}/", "/sitemap.xml"):
        visitor.goto(f"{live_server.url}{path}")
        content = visitor.content()
        assert HANDLE not in content and "Will uneven cheek filler settle?" not in content, path

    visitor.goto(f"{live_server.url}/accounts/login/")
    visitor.get_by_label("Handle or e-mail").fill(EMAIL)
    visitor.get_by_label("Password").fill(PASSWORD)
    visitor.get_by_role("button", name="Log in").click()
    expect(visitor.get_by_label("Handle or e-mail")).to_be_visible()
    visitor_context.close()
