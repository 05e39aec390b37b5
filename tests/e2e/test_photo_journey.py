"""A verified doctor posts a graphic before/after case with consent, a moderator approves it in the admin,
and a logged-out visitor sees it blurred until they choose to show it."""

import pytest
from playwright.sync_api import expect

from photos.models import BeforeAfterPhoto
from tests import images
from tests.photos.conftest import consent_texts_version_1

pytestmark = pytest.mark.django_db(transaction=True)


def rendition_names(case: BeforeAfterPhoto, *, blurred: bool) -> set[str]:
    prefix = "blurred_" if blurred else ""
    return {r[prefix + "jpeg"] for image in case.images.all() for r in image.renditions}


def shown_names(page) -> set[str]:
    sources = page.locator("#case-images img").evaluate_all("imgs => imgs.map(img => img.getAttribute('src'))")
    return {src.removeprefix("/media/") for src in sources}


def test_doctor_posts_moderator_approves_visitor_chooses_to_see(
    page, browser, live_server, log_in, doctor, moderator, treatment, tmp_path
):
    consent_texts_version_1()  # in case an earlier transactional test flushed the migration's rows
    before_file, after_file = tmp_path / "IMG_0412.jpg", tmp_path / "IMG_0413.jpg"
    before_file.write_bytes(images.jpeg_with_metadata(size=(900, 600), orientation=1))
    after_file.write_bytes(images.encode(images.pattern((900, 600), seed=7), "JPEG"))

    # The doctor posts the case, attesting the patient's written consent.
    log_in(page, doctor.user)
    page.goto(f"{live_server.url}/photos/new/")
    page.locator("#id_before").set_input_files(before_file)
    page.locator("#id_after").set_input_files(after_file)
    page.locator("#id_treatments").select_option(label=treatment.name)
    page.get_by_label("When was the after photo taken?").select_option(label="4 to 6 months after")
    page.get_by_label("Caption").fill("Abdominoplasty: six months on, the scar has faded to a thin line.")
    page.get_by_label("These photos show nudity, surgery or wounds").check()
    page.get_by_label("written consent").check()
    page.get_by_role("button", name="Post for review").click()

    expect(page.get_by_text("Thank you. Your case is being processed")).to_be_visible()
    expect(page.get_by_text("it will be public once a moderator approves it")).to_be_visible()
    case = BeforeAfterPhoto.objects.get()
    assert case.consent.attested_by == doctor.user and case.is_graphic
    expect(page.locator("#case-images picture")).to_have_count(2)  # derivatives made after the commit

    # A moderator approves it from the admin queue.
    moderator_context = browser.new_context()
    moderator_page = moderator_context.new_page()
    log_in(moderator_page, moderator)
    moderator_page.goto(f"{live_server.url}/admin/photos/beforeafterphoto/")
    moderator_page.get_by_role("checkbox", name="Select this object for an action").first.check()
    moderator_page.locator("select[name=action]").select_option("approve_selected")
    moderator_page.get_by_role("button", name="Run").click()
    expect(moderator_page.get_by_text("Approved 1 case")).to_be_visible()
    moderator_context.close()
    case.refresh_from_db()
    assert case.is_public

    # A logged-out visitor: blurred, with no unblurred URL in the page, until they click "Show photos".
    visitor_context = browser.new_context()
    visitor = visitor_context.new_page()
    visitor.goto(f"{live_server.url}/photos/")
    expect(visitor.get_by_text("Graphic: open to choose whether to see it")).to_be_visible()
    assert not set(visitor.content().split('"')) & {f"/media/{n}" for n in rendition_names(case, blurred=False)}

    visitor.goto(f"{live_server.url}{case.get_absolute_url()}")
    expect(visitor.get_by_text("Graphic content")).to_be_visible()
    assert shown_names(visitor) and shown_names(visitor) <= rendition_names(case, blurred=True)
    assert all(name not in visitor.content() for name in rendition_names(case, blurred=False))
    expect(visitor.get_by_role("button", name="Compare with a slider")).to_have_count(0)

    visitor.get_by_role("button", name="Show photos").click()
    expect(visitor.get_by_text("Graphic content")).to_have_count(0)
    assert shown_names(visitor) and shown_names(visitor) <= rendition_names(case, blurred=False)
    # With JavaScript, the two photos can be compared with a slider.
    visitor.get_by_role("button", name="Compare with a slider").click()
    expect(visitor.get_by_role("slider")).to_be_visible()
    visitor_context.close()
