"""The gates fail when a page gains a problem: known-bad pages go through the very checkers
`make quality` uses (quality/checks.py) and the same pass/fail rule (quality/gate.py)."""

import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

from quality.checks import (
    axe_violations,
    horizontal_overflow,
    lighthouse_failures,
    lighthouse_scores,
    missing_tools,
    small_tap_targets,
    vnu_check,
    vnu_errors,
)
from quality.gate import PageResult

# An image without alt text, an input without a label, a <div> inside a <p>, a duplicate id.
BAD_PAGE = """<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>A bad page</title></head>
<body>
<main>
  <h1>A bad page</h1>
  <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="40" height="40">
  <form action="/search"><input type="text" name="q" id="q"><input type="text" name="r" id="q"></form>
  <p>A paragraph <div>with a block inside</div></p>
</main>
</body>
</html>
"""

GOOD_PAGE = """<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>A good page</title><meta name="description" content="A page with nothing wrong."></head>
<body>
<main>
  <h1>A good page</h1>
  <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="40" height="40" alt="A grey square">
  <form action="/search"><label for="q">Search</label> <input type="text" name="q" id="q"></form>
  <p>A paragraph with <a href="/more">a link inside a sentence</a>.</p>
</main>
</body>
</html>
"""

WIDE_PAGE = GOOD_PAGE.replace("<h1>", '<div style="width: 600px">wide</div><h1>')


def _skip_unless(*tools: str) -> None:
    reasons = missing_tools(*tools)
    if reasons:
        pytest.skip("; ".join(reasons))


def test_axe_reports_the_missing_alt_text_and_label(page):
    _skip_unless("chromium", "axe")
    page.set_content(BAD_PAGE)
    rules = {violation["id"] for violation in axe_violations(page)}
    assert {"image-alt", "label"} <= rules


def test_axe_finds_nothing_on_a_clean_page(page):
    _skip_unless("chromium", "axe")
    page.set_content(GOOD_PAGE)
    assert axe_violations(page) == []


def test_vnu_reports_invalid_html_and_passes_valid_html():
    _skip_unless("vnu")
    results = vnu_check({"bad": BAD_PAGE, "good": GOOD_PAGE})
    bad = " ".join(m["message"] for m in results["bad"] if m["type"] == "error")
    assert "No “p” element in scope" in bad
    assert "must have an “alt” attribute" in bad
    assert "Duplicate ID “q”" in bad
    assert [m for m in results["good"] if m["type"] == "error"] == []
    # The single-document helper the gate's tests and callers use says the same.
    assert vnu_errors(BAD_PAGE)
    assert vnu_errors(GOOD_PAGE) == []


def test_phone_layout_checks_catch_sideways_scrolling_and_tiny_targets(page):
    _skip_unless("chromium")
    page.set_viewport_size({"width": 375, "height": 812})
    page.set_content(WIDE_PAGE)
    assert horizontal_overflow(page) > 0
    page.set_content(
        GOOD_PAGE.replace("</main>", '<p><a href="/x">x</a><a href="/y">y</a></p><p><a href="/z">z</a></p></main>')
    )
    assert horizontal_overflow(page) == 0
    # "x" and "y" are tiny and touching; "z" is as tiny but has room around it, and the link
    # inside a sentence is exempt (WCAG 2.5.8).
    small = [target.split(" ")[1] for target in small_tap_targets(page)]
    assert '"x"' in small and '"y"' in small, small
    assert '"z"' not in small and '"a' not in small, small


def test_lighthouse_scores_a_bad_page_below_the_minimum(tmp_path):
    _skip_unless("lighthouse")
    (tmp_path / "bad.html").write_text(BAD_PAGE, encoding="utf-8")
    handler = partial(SimpleHTTPRequestHandler, directory=str(tmp_path))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        scores = lighthouse_scores(f"http://127.0.0.1:{server.server_port}/bad.html", categories=["accessibility"])
    finally:
        server.shutdown()
        server.server_close()
    assert scores["accessibility"] < 95
    assert lighthouse_failures(scores) == [f"accessibility {scores['accessibility']} < 95"]


def test_the_gate_fails_a_page_on_any_single_finding():
    def result(**found) -> PageResult:
        return PageResult(name="home", path="/", login=False, lighthouse=True, **found)

    clean = {"status": {"phone": 200, "desktop": 200}, "scores": dict.fromkeys(["performance", "seo"], 100)}
    assert result(**clean).failures() == []
    violation = {"id": "image-alt", "impact": "critical", "help": "Images must have alternate text", "nodes": [{}]}
    assert result(**clean | {"axe": {"phone": [violation]}}).failures() == ["axe image-alt (phone, 1 nodes)"]
    vnu_error = {"type": "error", "message": "Stray end tag “div”.", "lastLine": 3}
    assert result(**clean | {"vnu_errors": [vnu_error]}).failures() == ["vnu error line 3: Stray end tag “div”."]
    assert result(**clean | {"scores": {"performance": 94, "seo": 100}}).failures() == [
        "Lighthouse performance 94 < 95"
    ]
    assert result(**clean | {"overflow": 12}).failures() == ["scrolls sideways by 12px at 375px"]
    assert result(**clean | {"console_errors": ["Refused to apply inline style"]}).failures()
    assert result(**clean | {"status": {"phone": 500, "desktop": 500}}).failures()
