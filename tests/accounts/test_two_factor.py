"""Two-factor authentication for staff and doctors (settings.TWO_FACTOR_REQUIRED, accounts/two_factor.py).

pytest.ini turns the policy off for the rest of the suite; every test here turns it on. Codes are computed
from the stored secret with allauth's own TOTP arithmetic, as an authenticator app would.
"""

import time

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, generate_totp_secret, hotp_value
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from doctors.models import DoctorProfile
from questions.models import Answer
from tests.factories import DoctorProfileFactory, QuestionFactory, UserFactory

pytestmark = pytest.mark.django_db

LOGIN = "/accounts/login/"
CODE = "/accounts/2fa/authenticate/"
SET_UP = "/accounts/2fa/totp/activate/"
CONFIRM = "/accounts/2fa/reauthenticate/"


@pytest.fixture(autouse=True)
def _two_factor_required(settings):
    settings.TWO_FACTOR_REQUIRED = True


def enrol(user) -> str:
    """Give `user` a TOTP authenticator and recovery codes, as the set-up pages would; returns the secret."""
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    RecoveryCodes.activate(user)
    return secret


def code_for(secret: str, *, steps_ago: int = 0) -> str:
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30 - steps_ago))


def wrong_code(secret: str) -> str:
    return f"{(int(code_for(secret)) + 1) % 1_000_000:06d}"


def log_in(client: Client, user, password: str, next_url: str = "") -> object:
    return client.post(LOGIN + (f"?next={next_url}" if next_url else ""), {"login": user.handle, "password": password})


def logged_in_with_code(user, password: str, secret: str) -> Client:
    client = Client()
    assert log_in(client, user, password)["Location"] == CODE
    assert client.post(CODE, {"code": code_for(secret)}).status_code == 302
    return client


# Staff


def test_staff_without_two_factor_is_sent_to_set_up_instead_of_the_admin(client_as, moderator):
    client = client_as(moderator)
    response = client.get("/admin/", follow=True)
    assert response.redirect_chain[0] == (SET_UP, 302)
    assert response.status_code == 200
    assert "two-factor authentication" in response.text
    assert "Set up an authenticator app to continue" in response.text
    # The admin's own pages and actions are closed too, not only its index.
    assert client.get("/admin/moderation/moderationlog/")["Location"] == SET_UP
    assert client.post("/admin/moderation/flag/", {"action": "delete_selected"})["Location"] == SET_UP


def test_staff_without_two_factor_may_still_set_it_up_log_out_and_be_health_checked(client_as, moderator):
    client = client_as(moderator)
    # Set-up first asks for the password again (a session this old), and that page is open too.
    response = client.get(SET_UP, follow=True)
    assert response.redirect_chain == [(f"/accounts/reauthenticate/?next={SET_UP.replace('/', '%2F')}", 302)]
    assert response.status_code == 200
    assert client.get("/accounts/2fa/").status_code == 200
    assert client.get("/healthz").status_code == 200
    assert client.post("/accounts/logout/").status_code == 302
    assert "_auth_user_id" not in client.session


def test_staff_who_just_logged_in_set_up_two_factor_without_typing_the_password_again(moderator, password):
    client = Client()
    assert log_in(client, moderator, password, next_url="/admin/").status_code == 302
    response = client.get("/admin/", follow=True)
    assert response.redirect_chain == [(SET_UP, 302)]
    assert response.status_code == 200


def test_removing_a_second_factor_asks_for_the_password_even_right_after_log_in(moderator, password):
    secret = enrol(moderator)
    client = logged_in_with_code(moderator, password, secret)
    response = client.get("/accounts/2fa/totp/deactivate/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/reauthenticate/")


def test_with_the_policy_off_staff_reach_the_admin_without_two_factor(client_as, moderator, settings):
    settings.TWO_FACTOR_REQUIRED = False
    assert client_as(moderator).get("/admin/").status_code == 200


def test_staff_with_totp_are_asked_for_the_code_at_log_in_and_then_reach_the_admin(moderator, password):
    secret = enrol(moderator)
    client = Client()
    response = log_in(client, moderator, password, next_url="/admin/")
    assert response["Location"] == CODE
    # Password alone is not a log-in: no session user yet, and the admin still sends to log-in.
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/")["Location"].startswith("/admin/login/")

    response = client.post(CODE, {"code": code_for(secret)})
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_a_wrong_code_is_refused_and_repeated_wrong_codes_are_throttled(moderator, password):
    secret = enrol(moderator)
    client = Client()
    log_in(client, moderator, password)
    for _ in range(5):
        response = client.post(CODE, {"code": wrong_code(secret)})
        assert response.status_code == 200
        assert "Incorrect code" in response.text
        assert "_auth_user_id" not in client.session
    # The account's allowance of failed attempts (ACCOUNT_RATE_LIMITS "login_failed", 5 per 5 minutes
    # per account) is spent: even the right code is refused for now.
    response = client.post(CODE, {"code": code_for(secret)})
    assert response.status_code == 200
    assert "Too many failed" in response.text
    assert "_auth_user_id" not in client.session


def test_a_code_is_good_for_one_log_in_only(moderator, password):
    secret = enrol(moderator)
    code = code_for(secret)
    first = Client()
    log_in(first, moderator, password)
    assert first.post(CODE, {"code": code}).status_code == 302
    second = Client()
    log_in(second, moderator, password)
    response = second.post(CODE, {"code": code})
    assert "Incorrect code" in response.text
    assert "_auth_user_id" not in second.session


