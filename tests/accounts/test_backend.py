"""The auth backend loads the logged-in user with whether they are a doctor, in one query."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts.backends import ModelBackendWithRoles
from doctors.permissions import doctor_profile_for

pytestmark = pytest.mark.django_db


def test_a_patient_is_loaded_with_no_doctor_profile_in_one_query(patient):
    with CaptureQueriesContext(connection) as queries:
        user = ModelBackendWithRoles().get_user(patient.pk)
        assert user == patient
        assert user.handle == "patient1"
        assert user.date_joined == patient.date_joined
        assert user.has_doctor_profile is False
        assert doctor_profile_for(user) is None
    assert len(queries) == 1


def test_a_doctor_is_loaded_with_their_profile_on_first_use(doctor):
    user = ModelBackendWithRoles().get_user(doctor.user.pk)
    assert user.has_doctor_profile is True
    assert doctor_profile_for(user) == doctor


@pytest.mark.parametrize("user_id", [None, "not-a-number", 987654])
def test_unknown_or_malformed_ids_give_no_user(user_id):
    assert ModelBackendWithRoles().get_user(user_id) is None


def test_a_deactivated_account_is_logged_out(patient):
    patient.is_active = False
    patient.save()
    assert ModelBackendWithRoles().get_user(patient.pk) is None


def test_a_logged_in_session_uses_it(client_as, patient):
    client = client_as(patient)
    assert client.session["_auth_user_backend"] == "accounts.backends.ModelBackendWithRoles"
    assert client.get("/accounts/").status_code == 200


@pytest.fixture
def user_cache_on(settings):
    settings.USER_CACHE_SECONDS = 300


def _load(user_id):
    with CaptureQueriesContext(connection) as queries:
        user = ModelBackendWithRoles().get_user(user_id)
    return user, len(queries)


def test_with_the_user_cache_a_second_request_needs_no_query(user_cache_on, patient):
    assert _load(patient.pk)[1] == 1
    user, queries = _load(patient.pk)
    assert queries == 0
    assert user == patient and user.handle == "patient1"
    assert user.has_doctor_profile is False and doctor_profile_for(user) is None


def test_saving_the_user_drops_the_cached_row(user_cache_on, patient):
    _load(patient.pk)
    patient.handle = "renamed"
    patient.save()
    assert _load(patient.pk)[0].handle == "renamed"
    patient.is_active = False
    patient.save()
    assert _load(patient.pk)[0] is None


def test_a_new_doctor_profile_drops_the_cached_row(user_cache_on, patient):
    from tests.factories import DoctorProfileFactory

    assert _load(patient.pk)[0].has_doctor_profile is False
    profile = DoctorProfileFactory(user=patient)
    user = _load(patient.pk)[0]
    assert user.has_doctor_profile is True
    assert doctor_profile_for(user) == profile


def test_a_password_change_still_logs_out_other_sessions(user_cache_on, client_as, patient):
    client = client_as(patient)
    assert client.get("/accounts/").status_code == 200  # the row is cached now
    patient.set_password("a-new-long-password-2026")
    patient.save()
    assert client.get("/accounts/").status_code == 302  # the session's password hash no longer matches


def test_a_deleted_user_is_logged_out(user_cache_on, client_as, patient):
    client = client_as(patient)
    assert client.get("/accounts/").status_code == 200
    patient.delete()
    assert client.get("/accounts/").status_code == 302
