"""Who may flag and who may moderate. Each check raises PermissionDenied with a reason a person can read."""

from django.core.exceptions import PermissionDenied
from django.db import models

from moderation.targets import content_owner_id

HIDE_PERMISSION = "moderation.hide_content"
RESOLVE_FLAGS_PERMISSION = "moderation.change_flag"


def check_can_flag(user, target: models.Model) -> None:
    """Any active, logged-in person may flag what they can see, except their own posts."""
    if not user.is_authenticated:
        raise PermissionDenied("Log in to flag content.")
    if not user.is_active:
        raise PermissionDenied("This account is deactivated.")
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
