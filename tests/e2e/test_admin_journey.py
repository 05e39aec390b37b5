"""What a moderator meets in the admin, on a phone and at 1280 px: filter links big enough to hit, labelled
inputs, inlines reached with Tab, and changelist tables that show every column without being cut off.
Screenshots of the admin pages go to /tmp/shots/admin-*.png (and test-results/ on failure)."""

from pathlib import Path

import pytest
from playwright.sync_api import expect

from imaging.forms import ImageUploadField
from photos import services as photo_services
from quality.checks import axe_violations, missing_tools
from tests import images
from tests.factories import ReviewFactory, TreatmentFactory, VerificationDecisionFactory
from tests.photos.conftest import consent_texts_version_1
from tests.questions.conftest import disclaimer_version_1

pytestmark = pytest.mark.django_db(transaction=True)

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
SHOTS = Path("/tmp/shots")


@pytest.fixture
def browser_context_args(browser_context_args):
    # axe-core is injected as an inline script, which the admin's Content-Security-Policy refuses.
    return {**browser_context_args, "bypass_csp": True}


@pytest.fixture(autouse=True)
def _disclaimer():
    disclaimer_version_1()


@pytest.fixture
def photo_case(doctor, moderator):
    consent_texts_version_1()
    prepare = ImageUploadField().clean
    case = photo_services.photo_case_create(
        uploader=doctor.user,
        before=prepare(images.jpeg_upload(seed=1)),
        after=prepare(images.jpeg_upload(seed=2)),
        treatments=[TreatmentFactory(name="Botox", slug="botox")],
        caption="Forehead lines, 20 units, photographed at the same angle and in the same window light.",
        time_since_treatment="3_6_weeks",
        is_graphic=False,
        consent_given=True,
    )
    photo_services.photo_case_approve(moderator=moderator, case=case)
    return case


def shoot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"admin-{name}-{page.viewport_size['width']}.png"), full_page=True)


def axe_rules(page) -> set[str]:
    if reasons := missing_tools("axe"):
        pytest.skip("; ".join(reasons))
    return {violation["id"] for violation in axe_violations(page)}


def test_changelist_filter_links_are_24px_tall_on_a_phone(page, live_server, log_in, moderator, doctor):
    page.set_viewport_size(PHONE)
    log_in(page, moderator)
    page.goto(f"{live_server.url}/admin/doctors/doctorprofile/")
    links = page.locator("#changelist-filter a")
    expect(links.first).to_be_visible()
    heights = {links.nth(i).inner_text(): links.nth(i).bounding_box()["height"] for i in range(links.count())}
    assert heights and all(height >= 24 for height in heights.values()), heights
    shoot(page, "doctors")
    assert "target-size" not in axe_rules(page)


def test_the_headshot_file_input_has_a_label(page, live_server, log_in, moderator, doctor):
    log_in(page, moderator)
    page.goto(f"{live_server.url}/admin/doctors/doctorprofile/{doctor.pk}/change/")
    expect(page.get_by_label("Change headshot", exact=True)).to_have_attribute("type", "file")
    assert "label" not in axe_rules(page)


def test_read_only_inlines_are_reached_with_tab(page, live_server, log_in, moderator, doctor, photo_case):
    """The decisions and the photo images are read-only tables that scroll sideways on a phone: each
    must take focus, or a keyboard user could never scroll to their right-hand columns."""
    VerificationDecisionFactory(doctor=doctor, decided_by=moderator)
    page.set_viewport_size(PHONE)
    log_in(page, moderator)
    for path, inline in (
        (f"/admin/doctors/doctorprofile/{doctor.pk}/change/", "#decisions-group"),
        (f"/admin/photos/beforeafterphoto/{photo_case.pk}/change/", "#images-group"),
    ):
        page.goto(live_server.url + path)
        expect(page.locator(f"{inline} table")).to_be_visible()
        reached = False
        for _ in range(120):
            page.keyboard.press("Tab")
            if page.evaluate("(selector) => document.activeElement.closest(selector) !== null", inline):
                reached = True
                break
        assert reached, f"Tab never reaches {inline} on {path}"
        focused = page.locator(f"{inline} .wrapper")
        expect(focused).to_be_focused()
        expect(focused).to_have_accessible_name(page.locator(f"{inline} h2").text_content().strip())
        shoot(page, "photo-case" if "photos" in path else "doctor")
        assert not {"scrollable-region-focusable", "empty-table-header"} & axe_rules(page)


def test_changelist_tables_show_every_column_at_1280px(page, live_server, log_in, moderator, doctor, photo_case):
    ReviewFactory(doctor=doctor)
    page.set_viewport_size(DESKTOP)
    log_in(page, moderator)
    for name, path in (
        ("photo-cases", "/admin/photos/beforeafterphoto/"),
        ("reviews", "/admin/reviews/review/"),
        ("users", "/admin/accounts/user/"),
    ):
        page.goto(live_server.url + path)
        expect(page.locator("#result_list")).to_be_visible()
        table, box = page.evaluate(
            """() => { const t = document.querySelector('#result_list');
                       return [t.scrollWidth, t.closest('.results').clientWidth]; }"""
        )
        assert table <= box, f"{path}: the table is {table}px wide in a {box}px box, its right columns cut off"
        last_header = page.locator("#result_list thead th").last.bounding_box()
        assert last_header["x"] + last_header["width"] <= DESKTOP["width"], path
        shoot(page, name)
