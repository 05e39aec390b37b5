"""An account applies as a doctor, a moderator verifies it in the admin, the doctor answers a question."""

import re

import pytest
from playwright.sync_api import expect

from doctors.models import DoctorProfile
from tests.doctors.conftest import one_page_pdf
from tests.factories import QuestionFactory, TreatmentFactory, UserFactory
from tests.questions.conftest import disclaimer_version_1

pytestmark = pytest.mark.django_db(transaction=True)

# A real PDF: licence documents are parsed and rewritten on upload.
PDF = one_page_pdf()


def test_apply_get_verified_in_the_admin_then_answer(page, browser, live_server, log_in, admin_user, tmp_path):
    disclaimer_version_1()  # an earlier journey's flush may have removed the migration's row
    botox = TreatmentFactory(name="Botox", slug="botox")
    question = QuestionFactory(treatments=[botox], title="How long does Botox take to settle after the first session?")
    applicant = UserFactory(handle="maya-derm")
    licence = tmp_path / "licence.pdf"
    licence.write_bytes(PDF)

    # The applicant fills in the form, forgets the licence number, and corrects it.
    log_in(page, applicant)
    page.goto(f"{live_server.url}/doctors/apply/")
    page.get_by_label("Full name").fill("Maya Lindqvist")
    page.get_by_label("Credential").select_option("MD")
    page.get_by_label("Specialty").select_option("dermatology")
    page.get_by_label("Issuing state or country").fill("Texas, United States")
    page.get_by_label("Licence document").set_input_files(licence)
    page.get_by_label("City").fill("Austin")
    page.get_by_label("State or region").fill("TX")
    page.get_by_label("About you").fill("I treat acne scarring and pigmentation.")
    page.get_by_role("button", name="Submit application").click()

    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("Licence number")
    expect(summary).to_contain_text("please choose your licence document again")
    expect(page.get_by_label("Full name")).to_have_value("Maya Lindqvist")
    expect(page.get_by_label("About you")).to_have_value("I treat acne scarring and pigmentation.")

    page.get_by_label("Licence number").fill("TX-123456")
    page.get_by_label("Licence document").set_input_files(licence)
    page.get_by_role("button", name="Submit application").click()
    expect(page.get_by_role("heading", name="Your application is being reviewed")).to_be_visible()
    profile = DoctorProfile.objects.get(user=applicant)
    assert profile.status == DoctorProfile.Status.PENDING

    # A moderator verifies it from the admin queue, saying what was checked.
    moderator_context = browser.new_context()
    moderator_page = moderator_context.new_page()
    moderator_page.set_default_timeout(10_000)
    log_in(moderator_page, admin_user)
    moderator_page.goto(f"{live_server.url}/admin/doctors/doctorprofile/?status=pending")
    expect(moderator_page.get_by_text("Dr. Maya Lindqvist")).to_be_visible()
    moderator_page.locator(f"input[name=_selected_action][value='{profile.pk}']").check()
    moderator_page.locator("select[name=action]").select_option("verify_selected")
    moderator_page.locator("button[name=index]").first.click()
    expect(moderator_page.get_by_role("heading", name="Verify 1 doctor")).to_be_visible()
    evidence = moderator_page.get_by_label("Evidence checked for Dr. Maya Lindqvist")
    expect(evidence).to_have_attribute("required", "")  # no verification without evidence
    evidence.fill("Licence TX-123456 checked on the Texas Medical Board lookup today: active, no actions.")
    moderator_page.get_by_role("button", name="Verify 1 doctor").click()
    expect(moderator_page.get_by_text("Verified: Dr. Maya Lindqvist")).to_be_visible()
    moderator_context.close()
    profile.refresh_from_db()
    assert profile.status == DoctorProfile.Status.VERIFIED

    # The doctor sees the badge, then answers a question from the dashboard.
    page.goto(f"{live_server.url}/doctors/dashboard/")
    expect(page.locator(".dashboard-status .badge-verified")).to_be_visible()
    page.get_by_role("link", name=question.title).click()
    page.get_by_label("Your answer").fill(
        "Botox usually starts to work after three to five days and reaches its full effect at about two weeks. "
        "Judge the result then, not before; a review visit at two weeks is the right time for a touch-up."
    )
    page.get_by_role("button", name=re.compile(r"^Post (your )?answer$")).click()
    answer = page.locator("article", has_text="reaches its full effect")
    expect(answer).to_be_visible()
    expect(answer.locator(".disclaimer")).to_contain_text("Dr. Maya Lindqvist")

    # The public profile shows the badge and the answer.
    page.goto(f"{live_server.url}{profile.get_absolute_url()}")
    expect(page.get_by_role("heading", name="Dr. Maya Lindqvist", level=1)).to_be_visible()
    expect(page.get_by_role("link", name=question.title)).to_be_visible()
