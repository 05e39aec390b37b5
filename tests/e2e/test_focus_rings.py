"""Keyboard focus can be seen (WCAG 2.2, 1.4.11 and 2.4.13): a solid 3 px ring, white on the teal
navigation bar and dark teal on the page, never Bootstrap's pale shadow alone."""

import pytest

pytestmark = pytest.mark.django_db(transaction=True)


def _ring(page, selector: str) -> dict:
    return page.eval_on_selector(
        selector,
        "el => { const s = getComputedStyle(el); return {style: s.outlineStyle, width: s.outlineWidth, color: s.outlineColor}; }",
    )


def test_focused_controls_show_a_solid_ring(page, live_server):
    page.goto(f"{live_server.url}/questions/")
    page.keyboard.press("Tab")  # skip link
    page.keyboard.press("Tab")  # brand
    page.keyboard.press("Tab")  # first navigation link
    nav = _ring(page, ".navbar .nav-link:focus-visible")
    assert (nav["style"], nav["width"], nav["color"]) == ("solid", "3px", "rgb(255, 255, 255)")

    page.focus("#filter-treatment")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    select = _ring(page, "#filter-treatment")
    assert (select["style"], select["width"], select["color"]) == ("solid", "3px", "rgb(8, 70, 80)")
