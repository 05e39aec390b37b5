"""Every allauth page a member can reach speaks the site's words ("e-mail", "Log in", sentence-case
headings, a sentence saying why the page exists), not allauth's defaults, and keeps allauth's form fields."""

import re
from datetime import timedelta

import pytest
from allauth.account.forms import default_token_generator
from allauth.account.utils import user_pk_to_url_str
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django import forms
from django.template.loader import render_to_string
from django.test import Client, RequestFactory
from django.utils import timezone

pytestmark = pytest.mark.django_db

# allauth's own words for these pages; none may show on the site's versions (case matters: "Change
# password" is the site's button, "Change Password" allauth's).
ALLAUTH_WORDS = [
    "Email Address",
    "Current email",
    "Change to:",
    "Change Email",
    "Re-send Verification",
    "Cancel Change",
    "Change Password",
    "Set Password",
    "Password Reset",
    "Reset My Password",
    "Bad Token",
    "Confirm Access",
    "reauthenticate",
    "Sign Out",
    "Sign In",
    "sign out",
    "Account Inactive",
    "Verify Your Email",
    "Two-Factor Authentication",
    "Authenticator App",
    "Recovery Codes",
    "Security Keys",
    "Add Security Key",
    "Edit Security Key",
    "Remove Security Key",
    "Deactivate",
    "authenticator code:",
    "Trust this Browser",
    "New Password",
    "Current Password",
]


def _visible_text(html: str) -> str:
    body = html.split("<main", 1)[1].split("</main>", 1)[0]
    body = re.sub(r"<script.*?</script>", " ", body, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", body))


def _heading(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S).group(1))).strip()


def _assert_site_words(html: str, heading: str, *phrases: str) -> None:
    text = _visible_text(html)
    assert _heading(html) == heading
    for phrase in phrases:
        assert phrase in text, phrase
    left = [word for word in ALLAUTH_WORDS if word in text or word in _heading(html)]
    assert left == [], f"allauth's words on {heading!r}: {left}"


@pytest.fixture
def fresh(patient, password) -> Client:
    """The patient, logged in and just asked for the password again (so no page asks for it)."""
    client = Client()
    assert client.post("/accounts/login/", {"login": patient.handle, "password": password}).status_code == 302
    assert client.post("/accounts/reauthenticate/", {"password": password}).status_code == 302
    return client


def _enrol(user) -> str:
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    RecoveryCodes.activate(user)
    return secret


@pytest.mark.parametrize(
    ("path", "heading", "phrases"),
    [
        (
            "/accounts/email/",
            "Your e-mail address",
            ["Current e-mail address", "New e-mail address", "Change e-mail address", "we'll send it a link"],
        ),
        (
            "/accounts/password/change/",
            "Change your password",
            ["Current password", "New password again", "Change password", "We'll e-mail you"],
        ),
        ("/accounts/logout/", "Log out", ["Log out of", "Stay logged in"]),
        ("/accounts/2fa/", "Two-factor authentication", ["Authenticator app", "Security keys", "Recovery codes"]),
        ("/accounts/2fa/totp/activate/", "Set up an authenticator app", ["Authenticator secret", "Activate"]),
        ("/accounts/2fa/webauthn/", "Security keys", ["You haven't added a security key yet", "Add a security key"]),
        ("/accounts/2fa/webauthn/add/", "Add a security key", ["Add the key"]),
    ],
)
def test_a_members_account_pages_speak_the_sites_words(fresh, path, heading, phrases):
    page = fresh.get(path)
    assert page.status_code == 200
    _assert_site_words(page.text, heading, *phrases)


def test_the_e_mail_page_keeps_allauths_fields_and_explains_a_pending_change(fresh, patient):
    fresh.post("/accounts/email/", {"email": "new-address@example.com", "action_add": ""})
    page = fresh.get("/accounts/email/").text
    _assert_site_words(page, "Your e-mail address", "Changing to", "Send the link again", "Cancel the change")
    assert 'name="email"' in page and 'name="action_add"' in page
    assert 'name="action_send"' in page and 'name="action_remove"' in page


def test_reauthentication_says_which_change_it_protects(patient):
    client = Client()
    client.force_login(patient)  # an old session: changes ask for the password again
    response = client.post("/accounts/email/", {"email": "new-address@example.com", "action_add": ""}, follow=True)
    _assert_site_words(
        response.content.decode(),
        "Confirm it's you",
        "We ask for your password again before changing your e-mail address.",
        "Your password",
        "Confirm",
    )
    assert 'name="password"' in response.content.decode()
    generic = client.get("/accounts/reauthenticate/").text
    _assert_site_words(generic, "Confirm it's you", "We ask again before changes that keep your account safe")


@pytest.mark.parametrize(
    ("path", "heading", "phrases"),
    [
        ("/accounts/password/reset/", "Reset your password", ["E-mail address", "Send the link", "Log in"]),
        ("/accounts/password/reset/done/", "Check your e-mail", ["If an account uses that address"]),
        ("/accounts/password/reset/key/1-not-a-key/", "This link no longer works", ["Ask for a new link"]),
        ("/accounts/password/reset/key/done/", "Password changed", ["Log in"]),
        ("/accounts/inactive/", "This account is not active", ["can't be used to log in"]),
        ("/accounts/confirm-email/not-a-key/", "Confirm your e-mail address", ["has expired or is not valid"]),
    ],
)
def test_the_pages_before_log_in_speak_the_sites_words(client, path, heading, phrases):
    page = client.get(path)
    assert page.status_code == 200
    _assert_site_words(page.text, heading, *phrases)