def test_each_recovery_code_logs_in_once(moderator, password):
    enrol(moderator)
    codes = RecoveryCodes(Authenticator.objects.get(user=moderator, type=Authenticator.Type.RECOVERY_CODES))
    code = codes.get_unused_codes()[0]

    client = Client()
    log_in(client, moderator, password, next_url="/admin/")
    assert client.post(CODE, {"code": code})["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200

    again = Client()
    log_in(again, moderator, password)
    response = again.post(CODE, {"code": code})
    assert "Incorrect code" in response.text
    assert "_auth_user_id" not in again.session
    assert code not in RecoveryCodes(Authenticator.objects.get(pk=codes.instance.pk)).get_unused_codes()


def test_the_admins_own_log_in_form_is_no_way_around_two_factor(client, moderator, password):
    enrol(moderator)
    response = client.get("/admin/login/?next=/admin/moderation/flag/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=%2Fadmin%2Fmoderation%2Fflag%2F"
    # Posting a handle and password to it logs nobody in.
    response = client.post("/admin/login/", {"username": moderator.handle, "password": password})
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/")["Location"].startswith("/admin/login/")


def test_the_admin_log_in_never_sends_anyone_to_another_site(client, client_as, moderator):
    response = client.get("/admin/login/?next=https://evil.example/")
    assert response["Location"] == "/accounts/login/?next=%2Fadmin%2F"
    enrol(moderator)
    assert client_as(moderator).get("/admin/login/?next=https://evil.example/")["Location"] != "https://evil.example/"


def test_an_enrolled_account_whose_session_skipped_the_code_is_asked_for_it(client_as, moderator):
    # A session made without allauth's stage (here force_login; in life any log-in path that skips it).
    secret = enrol(moderator)
    client = client_as(moderator)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"] == f"{CONFIRM}?next=%2Fadmin%2F"
    response = client.post(response["Location"], {"code": code_for(secret)})
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


# Transactional (so allauth announces the new authenticator after commit, within the request); the
# serialized rollback restores what migrations created for the tests after it.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_setting_up_totp_counts_as_the_sessions_second_factor(moderator, password, mailoutbox):
    client = Client()
    log_in(client, moderator, password)
    assert client.get("/")["Location"] == SET_UP
    # Just logged in with the password: set-up doesn't ask for it again.
    page = client.get(SET_UP)
    assert "two-factor authentication" in page.text  # the message saying why
    secret = page.context["form"].secret
    response = client.post(SET_UP, {"code": code_for(secret)})
    assert response["Location"] == "/accounts/2fa/recovery-codes/"
    assert client.get("/accounts/2fa/recovery-codes/").status_code == 200
    assert client.get("/admin/").status_code == 200
    assert "two-factor" in mailoutbox[-1].body.lower() or "authenticator" in mailoutbox[-1].body.lower()


# Doctors and patients


def test_a_verified_doctor_without_two_factor_is_sent_to_set_up_before_answering(client_as, doctor):
    question = QuestionFactory()
    client = client_as(doctor.user)
    url = f"/questions/{question.pk}/{question.slug}/answer/"
    assert client.get(url)["Location"] == SET_UP
    response = client.post(url, {"body": "Swelling settles in two weeks. " * 5})
    assert response["Location"] == SET_UP
    assert not Answer.objects.exists()


@pytest.mark.parametrize(
    ("status", "forced"),
    [
        (DoctorProfile.Status.VERIFIED, True),
        (DoctorProfile.Status.PENDING, True),
        (DoctorProfile.Status.SUSPENDED, True),
        (DoctorProfile.Status.REJECTED, False),
    ],
)
def test_every_doctor_but_a_rejected_applicant_must_set_up_two_factor(client_as, status, forced):
    profile = DoctorProfileFactory(status=status)
    response = client_as(profile.user).get("/accounts/")
    assert (response.status_code == 302 and response["Location"] == SET_UP) is forced


def test_a_patient_is_never_forced(client_as, patient):
    client = client_as(patient)
    for url in ("/", "/accounts/", "/questions/ask/", "/accounts/2fa/"):
        response = client.get(url)
        assert response.status_code == 200, url


def test_a_doctor_with_two_factor_answers_after_logging_in_with_the_code(doctor, password):
    secret = enrol(doctor.user)
    client = logged_in_with_code(doctor.user, password, secret)
    question = QuestionFactory()
    assert client.get(f"/questions/{question.pk}/{question.slug}/answer/").status_code == 200


# The cached user row


def test_the_check_reads_the_cached_user_row_and_a_new_authenticator_shows_at_once(client_as, doctor, settings):
    settings.USER_CACHE_SECONDS = 300
    client = client_as(doctor.user)
    assert client.get("/accounts/")["Location"] == SET_UP
    enrol(doctor.user)  # saves outside any request: the cached row must be dropped all the same
    assert client.get("/accounts/")["Location"].startswith(CONFIRM)
    Authenticator.objects.filter(user=doctor.user, type=Authenticator.Type.TOTP).get().delete()
    assert client.get("/accounts/")["Location"] == SET_UP


def test_the_policy_costs_no_query_on_a_request(doctor, password, settings):
    settings.USER_CACHE_SECONDS = 300
    client = logged_in_with_code(doctor.user, password, enrol(doctor.user))
    client.get("/accounts/")  # fills the cached row

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/accounts/").status_code == 200
        return len(captured)

    with_policy = queries()
    settings.TWO_FACTOR_REQUIRED = False
    assert queries() == with_policy


def test_a_rejected_doctor_and_a_new_staff_account_follow_their_current_role(client_as, settings):
    user = UserFactory()
    DoctorProfileFactory(user=user, status=DoctorProfile.Status.REJECTED)
    client = client_as(user)
    assert client.get("/accounts/").status_code == 200
    user.is_staff = True
    user.save()
    assert client.get("/accounts/")["Location"] == SET_UP
