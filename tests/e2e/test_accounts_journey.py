"""Accounts in a real browser: sign up, confirm the address from the e-mail, log out and back in; the
account pages look like the rest of the site at a phone and a desktop width."""

import os
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from accounts.models import User

pytestmark = pytest.mark.django_db(transaction=True)

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
# Set ACCOUNT_SCREENSHOTS=/some/dir to keep the screenshots for a look.
SHOTS = os.environ.get("ACCOUNT_SCREENSHOTS")


def test_sign_up_with_a_mistake_confirm_the_address_then_log_out_and_back_in(page, live_server, mailoutbox):
    page.goto(f"{live_server.url}/accounts/signup/")
    page.get_by_label("Handle").fill("calm-heron")
    page.get_by_label("E-mail address").fill("heron@example.com")
    page.locator("#id_password1").fill("a-Strong-passw0rd!")
    page.locator("#id_password2").fill("a-different-one")
    page.get_by_label("I accept the terms of use").check()
    page.get_by_role("button", name="Sign up").click()
    expect(page.get_by_text("You must type the same password each time")).to_be_visible()
    expect(page.get_by_label("Handle")).to_have_value("calm-heron")

    page.locator("#id_password1").fill("a-Strong-passw0rd!")
    page.locator("#id_password2").fill("a-Strong-passw0rd!")
    page.get_by_role("button", name="Sign up").click()
    expect(page.get_by_role("heading", name="Confirm your e-mail address")).to_be_visible()
    assert User.objects.filter(handle="calm-heron").exists()
    expect(page.get_by_role("button", name="Log out")).to_have_count(0)  # not logged in yet

    (mail,) = [message for message in mailoutbox if message.to == ["heron@example.com"]]
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", mail.body).group(0)
    page.goto(live_server.url + urlsplit(link).path)
    expect(page.get_by_text("heron@example.com")).to_be_visible()
    page.get_by_role("button", name="Confirm").click()
    expect(page.get_by_role("link", name="calm-heron")).to_be_visible()  # logged in
    assert User.objects.get(handle="calm-heron").has_confirmed_email

    page.goto(f"{live_server.url}/questions/ask/")
    expect(page.get_by_role("heading", name=re.compile("Ask", re.I)).first).to_be_visible()

    page.get_by_role("button", name="Log out").click()
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Handle or e-mail").fill("heron@example.com")
    page.get_by_label("Password").fill("a-Strong-passw0rd!")
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("link", name="calm-heron")).to_be_visible()


def test_a_long_address_fits_the_log_in_field(page, live_server, password):
    from tests.factories import UserFactory

    address = "patient.with.a.rather.long.name@patients.candid.example"
    UserFactory(handle="long-address", email=address)
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Handle or e-mail").fill(address)
    expect(page.get_by_label("Handle or e-mail")).to_have_value(address)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("link", name="long-address")).to_be_visible()


def _check_layout(page, name: str, width: str, tmp_path: Path) -> None:
    # The site's frame, its primary button colour, and nothing wider than the screen.
    expect(page.locator("nav.navbar")).to_be_visible()
    expect(page.locator("footer")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), f"{name} scrolls sideways"
    folder = Path(SHOTS) if SHOTS else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / f"{name}-{width}.png"), full_page=True)


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_account_pages_look_like_the_site(page, live_server, password, tmp_path, viewport, settings):
    from tests.factories import UserFactory

    width = "phone" if viewport is PHONE else "desktop"
    page.set_viewport_size(viewport)
    member = UserFactory(handle="snapshot")
    newcomer = UserFactory(handle="newcomer", email_confirmed=False)
    from allauth.account.models import EmailAddress

    address = EmailAddress.objects.create(user=newcomer, email=newcomer.email, primary=True)

    for name, path in [("login", "/accounts/login/"), ("signup", "/accounts/signup/")]:
        page.goto(live_server.url + path)
        expect(page.locator("button.btn-brand").first).to_be_visible()
        _check_layout(page, name, width, tmp_path)

    # The confirmation page, as the e-mail link opens it.
    from allauth.account.models import EmailConfirmationHMAC

    page.goto(f"{live_server.url}/accounts/confirm-email/{EmailConfirmationHMAC(address).key}/")
    expect(page.locator("button.btn-brand")).to_be_visible()
    _check_layout(page, "confirm-email", width, tmp_path)

    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Handle or e-mail").fill(member.handle)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(f"{live_server.url}/")
    for name, path in [("email", "/accounts/email/"), ("password-change", "/accounts/password/change/")]:
        page.goto(live_server.url + path)
        expect(page.locator(".btn-brand").first).to_be_visible()
        _check_layout(page, name, width, tmp_path)

    # The throttled visitor's page.
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "login": "1/m/ip"}
    page.context.clear_cookies()
    for _ in range(2):
        page.goto(f"{live_server.url}/accounts/login/")
        page.get_by_label("Handle or e-mail").fill("someone")
        page.get_by_label("Password").fill("wrong-password")
        page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="You're going a little fast")).to_be_visible()
    _check_layout(page, "429", width, tmp_path)


def test_a_members_navigation_fits_one_line_from_1200px_and_opens_on_a_phone(page, live_server, log_in):
    from tests.factories import UserFactory

    member = UserFactory(handle="quiet-heron-with-a-long-name1")  # 29 of the 30 characters a handle may have
    log_in(page, member)
    middles = """() => [...document.querySelectorAll('nav .navbar-brand, #main-nav > ul > li, #main-nav > form')]
        .map(el => { const box = el.getBoundingClientRect(); return Math.round(box.top + box.height / 2); })"""
    for width in (1200, 1280, 1440):
        page.set_viewport_size({"width": width, "height": 800})
        page.goto(f"{live_server.url}/questions/")
        rows = page.evaluate(middles)
        # One line: no item below another, and no label broken over two lines inside its item.
        assert page.evaluate("document.querySelector('nav.navbar').offsetHeight") <= 64, f"two lines at {width}px"
        assert max(rows) - min(rows) <= 4, f"the navigation wraps at {width}px: {rows}"
        assert len(rows) == 10, rows  # brand, five sections, search, ask, the account menu, log out
    page.get_by_role("link", name=member.handle).click()
    page.get_by_role("link", name="For doctors").click()
    expect(page).to_have_url(re.compile(r"/doctors/"))

    page.set_viewport_size(PHONE)
    page.goto(f"{live_server.url}/questions/")
    expect(page.get_by_role("link", name=member.handle)).to_be_hidden()
    page.get_by_role("button", name="Toggle navigation").click()
    page.get_by_role("link", name=member.handle).click()
    expect(page.get_by_role("link", name="For doctors")).to_be_visible()
    expect(page.get_by_role("button", name="Log out")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
