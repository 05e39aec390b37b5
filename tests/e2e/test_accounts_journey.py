import pytest
from playwright.sync_api import expect

from accounts.models import User

pytestmark = pytest.mark.django_db(transaction=True)


def test_sign_up_with_a_mistake_then_log_out_and_back_in(page, live_server):
    page.goto(f"{live_server.url}/accounts/signup/")
    page.get_by_label("Public handle").fill("calm-heron")
    page.get_by_label("E-mail address").fill("heron@example.com")
    page.locator("#id_password1").fill("a-Strong-passw0rd!")
    page.locator("#id_password2").fill("a-different-one")
    page.get_by_role("button", name="Sign up").click()
    expect(page.get_by_text("The two password fields didn")).to_be_visible()
    expect(page.get_by_label("Public handle")).to_have_value("calm-heron")

    page.locator("#id_password1").fill("a-Strong-passw0rd!")
    page.locator("#id_password2").fill("a-Strong-passw0rd!")
    page.get_by_role("button", name="Sign up").click()
    expect(page.get_by_role("heading", name="Your account")).to_be_visible()
    assert User.objects.filter(handle="calm-heron").exists()

    page.get_by_role("button", name="Log out").click()
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Handle or e-mail").fill("heron@example.com")
    page.get_by_label("Password").fill("a-Strong-passw0rd!")
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("link", name="calm-heron")).to_be_visible()
