"""What an account needs before it may take part. Each check raises PermissionDenied with a reason a
person can read; every app's posting, voting, flagging and reviewing checks start here."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext

from core.permissions import register


def check_can_participate(user, *, action: str | None = None) -> None:
    """Posting, voting, flagging and reviewing need an active, logged-in account whose e-mail address is
    confirmed and that no moderator has suspended.

    `action` completes the sentence "Log in to ...", e.g. "ask a question" ("take part" by default):
    callers mark it for translation (`gettext_lazy`), so that the sentence reads in one language.
    """
    # A phrase marked for translation where it is written arrives translated; gettext() also finds one
    # passed as plain English (template tags' arguments, marked in moderation_tags.ACTIONS).
    action = gettext(str(action)) if action is not None else gettext("take part")
    if not user.is_authenticated:
        raise PermissionDenied(gettext("Log in to %(action)s.") % {"action": action})
    if not user.is_active:
        raise PermissionDenied(gettext("This account is deactivated."))
    if user.is_suspended:
        raise PermissionDenied(
            gettext("A moderator suspended your account, so you can't %(action)s for now. The reason given: %(reason)s")
            % {"action": action, "reason": user.suspension_reason}
        )
    if not user.has_confirmed_email:
        raise PermissionDenied(
            gettext(
                "Confirm your e-mail address to %(action)s: open the link we sent you, or ask for a new one on "
                "your account's e-mail page."
            )
            % {"action": action}
        )


register("accounts.participate", check_can_participate)
