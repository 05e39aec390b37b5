"""The gate sees pages as each role sees them: the patient's, the doctor's and the moderator's pages are
found in the data with the demo member to log in as, and the gate answers the two-factor set-up that
doctors and staff meet with codes an authenticator app would show."""

import base64

import pytest

from quality.gate import totp_code
from quality.pages import DOCTOR, MODERATOR, PATIENT, key_pages
from tests.factories import DoctorProfileFactory, VerificationDecisionFactory


def test_totp_codes_match_rfc_6238():
    # RFC 6238, appendix B (SHA-1), the last six digits.
    secret = base64.b32encode(b"12345678901234567890").decode()
    assert totp_code(secret, at=59) == "287082"
    assert totp_code(secret, at=1111111109) == "081804"
    assert totp_code(secret.rstrip("="), at=1234567890) == "005924"


@pytest.mark.django_db
def test_logged_in_pages_name_the_role_they_are_seen_as(moderator):
    DoctorProfileFactory()
    busiest = DoctorProfileFactory()
    VerificationDecisionFactory.create_batch(2, doctor=busiest, decided_by=moderator)
    pages, skipped = key_pages()
    assert skipped.keys().isdisjoint(
        {"my candid", "doctor dashboard", "admin index", "flag queue", "admin changelist", "admin change page"}
    ), skipped
    seen_as = {page.name: (page.path, page.login) for page in pages}
    assert seen_as["account"] == ("/accounts/", PATIENT)
    assert seen_as["my candid"] == ("/accounts/mine/", PATIENT)
    assert seen_as["doctor dashboard"] == ("/doctors/dashboard/", DOCTOR)
    assert seen_as["admin index"] == ("/admin/", MODERATOR)
    assert seen_as["flag queue"] == ("/admin/moderation/flag/", MODERATOR)
    assert seen_as["admin changelist"] == ("/admin/doctors/doctorprofile/", MODERATOR)
    # The change page of the doctor with the most decisions: the verification inline at its fullest.
    assert seen_as["admin change page"] == (f"/admin/doctors/doctorprofile/{busiest.pk}/change/", MODERATOR)
    assert seen_as["home"][1] == ""
    assert seen_as["api tokens"] == ("/accounts/api-tokens/", PATIENT)
    assert seen_as["reviews widget settings"] == ("/doctors/dashboard/widget/", DOCTOR)
    # The widget of the verified doctor with the most reviews, seen as a visitor's browser frames it.
    assert seen_as["reviews widget"][1] == ""

    assert seen_as["notices"] == ("/accounts/notices/", PATIENT)
    assert seen_as["email preferences"] == ("/accounts/email-preferences/", PATIENT)
