"""Who may flag and who may moderate. Each check raises PermissionDenied with a reason a person can read."""

from django.core.exceptions import PermissionDenied
from django.db import models

from accounts.permissions import check_can_participate
from moderation.targets import content_owner_id

HIDE_PERMISSION = "moderation.hide_content"
RESOLVE_FLAGS_PERMISSION = "moderation.change_flag"
SUSPEND_PERMISSION = "moderation.suspend_members"


def check_can_flag(user, target: models.Model) -> None:
    """Any member who may take part (confirmed e-mail, not suspended) may flag what they can see, except
    their own posts. How much the flag counts is a separate matter (moderation.trust)."""
    check_can_participate(user, action="flag content")
    if content_owner_id(target) == user.pk:
        raise PermissionDenied("You can't flag your own post. You can edit or ask us to remove it instead.")


def can_moderate(user) -> bool:
    """Staff with the hide/restore permission: moderators and administrators."""
    return bool(user.is_authenticated and user.is_active and user.is_staff and user.has_perm(HIDE_PERMISSION))


def check_can_hide(user) -> None:
    if not can_moderate(user):
        raise PermissionDenied("Only moderators can hide or restore content.")


def check_can_resolve_flags(user) -> None:
    if not (user.is_authenticated and user.is_active and user.is_staff and user.has_perm(RESOLVE_FLAGS_PERMISSION)):
        raise PermissionDenied("Only moderators can resolve flags.")


def can_suspend(user) -> bool:
    """Staff with the suspension permission: moderators and administrators."""
    return bool(user.is_authenticated and user.is_active and user.is_staff and user.has_perm(SUSPEND_PERMISSION))


def check_can_suspend(user, member) -> None:
    """Suspend a member or lift a suspension: moderators, for members who are not staff (staff accounts
    are deactivated by an administrator instead), and never their own account."""
    if not can_suspend(user):
        raise PermissionDenied("Only moderators can suspend members or lift suspensions.")
    if member.pk == user.pk:
        raise PermissionDenied("You can't suspend your own account or lift your own suspension.")
    if member.is_staff or member.is_superuser:
        raise PermissionDenied(f"{member} is staff: an administrator deactivates staff accounts instead.")
