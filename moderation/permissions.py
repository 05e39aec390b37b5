"""Who may flag and who may moderate. Each check raises PermissionDenied with a reason a person can read."""

from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils.translation import gettext as _

from accounts.permissions import check_can_participate
from core.permissions import register
from moderation.models import Appeal, ModerationLog
from moderation.targets import content_owner_id

HIDE_PERMISSION = "moderation.hide_content"
SUSPEND_PERMISSION = "moderation.suspend_members"


def check_can_flag(user, target: models.Model) -> None:
    """Any member who may take part (confirmed e-mail, not suspended) may flag what they can see, except
    their own posts. How much the flag counts is a separate matter (moderation.trust)."""
    check_can_participate(user, action=_("flag content"))
    if content_owner_id(target) == user.pk:
        raise PermissionDenied(_("You can't flag your own post. You can edit or ask us to remove it instead."))


def check_can_hide(user) -> None:
    """Hide or restore content, and settle the flags on it: moderators and administrators."""
    if not (user.is_authenticated and user.is_active and user.is_staff and user.has_perm(HIDE_PERMISSION)):
        raise PermissionDenied(_("Only moderators can hide or restore content."))


def check_can_suspend(user, member=None) -> None:
    """Suspend a member or lift a suspension: moderators, for members who are not staff (staff accounts
    are deactivated by an administrator instead), and never their own account."""
    if not (user.is_authenticated and user.is_active and user.is_staff and user.has_perm(SUSPEND_PERMISSION)):
        raise PermissionDenied(_("Only moderators can suspend members or lift suspensions."))
    if member is None:  # whether they may suspend anyone: the member admin's actions
        return
    if member.pk == user.pk:
        raise PermissionDenied(_("You can't suspend your own account or lift your own suspension."))
    if member.is_staff or member.is_superuser:
        raise PermissionDenied(f"{member} is staff: an administrator deactivates staff accounts instead.")


def check_can_appeal(user, target: models.Model, hiding: ModerationLog | None) -> None:
    """The author of hidden content may appeal its hiding once (`hiding`: the log entry of who hid it,
    `ModerationLog.objects.current_hiding`). Suspended members may appeal too: an appeal is how they
    answer a moderator, not taking part in the site."""
    if not (user.is_authenticated and user.is_active):
        raise PermissionDenied(_("Log in to appeal."))
    if content_owner_id(target) != user.pk:
        raise PermissionDenied(_("You can only appeal the hiding of your own posts."))
    if target.hidden_at is None:
        raise PermissionDenied(_("This is not hidden, so there is nothing to appeal."))
    if hiding is not None and hiding.actor_id == user.pk:
        raise PermissionDenied(_("You withdrew this yourself; there is nothing to appeal."))
    if Appeal.objects.for_target(target).filter(hidden_at=target.hidden_at).exists():
        raise PermissionDenied(_("You have already appealed this; each hiding can be appealed once."))


def check_can_decide_appeal(user, appeal: Appeal) -> None:
    """A moderator decides a pending appeal, unless they hid the item themselves: a second pair of eyes."""
    check_can_hide(user)
    if appeal.hidden_by_id is not None and appeal.hidden_by_id == user.pk:
        raise PermissionDenied(_("You hid this yourself: another moderator decides the appeal."))
    if not appeal.is_pending:
        raise PermissionDenied(_("This appeal has already been decided."))


register("moderation.flag", check_can_flag)
register("moderation.hide", check_can_hide)
register("moderation.suspend", check_can_suspend)
register("moderation.appeal", check_can_appeal)
register("moderation.decide_appeal", check_can_decide_appeal)
