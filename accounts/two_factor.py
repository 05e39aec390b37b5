"""Two-factor authentication policy: who must have a second factor, whether they have one and used it in
this session, and how an administrator removes a locked-out account's authenticators.

The factors themselves (TOTP, recovery codes, the log-in stage that asks for a code) are allauth.mfa's;
this module only decides who may go without them (settings.TWO_FACTOR_REQUIRED).
"""

from allauth.account.authentication import get_authentication_records
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.db import transaction
from django.http import HttpRequest

# Kinds of authenticator that count as a second factor. Recovery codes only stand in for a lost one.
SECOND_FACTORS = (Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN)

_NOT_LOADED = object()


def two_factor_required(user) -> bool:
    """Whether `user` must have a second factor: every staff account and every doctor, while
    settings.TWO_FACTOR_REQUIRED is on.

    "Doctor" means any doctor profile except a rejected one. A pending applicant is about to be
    verified (and able to answer under their name the moment a moderator approves them), and a
    suspended doctor can be reinstated, so both set it up now rather than be locked out later. A
    rejected applicant has no doctor's powers at all and is a member like any patient; patients are
    never forced.
    """
    if not settings.TWO_FACTOR_REQUIRED or not user.is_authenticated:
        return False
    if user.is_staff:
        return True
    status = doctor_status(user)
    return status is not None and status != "rejected"


def doctor_status(user) -> str | None:
    """The state of the user's doctor profile, or None without one. The auth backend loads it with the
    user (no query on a request); elsewhere it costs one."""
    loaded = getattr(user, "doctor_status_row", _NOT_LOADED)
    if loaded is not _NOT_LOADED:
        return loaded
    from doctors.models import DoctorProfile

    return DoctorProfile.objects.filter(user_id=user.pk).values_list("status", flat=True).first()


def has_second_factor(user) -> bool:
    """Whether the account has an authenticator (recovery codes alone do not count). Loaded with the
    user by the auth backend, like `User.has_confirmed_email`; elsewhere it costs one query."""
    loaded = getattr(user, "has_authenticator_row", None)
    if loaded is not None:
        return bool(loaded)
    return Authenticator.objects.filter(user_id=user.pk, type__in=SECOND_FACTORS).exists()


def session_used_second_factor(request: HttpRequest) -> bool:
    """Whether this session's log-in went through a second factor (allauth records each step of a
    log-in in the session: a code, a security key, or setting one up, see accounts.apps)."""
    return any(record.get("method") == "mfa" for record in get_authentication_records(request, request.user))


def authenticators_remove(*, actor, user, reason: str) -> list[str]:
    """Remove every authenticator (and the recovery codes) of `user`, who lost them, so that they can
    log in with their password and set up a new one. Logged in the moderation log (when there was anything to remove).

    For administrators only (the `remove_two_factor` management command), after they made sure the
    request really comes from the account's owner. Returns the kinds of authenticator removed.
    """
    from moderation.models import ModerationLog
    from moderation.services import log_action

    if not reason.strip():
        raise ValueError("Say why the authenticators are removed (how the owner was identified).")
    with transaction.atomic():
        authenticators = list(Authenticator.objects.select_for_update().filter(user_id=user.pk).order_by("pk"))
        kinds = [authenticator.type for authenticator in authenticators]
        if not kinds:
            return []
        for authenticator in authenticators:
            authenticator.delete()  # one by one: each delete drops the cached user row (accounts.apps)
        log_action(
            actor=actor,
            # No action of its own yet: a change to someone else's account, described by the reason.
            action=ModerationLog.Action.EDIT,
            target=user,
            reason=f"Removed two-factor authenticators: {reason.strip()}",
            before={"authenticators": kinds},
            after={"authenticators": []},
        )
    return kinds
