"""Administrators' decisions that cross apps: each one changes an account and leaves a moderation log entry."""

from allauth.mfa.models import Authenticator
from django.db import transaction

from moderation.models import ModerationLog
from moderation.services import log_action


def authenticators_remove(*, actor, user, reason: str) -> list[str]:
    """Remove every authenticator (and the recovery codes) of `user`, who lost them, so that they can
    log in with their password and set up a new one. Logged in the moderation log (when there was anything to remove).

    For administrators only (the `remove_two_factor` management command), after they made sure the
    request really comes from the account's owner. Returns the kinds of authenticator removed.
    """
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
