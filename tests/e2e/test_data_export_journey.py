"""A patient asks for a copy of their data, follows the notice and the e-mail's link, downloads the ZIP,
and finds their question, review and photos in it."""

import re
import zipfile

import pytest
from django.core import mail
from playwright.sync_api import expect

from questions.services import question_create
from tests.factories import ReviewFactory
from tests.photos.conftest import consent_texts_version_1, make_case, prepare  # noqa: F401
from tests.questions.conftest import disclaimer_version_1

pytestmark = pytest.mark.django_db(transaction=True)


def test_patient_exports_their_data_and_opens_the_zip(
    page,
    live_server,
    log_in,
    settings,
    patient,
    treatment,
    make_case,  # noqa: F811
    tmp_path,
):
    consent_texts_version_1()
    disclaimer_version_1()
    settings.SITE_URL = live_server.url
    question = question_create(
        author=patient,
        title="Is one side more swollen after filler?",
        body="I had lip filler two weeks ago and the left side is still more swollen than the right. Normal?",
        treatments=[treatment],
    )
    review = ReviewFactory(author=patient, treatment=treatment, title="Natural result, no frozen look")
    case = make_case(uploader=patient, review=review)

    log_in(page, patient)
    page.get_by_role("link", name=patient.handle).click()
    page.get_by_role("link", name="Your account").click()
    page.get_by_role("link", name="Download your data").click()
    expect(page.get_by_role("heading", name="Your data", level=1)).to_be_visible()
    page.get_by_role("button", name="Export my data").click()
    expect(page.get_by_text("We are preparing your export")).to_be_visible()

    # The notice on the account page leads back to the data page.
    page.goto(f"{live_server.url}/accounts/")
    page.get_by_role("link", name=re.compile("Your data export is ready")).click()
    expect(page.get_by_role("heading", name="Your data", level=1)).to_be_visible()

    # So does the e-mail.
    (message,) = [m for m in mail.outbox if "data export" in m.subject]
    link = re.search(r"https?://\S+/accounts/data/", message.body).group(0)
    page.goto(link)
    with page.expect_download() as download_info:
        page.get_by_role("link", name=re.compile("Download ZIP")).click()
    download = download_info.value
    assert download.suggested_filename.startswith(f"candid-data-{patient.handle}-")
    path = tmp_path / "export.zip"
    download.save_as(path)

    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        assert {"README.txt", "profile.json", "questions.json", "reviews.json", "photo_cases.json"} <= names
        assert question.title in archive.read("questions.json").decode()
        assert "Natural result, no frozen look" in archive.read("reviews.json").decode()
        assert {f"photos/case-{case.pk}-before.jpg", f"photos/case-{case.pk}-after.jpg"} <= names
        assert archive.read(f"photos/case-{case.pk}-before.jpg")[:3] == b"\xff\xd8\xff"
        assert patient.email in archive.read("profile.json").decode()

    # One export a day: the page says when the next one can be asked for instead of offering the button.
    expect(page.get_by_text("You can ask for a new export after")).to_be_visible()
    expect(page.get_by_role("button", name="Export my data")).to_have_count(0)
