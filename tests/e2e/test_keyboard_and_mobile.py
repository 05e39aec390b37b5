"""Keyboard-only asking, and every key page on a 375px phone: no sideways scrolling, tap targets
large enough (WCAG 2.5.8). The pages are found the way `make quality` finds them (quality/pages.py),
so a page joins these checks as soon as its app has a URL and rows."""

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from quality.checks import PHONE, horizontal_overflow, small_tap_targets
from quality.pages import DOCTOR, MODERATOR, PAGE_NAMES, PATIENT, Skip, find_page
from questions.models import DisclaimerVersion, Question
from tests.factories import AnswerFactory, DoctorProfileFactory, QuestionFactory

pytestmark = pytest.mark.django_db(transaction=True)

TITLE = "Is it normal to bruise for a week after lip filler?"
BODY = (
    "I had lip filler eight days ago and there is still a bruise on the left side of my upper lip. "
    "It does not hurt. Should I wait, or go back to the clinic?"
)


@pytest.fixture
def browser_context_args(browser_context_args):
    return {**browser_context_args, "viewport": PHONE, "is_mobile": True, "has_touch": True}


@pytest.fixture
def site(patient, doctor, treatment):
    """A small site: questions about one treatment, one of them answered twice."""
    # Transactional tests flush the data migration's disclaimer; answers need one.
    if not DisclaimerVersion.objects.exists():
        DisclaimerVersion.objects.create(number=1, text="The information in {doctor}'s answer is general education.")
    QuestionFactory.create_batch(3, author=patient, treatments=[treatment])
    question = QuestionFactory(author=patient, treatments=[treatment])
    AnswerFactory(question=question, doctor=doctor)
    AnswerFactory(question=question, doctor=DoctorProfileFactory())
    # The answer services keep these counters; factories write rows directly.
    Question.objects.filter(pk=question.pk).update(answer_count=2, first_answer_doctor=doctor)
    return {"patient": patient, "question": question}


def test_every_key_page_fits_a_phone(page, live_server, site, log_in, doctor, moderator):
    # One walk over all pages (setting up the site once); each page's problems are listed together.
    problems, skipped, pages = [], [], []
    for name in PAGE_NAMES:
        try:
            pages.append(find_page(name))
        except Skip as reason:
            skipped.append(f"{name}: {reason}")
    members = {PATIENT: site["patient"], DOCTOR: doctor.user, MODERATOR: moderator}
    logged_in = ""
    for key_page in sorted(pages, key=lambda p: p.login):  # anonymous pages first, then each role's
        name = key_page.name
        if key_page.login != logged_in:
            page.context.clear_cookies()
            log_in(page, members[key_page.login])
            logged_in = key_page.login
        response = page.goto(live_server.url + key_page.path)
        if response.status != 200:
            problems.append(f"{name} {key_page.path}: HTTP {response.status}")
            continue
        assert page.evaluate("() => window.innerWidth") == PHONE["width"]
        if overflow := horizontal_overflow(page):
            problems.append(f"{name} {key_page.path}: scrolls sideways by {overflow}px")
        if small := small_tap_targets(page):
            problems.append(f"{name} {key_page.path}: targets under 24x24px and crowded: {small}")
    print("skipped:", "; ".join(skipped) or "none")
    assert problems == []


def _focused(page) -> dict:
    """What has keyboard focus, and whether a sighted keyboard user can see that it has."""
    return page.evaluate(
        """() => {
          const el = document.activeElement;
          const style = getComputedStyle(el);
          const box = el.getBoundingClientRect();
          return {
            tag: el.tagName.toLowerCase(), type: (el.type || '').toLowerCase(), name: el.name || '',
            id: el.id, text: (el.innerText || el.value || '').trim().slice(0, 60),
            submit: el.matches('button[type=submit], input[type=submit], button:not([type])'),
            inForm: !!el.closest('main form[method=post]') && el.matches('input, select, textarea, button'), multiple: !!el.multiple, required: !!el.required,
            visible: box.width > 0 && box.height > 0,
            indicated: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 || style.boxShadow !== 'none',
          };
        }"""
    )


