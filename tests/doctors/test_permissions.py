"""Every doctor page for every role: anonymous, patient, pending/verified/suspended doctor, moderator."""

import pytest
from django.core.exceptions import PermissionDenied
from django.test import Client
from django.urls import reverse

from doctors.models import DoctorProfile
from doctors.permissions import check_is_verified_doctor
from tests.doctors.conftest import pdf_file
from tests.factories import DoctorProfileFactory

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "patient", "pending_doctor", "doctor", "suspended_doctor", "moderator"]
LOGIN = "login"  # a redirect to the login page


@pytest.fixture
def other_doctor(db):
    """A verified doctor none of the roles is; their licence is on file."""
    profile = DoctorProfileFactory(full_name="Helen Okafor", slug="helen-okafor")
    profile.licence_document.save("licence.pdf", pdf_file(), save=True)
    return profile


@pytest.fixture
def other_pending(db):
    profile = DoctorProfileFactory(
        full_name="Sam Pending", slug="sam-pending", status=DoctorProfile.Status.PENDING, verified_at=None
    )
    profile.licence_document.save("licence.pdf", pdf_file(), save=True)
    return profile


@pytest.fixture
def as_role(request, client_as):
    def make(role: str) -> Client:
        if role == "anonymous":
            return Client()
        user = request.getfixturevalue(role)
        return client_as(getattr(user, "user", user))

    return make


# (name, url builder, expected status for each role in ROLES order; "login" = 302 to the login page,
#  a path = 302 there)
MATRIX = [
    ("directory", lambda d, p: reverse("doctors:directory"), [200, 200, 200, 200, 200, 200]),
    ("verified profile", lambda d, p: d.get_absolute_url(), [200, 200, 200, 200, 200, 200]),
    ("pending profile", lambda d, p: reverse("doctors:profile", args=[p.slug]), [404, 404, 404, 404, 404, 404]),
    (
        "apply",
        lambda d, p: reverse("doctors:apply"),
        [LOGIN, 200, 200, "/doctors/dashboard/", "/doctors/dashboard/", 200],
    ),
    (
        "dashboard",
        lambda d, p: reverse("doctors:dashboard"),
        [LOGIN, "/doctors/apply/", 200, 200, 200, "/doctors/apply/"],
    ),
    ("edit profile", lambda d, p: reverse("doctors:profile_edit"), [LOGIN, 403, 403, 200, 403, 403]),
    ("licence of a verified doctor", lambda d, p: reverse("doctors:licence", args=[d.slug]), [404] * 5 + [200]),
    ("licence of a pending doctor", lambda d, p: reverse("doctors:licence", args=[p.slug]), [404] * 5 + [200]),
    (
        "admin doctor list",
        lambda d, p: reverse("admin:doctors_doctorprofile_changelist"),
        ["/admin/login/"] * 5 + [200],
    ),
    (
        "admin doctor page",
        lambda d, p: reverse("admin:doctors_doctorprofile_change", args=[p.pk]),
        ["/admin/login/"] * 5 + [200],
    ),
]


@pytest.mark.parametrize(("page_name", "url", "expected"), MATRIX, ids=[row[0] for row in MATRIX])
@pytest.mark.parametrize("role_index", range(len(ROLES)), ids=ROLES)
def test_permission_matrix(page_name, url, expected, role_index, as_role, other_doctor, other_pending):
    role, want = ROLES[role_index], expected[role_index]
    response = as_role(role).get(url(other_doctor, other_pending))
    response.close()  # the licence is streamed from an open file
    if want == LOGIN:
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_login"))
    elif isinstance(want, str):
        assert response.status_code == 302
        assert response["Location"].startswith(want)
    else:
        assert response.status_code == want, f"{role} on {page_name}"


def test_the_doctor_cannot_open_their_own_licence_document(client_as, pending_doctor):
    pending_doctor.licence_document.save("licence.pdf", pdf_file(), save=True)
    response = client_as(pending_doctor.user).get(reverse("doctors:licence", args=[pending_doctor.slug]))
    assert response.status_code == 404


def test_staff_without_the_licence_permission_get_a_reason(client_as, staff_without_doctor_permissions, other_doctor):
    response = client_as(staff_without_doctor_permissions).get(reverse("doctors:licence", args=[other_doctor.slug]))
    assert response.status_code == 403
    assert "Only moderators can open licence documents" in response.text


def test_only_moderators_can_post_a_decision_in_the_admin(client_as, doctor, other_pending):
    url = reverse("admin:doctors_doctorprofile_changelist")
    payload = {"action": "verify_selected", "_selected_action": [other_pending.pk], "confirm": "yes"}
    response = client_as(doctor.user).post(url, {**payload, f"evidence_{other_pending.pk}": "Checked."})
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    other_pending.refresh_from_db()
    assert other_pending.status == DoctorProfile.Status.PENDING


@pytest.mark.parametrize(
    ("role", "reason"),
    [
        ("anonymous", "Log in"),
        ("patient", "Only verified doctors can answer questions"),
        ("pending_doctor", "still being reviewed"),
        ("suspended_doctor", "suspended"),
    ],
)
def test_check_is_verified_doctor_explains_why_not(role, reason, request):
    from django.contrib.auth.models import AnonymousUser

    user = AnonymousUser() if role == "anonymous" else request.getfixturevalue(role)
    user = getattr(user, "user", user)
    with pytest.raises(PermissionDenied, match=reason):
        check_is_verified_doctor(user, action="answer questions")


def test_check_is_verified_doctor_explains_a_rejection(moderator):
    rejected = DoctorProfileFactory(status=DoctorProfile.Status.REJECTED, verified_at=None)
    with pytest.raises(PermissionDenied, match="not approved"):
        check_is_verified_doctor(rejected.user)


def test_check_is_verified_doctor_refuses_a_hidden_profile(doctor):
    DoctorProfile.objects.filter(pk=doctor.pk).update(hidden_at="2026-11-01T00:00:00Z")
    doctor.user.refresh_from_db()
    with pytest.raises(PermissionDenied, match="hidden"):
        check_is_verified_doctor(doctor.user)


def test_check_is_verified_doctor_returns_the_profile(doctor):
    assert check_is_verified_doctor(doctor.user) == doctor