def test_the_password_reset_link_asks_for_a_new_password_in_the_sites_words(client, patient):
    link = f"/accounts/password/reset/key/{user_pk_to_url_str(patient)}-{default_token_generator.make_token(patient)}/"
    page = client.get(link, follow=True)
    _assert_site_words(page.content.decode(), "Choose a new password", "New password", "Change password", "Cancel")
    assert 'name="password1"' in page.content.decode() and 'name="password2"' in page.content.decode()


def test_a_mistyped_password_change_shows_allauths_errors_under_the_sites_labels(fresh):
    page = fresh.post(
        "/accounts/password/change/",
        {"oldpassword": "not-my-password", "password1": "a-Strong-passw0rd!", "password2": "another-one"},
    ).text
    _assert_site_words(page, "Change your password", "Please type your current password.")
    assert "You must type the same password each time." in page
    assert "not-my-password" not in page and "a-Strong-passw0rd!" not in page  # never written back


def test_the_code_step_at_log_in_says_log_in(patient, password):
    _enrol(patient)
    client = Client()
    assert client.post("/accounts/login/", {"login": patient.handle, "password": password})["Location"] == (
        "/accounts/2fa/authenticate/"
    )
    page = client.get("/accounts/2fa/authenticate/").text
    _assert_site_words(page, "Enter your code", "two-factor authentication", "recovery codes", "Log in", "Cancel")
    assert 'name="code"' in page


def test_the_two_factor_management_pages_speak_the_sites_words(fresh, patient):
    _enrol(patient)
    key = Authenticator.objects.create(
        user=patient,
        type=Authenticator.Type.WEBAUTHN,
        data={"name": "Blue key", "credential": {"clientExtensionResults": {"credProps": {"rk": False}}}},
    )
    pages = [
        ("/accounts/2fa/", "Two-factor authentication", ["Turn off", "10 of 10 codes left", "Manage security keys"]),
        ("/accounts/2fa/totp/deactivate/", "Turn off the authenticator app", ["Turn off", "Keep it on"]),
        ("/accounts/2fa/recovery-codes/", "Recovery codes", ["10 of 10 codes left", "Generate new codes"]),
        ("/accounts/2fa/recovery-codes/generate/", "New recovery codes", ["will stop working"]),
        ("/accounts/2fa/reauthenticate/", "Confirm it's you", ["code from your authenticator app", "Confirm"]),
        ("/accounts/2fa/webauthn/", "Security keys", ["Blue key", "Rename", "Remove"]),
        (f"/accounts/2fa/webauthn/keys/{key.pk}/edit/", "Rename security key", ["Save"]),
        (f"/accounts/2fa/webauthn/keys/{key.pk}/remove/", "Remove this security key?", ["Blue key", "Keep it"]),
    ]
    for path, heading, phrases in pages:
        page = fresh.get(path)
        assert page.status_code == 200, path
        _assert_site_words(page.text, heading, *phrases)


def test_setting_a_first_password_speaks_the_sites_words(patient):
    patient.set_unusable_password()
    patient.save()
    client = Client()
    client.force_login(patient)
    page = client.get("/accounts/password/set/").text
    _assert_site_words(page, "Set a password", "has no password yet", "New password again", "Set password")
    assert 'name="password1"' in page and 'name="password2"' in page


def test_the_pages_without_a_url_of_their_own_speak_the_sites_words(patient):
    request = RequestFactory().get("/questions/ask/")
    request.user = patient
    page = render_to_string("account/verified_email_required.html", {"user": patient}, request=request)
    _assert_site_words(page, "Confirm your e-mail address first", "needs a confirmed e-mail address")

    # "Trust this browser?" after the code, when settings.MFA_TRUST_ENABLED is on.
    now = timezone.now()
    context = {"form": forms.Form(), "trust_from": now, "trust_until": now + timedelta(days=14)}
    page = render_to_string("mfa/trust.html", context, request=request)
    _assert_site_words(page, "Trust this browser?", "for the next 2 weeks", "Trust it for 2 weeks", "Don't trust it")


# The navigation: "For doctors" joins the account menu once logged in, so the bar fits one line.


def _nav(html: str) -> str:
    return html.split('<nav class="navbar', 1)[1].split("</nav>", 1)[0]


def test_a_members_navigation_keeps_every_item_with_for_doctors_in_the_account_menu(fresh, patient):
    nav = _nav(fresh.get("/questions/").text)
    menu = nav.split('class="dropdown-menu', 1)[1].split("</ul>", 1)[0]
    assert f'<span class="nav-handle" title="{patient.handle}">{patient.handle}</span>' in nav
    for label in ("Your account", "E-mail address", "Change password", "Two-factor authentication", "For doctors"):
        assert label in menu, label
    assert "Log out</button>" in nav.replace(menu, "")  # still one click away
    for label in ("Treatments", "Questions", "Doctors", "Reviews", "Photos", "Ask a doctor"):
        assert label in nav


def test_a_visitors_navigation_shows_for_doctors_beside_log_in(client):
    nav = _nav(client.get("/questions/").text)
    assert "dropdown-menu" not in nav
    for label in ("For doctors", "Log in", "Sign up"):
        assert f">{label}</a>" in nav
