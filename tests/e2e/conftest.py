"""Browser journeys: pytest-playwright driving Debian's Chromium against Django's live server."""

import contextlib
import os
import time
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-results"

# Playwright's sync API runs an event loop; Django's async-safety check would refuse ORM calls.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    }


@pytest.fixture(autouse=True)
def _restore_migration_data(django_db_serialized_rollback):
    """Browser journeys are transactional: after each one the database is flushed and then reloaded
    with what migrations created (disclaimer version 1, the moderator groups), so the next test
    starts from the same state."""


@pytest.fixture
def page(page, request):
    page.set_default_timeout(10_000)
    yield page
    report = getattr(request.node, "rep_call", None)
    if report is not None and report.failed:
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"), full_page=True)


@pytest.fixture(autouse=True)
def _hang_up_before_the_database_goes(browser):
    """The live server answers each browser connection in a thread of its own, which closes its
    database connections when the browser hangs up. A journey may end as soon as a heading shows, with
    styles still loading and connections kept alive, in any context it opened: hang up every one now,
    while the test's database is still shared with those threads (pytest-django's database fixture is
    set up before this one, so it is torn down after), and give the threads a moment to finish."""
    yield
    for context in list(browser.contexts):
        for page in context.pages:
            with contextlib.suppress(Exception):  # a page still busy after 5 s is the test's own failure
                page.wait_for_load_state("networkidle", timeout=5_000)
        context.close()
    time.sleep(0.3)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"rep_{report.when}", report)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Run browser journeys last.

    Their transactional tests flush the database afterwards, which also removes rows that data
    migrations created (disclaimer version 1, moderator groups); running them last keeps every other
    test on a database as migrations left it, and lets the live server's connections close before the
    test database is dropped.
    """
    items.sort(key=lambda item: "tests/e2e/" in str(item.fspath) or "live_server" in getattr(item, "fixturenames", ()))


@pytest.fixture
def log_in(live_server, password):
    """Log `user` in through the real form."""

    def do(page, user):
        page.goto(f"{live_server.url}/accounts/login/")
        page.get_by_label("Handle or e-mail").fill(user.handle)
        page.get_by_label("Password").fill(password)
        page.get_by_role("button", name="Log in").click()
        page.wait_for_url(f"{live_server.url}/")

    return do


@pytest.fixture(scope="session")
def base_url():
    # Replaces pytest-playwright's own (a method-style session fixture that pytest 9 deprecates);
    # journeys build URLs from `live_server.url`.
    return None
