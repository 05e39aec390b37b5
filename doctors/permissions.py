"""Who may do what as, or about, a doctor. Each check raises PermissionDenied with a reason a person can read.

`check_is_verified_doctor` is the doctor half of other apps' rules: questions' `check_can_write_answers`
(answering, editing an answer), reviews' `check_can_respond` and photos' `check_can_upload_case` start
with it and use the profile it returns. Pages ask those rules, never this one, about those actions.
"""

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from accounts.permissions import check_can_participate
from core.permissions import register
from doctors.models import DoctorProfile

VERIFY_PERMISSION = "doctors.verify_doctorprofile"
LICENCE_PERMISSION = "doctors.view_licence_document"


def doctor_profile_for(user) -> DoctorProfile | None:
    """The user's own doctor profile in any state, or None (also for anonymous users). One query."""
    if not user.is_authenticated:
        return None
    # Reuse the relation when a caller already loaded it (select_related, or an earlier check).
    if get_user_model().doctor_profile.is_cached(user):
        return getattr(user, "doctor_profile", None)
    return DoctorProfile.objects.filter(user=user).first()


def check_is_verified_doctor(user, *, action: str | None = None) -> DoctorProfile:
    """Return the user's profile if they are a verified doctor whose profile is not hidden.

    `action` completes the sentence "Only verified doctors can ...", e.g. "answer questions": callers
    mark it for translation (`gettext_lazy`), so that the sentence reads in one language.
    """
    action = gettext(str(action)) if action is not None else gettext("do this")
    if not user.is_authenticated:
        raise PermissionDenied(gettext("Log in with a verified doctor's account to %(action)s.") % {"action": action})
    # Like every member: a confirmed address, and no suspension of the account.
    check_can_participate(user, action=action)
    profile = doctor_profile_for(user)
    if profile is None:
        raise PermissionDenied(
            gettext(
                "Only verified doctors can %(action)s. If you are a licensed clinician, apply to be verified first."
            )
            % {"action": action}
        )
    status = DoctorProfile.Status
    if profile.status == status.PENDING:
        raise PermissionDenied(
            gettext(
                "Your doctor application is still being reviewed: you can %(action)s once a moderator has "
                "verified your licence."
            )
            % {"action": action}
        )
    if profile.status == status.REJECTED:
        raise PermissionDenied(
            gettext(
                "Your doctor application was not approved, so you can't %(action)s. "
                "Your dashboard says why and how to apply again."
            )
            % {"action": action}
        )
    if profile.status == status.SUSPENDED:
        raise PermissionDenied(
            gettext("Your verification is suspended, so you can't %(action)s for now.") % {"action": action}
        )
    if profile.is_hidden:
        raise PermissionDenied(
            gettext("Your profile is hidden by a moderator, so you can't %(action)s for now.") % {"action": action}
        )
    return profile


def check_can_apply(user) -> DoctorProfile | None:
    """A logged-in account may apply once, change a pending application, or re-apply after a rejection.

    Returns the existing application to update, or None for a first application.
    """
    if not user.is_authenticated:
        raise PermissionDenied("Log in or create an account to apply as a doctor.")
    profile = doctor_profile_for(user)
    if profile is not None and profile.status in (DoctorProfile.Status.VERIFIED, DoctorProfile.Status.SUSPENDED):
        raise PermissionDenied("You already have a verified doctor profile; there is nothing to apply for.")
    return profile


def check_can_edit_profile(user) -> DoctorProfile:
    """Verified doctors keep their public presentation (bio, practice, photo) current.

    Identity and licence fields are not editable here: changing them would need a new verification.
    A suspended doctor's profile stays as the moderators last saw it until they reinstate it.
    """
    return check_is_verified_doctor(user, action=_("edit your public profile"))


def check_can_decide(user) -> None:
    """Moderators with the verification permission decide on doctors (verify, reject, suspend, reinstate)."""
    if not (user.is_authenticated and user.is_active and user.is_staff and user.has_perm(VERIFY_PERMISSION)):
        raise PermissionDenied("Only moderators can verify, reject, suspend or reinstate doctors.")


def check_can_view_licence(user) -> None:
    """Licence documents are evidence for moderators only: not the public, not other doctors, and not the
    doctor who uploaded it (they have their own copy; an account takeover must not expose it)."""
    if not (user.is_authenticated and user.is_active and user.is_staff and user.has_perm(LICENCE_PERMISSION)):
        raise PermissionDenied("Only moderators can open licence documents.")


register("doctors.verified", check_is_verified_doctor)
register("doctors.apply", check_can_apply)
register("doctors.edit_profile", check_can_edit_profile)
register("doctors.decide", check_can_decide)
register("doctors.view_licence", check_can_view_licence)
