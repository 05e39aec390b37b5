"""Two-factor authentication policy: who must have a second factor, and whether they have one and used it
in this session. (An administrator removes a locked-out account's authenticators with the console's
`remove_two_factor` command, console.services.authenticators_remove, which logs the decision.)

The factors themselves (TOTP, recovery codes, the log-in stage that asks for a code) are allauth.mfa's;
this module only decides who may go without them (settings.TWO_FACTOR_REQUIRED).
"""

from allauth.account.authentication import get_authentication_records
from allauth.mfa.models import Authenticator
from django.conf import settings
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
    user (no query on a request); elsewhere it costs one.

    Read through the user's reverse relation (`doctor_profile`, declared by the doctors app on its
    model), so that accounts, below doctors, never imports it.
    """
    loaded = getattr(user, "doctor_status_row", _NOT_LOADED)
    if loaded is not _NOT_LOADED:
        return loaded
    profile = getattr(user, "doctor_profile", None)
    return None if profile is None else profile.status


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
