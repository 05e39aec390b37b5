"""What an account needs before it may take part. Each check raises PermissionDenied with a reason a
person can read; every app's posting, voting, flagging and reviewing checks start here."""

from django.core.exceptions import PermissionDenied

from core.permissions import register


def check_can_participate(user, *, action: str = "take part") -> None:
    """Posting, voting, flagging and reviewing need an active, logged-in account whose e-mail address is
    confirmed and that no moderator has suspended.

    `action` completes the sentence "Log in to ...", e.g. "ask a question".
    """
    if not user.is_authenticated:
        raise PermissionDenied(f"Log in to {action}.")
    if not user.is_active:
        raise PermissionDenied("This account is deactivated.")
    if user.is_suspended:
        raise PermissionDenied(
            f"A moderator suspended your account, so you can't {action} for now. "
            f"The reason given: {user.suspension_reason}"
        )
    if not user.has_confirmed_email:
        raise PermissionDenied(
            f"Confirm your e-mail address to {action}: open the link we sent you, or ask for a new one on "
            "your account's e-mail page."
        )


register("accounts.participate", check_can_participate)
