"""A moderator without two-factor logs in, is sent to set up an authenticator app, reads the secret from
the page as an app would, enters a code, sees the recovery codes and reaches the admin; then logs out and
back in with a code. Screenshots of the set-up pages at phone and desktop widths go to test-results/."""

import re
import time

import pytest
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from playwright.sync_api import expect

from tests.e2e.conftest import ARTIFACTS

pytestmark = pytest.mark.django_db(transaction=True)

SHOTS = ARTIFACTS / "two-factor"
LOG_IN = re.compile(r"^(log in|sign in)$", re.IGNORECASE)
WIDTHS = {"phone": {"width": 375, "height": 812}, "desktop": {"width": 1280, "height": 900}}


def code_for(secret: str) -> str:
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def screenshots(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    for width, size in WIDTHS.items():
        page.set_viewport_size(size)
        page.screenshot(path=str(SHOTS / f"{name}-{width}.png"), full_page=True)
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{name} scrolls sideways at {width} width"
    page.set_viewport_size(WIDTHS["desktop"])


def test_a_moderator_sets_up_totp_then_logs_in_with_a_code(page, live_server, settings, moderator, password):
    settings.TWO_FACTOR_REQUIRED = True
    base = live_server.url

    page.goto(f"{base}/accounts/login/?next=/admin/")
    page.get_by_label("Handle or e-mail").fill(moderator.handle)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name=LOG_IN).click()

    # Sent to set-up, told why; having just typed the password, not asked for it again.
    expect(page.get_by_text("protected with two-factor authentication")).to_be_visible()
    expect(page.get_by_role("heading", name="Set up an authenticator app")).to_be_visible()
    screenshots(page, "set-up")

    # The secret, as an authenticator app would read it from the QR code.
    secret = page.get_by_label("Authenticator secret").input_value()
    assert re.fullmatch(r"[A-Z2-7]{32}", secret)
    page.get_by_label("Authenticator code").fill(code_for(secret))
    page.get_by_role("button", name="Activate").click()

    expect(page.get_by_role("heading", name="Recovery codes")).to_be_visible()
    codes = page.get_by_label("Unused codes").input_value().split()
    assert len(codes) == 10
    assert all(re.fullmatch(r"\d{8}", code) for code in codes)
    screenshots(page, "recovery-codes")

    page.get_by_role("link", name="Continue").click()
    expect(page.get_by_role("heading", name="Moderation console")).to_be_visible()

    # Log out, and back in: the password alone is not enough.
    page.goto(f"{base}/")
    page.get_by_role("button", name="Log out").click()
    page.goto(f"{base}/admin/")
    expect(page).to_have_url(re.compile(r"/accounts/login/"))
    page.get_by_label("Handle or e-mail").fill(moderator.handle)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name=LOG_IN).click()
    expect(page).to_have_url(re.compile(r"/accounts/2fa/authenticate/"))
    screenshots(page, "code")
    page.get_by_label("Code").fill("000000" if code_for(secret) != "000000" else "111111")
    page.get_by_role("button", name=LOG_IN).click()
    expect(page.get_by_text("Incorrect code")).to_be_visible()
    page.get_by_label("Code").fill(code_for(secret))
    page.get_by_role("button", name=LOG_IN).click()
    expect(page.get_by_role("heading", name="Moderation console")).to_be_visible()