def _form_controls(page) -> list[str]:
    """The ask form's focusable controls in document order, as name or id (a radio group once), up
    to its first submit button."""
    return page.evaluate(
        """() => {
          const seen = new Set();
          const keys = [];
          for (const el of document.querySelectorAll('main form[method=post] :is(input, select, textarea, button)')) {
            if (el.type === 'hidden' || el.disabled || el.tabIndex < 0 || el.closest('[hidden]')) continue;
            const key = el.type === 'radio' ? `radio:${el.name}` : (el.name || el.id || el.type);
            if (!seen.has(key)) { seen.add(key); keys.push(key); }
            if (el.matches('button[type=submit], input[type=submit], button:not([type])')) break;
          }
          return keys;
        }"""
    )


def _key(focused: dict) -> str:
    return (
        f"radio:{focused['name']}"
        if focused["type"] == "radio"
        else (focused["name"] or focused["id"] or focused["type"])
    )


def _tab_through_form(page, *, fill: bool) -> list[str]:
    """From the top of the page: skip link, then Tab through the form (filling it if asked) to its
    submit button. Returns the controls reached, in order."""
    page.locator("body").focus()
    page.keyboard.press("Tab")
    focused = _focused(page)
    assert focused["text"] == "Skip to main content" and focused["visible"], "the skip link comes first and shows"
    page.keyboard.press("Enter")
    reached: list[str] = []
    ticked: set[str] = set()
    for _ in range(120):
        page.keyboard.press("Tab")
        focused = _focused(page)
        if not focused["inForm"]:
            continue
        assert focused["indicated"], f"no visible focus indicator on {focused}"
        if _key(focused) not in reached:
            reached.append(_key(focused))
        if focused["submit"]:
            return reached
        if fill:
            _fill_focused(page, focused, ticked)
    raise AssertionError(f"Tab never reached the form's submit button; reached {reached}")


def _fill_focused(page, focused: dict, ticked: set[str]) -> None:
    """Answer whatever control has focus the way a keyboard user would."""
    tag, kind, name = focused["tag"], focused["type"], focused["name"]
    if tag == "textarea":
        page.keyboard.type(BODY)
    elif tag == "select":
        page.keyboard.press("ArrowDown")
    elif kind in {"checkbox", "radio"}:
        # One choice per group (the first treatment, say), and any box the form requires.
        if (name not in ticked or focused["required"]) and not page.evaluate("() => document.activeElement.checked"):
            page.keyboard.press("Space")
        ticked.add(name)
    elif kind == "text":
        page.keyboard.type(TITLE if "title" in name else "Austin")
    elif kind == "number":
        page.keyboard.type("35")
    # Search boxes (a filter over the choices, say) and buttons are passed by.


def test_ask_form_works_with_the_keyboard_alone(page, live_server, site, treatment, password):
    treatment.name, treatment.slug = "Lip filler", "lip-filler"
    treatment.save()
    patient = site["patient"]

    # Log in without the mouse: the handle field has focus when the page opens.
    page.goto(f"{live_server.url}/accounts/login/")
    page.keyboard.type(patient.handle)
    page.keyboard.press("Tab")
    page.keyboard.type(password)
    page.keyboard.press("Enter")
    page.wait_for_url(f"{live_server.url}/")

    page.goto(f"{live_server.url}/questions/ask/")
    controls = _form_controls(page)
    if len(controls) < 2:
        pytest.skip("the ask page has no form yet")

    # Every control is reachable in document order, with a visible focus ring; submitting empty
    # shows errors on the same page.
    assert _tab_through_form(page, fill=False) == controls
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert urlsplit(page.url).path == "/questions/ask/"
    expect(page.locator("main form .is-invalid, main form [aria-invalid=true]").first).to_be_visible()

    # Then fill it in and send it, still by keyboard alone.
    _tab_through_form(page, fill=True)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    errors = page.locator(".invalid-feedback, .alert-danger").all_inner_texts()
    assert urlsplit(page.url).path != "/questions/ask/", f"the form did not go through: {errors}"
    expect(page.get_by_role("heading", name=TITLE)).to_be_visible()
    assert Question.objects.filter(author=patient, title=TITLE).exists()
