"""Browser journeys: pytest-playwright driving Debian's Chromium against Django's live server."""

import os
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
