"""The checkers' own tests drive the same Debian Chromium as the gates (never a downloaded browser)."""

import pytest

from quality.checks import CHROMIUM, CHROMIUM_ARGS, missing_tools


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if reasons := missing_tools("chromium"):
        pytest.skip("; ".join(reasons))
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def base_url():
    # Replaces pytest-playwright's own (a method-style session fixture that pytest 9 deprecates).
    return None
