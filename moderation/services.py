"""Moderation writes: every one leaves exactly one ModerationLog entry, in the same transaction.

A write a member or moderator asks for checks its rule itself (moderation.permissions), whoever calls it:

- `flag_create`: `check_can_flag` ("moderation.flag") for the reporter.
- `flags_resolve`: `check_can_hide` ("moderation.hide") when the decision hides the item.
- `member_suspend`, `member_reinstate`: `check_can_suspend` ("moderation.suspend") for the moderator
  and the member.
- `appeal_create`: `check_can_appeal` for the author; `appeal_decide`: `check_can_decide_appeal` (a
  moderator other than the one who hid the item).
- `content_hide`, `content_restore`, `content_edit_record`, `content_delete_record`, `log_action`:
  building blocks the content apps' services and the moderation admin call after their own check
  (a moderator's hide permission, a flag threshold, an author withdrawing their photos).
"""

import datetime
import decimal
from collections.abc import Iterable
from functools import partial
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, models, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.services import notice_create
from moderation import tasks
from moderation.models import Appeal, Flag, Hideable, ModerationLog
from moderation.permissions import (
    check_can_appeal,
    check_can_decide_appeal,
    check_can_flag,
    check_can_hide,
    check_can_suspend,
)
from moderation.signals import visibility_changed
from moderation.targets import content_owner_id, flaggable_model, may_hide_on_flags, restore_refusal
from moderation.trust import reporter_trust


def snapshot_value(value: Any) -> Any:
    """A JSON-safe form of a field value for the log's before/after snapshots."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, models.Model):
        return str(value)
    if isinstance(value, models.QuerySet | list | tuple | set):
        return sorted(str(snapshot_value(item)) for item in value)
    if hasattr(value, "name") and hasattr(value, "storage"):  # a file
        return value.name or ""
    return str(value)


def log_action(
    *,
    actor,
    action: str,
    target: models.Model,
    reason: str = "",
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> ModerationLog:
    """Record a moderation action. Call it inside the transaction that makes the change."""
    return ModerationLog.objects.create(
        actor=actor,
        action=action,
        target_type=ContentType.objects.get_for_model(target, for_concrete_model=False),
        target_id=target.pk,
        target_repr=str(target)[:200],
        reason=reason,
        before=before or {},
        after=after or {},
    )


def _visibility(target: Hideable) -> dict[str, Any]:
    return {"hidden_at": snapshot_value(target.hidden_at), "hidden_reason": target.hidden_reason}


def _set_hidden(target: Hideable, *, hidden: bool, reason: str) -> None:
    target.hidden_at = timezone.now() if hidden else None
    target.hidden_reason = reason[:300] if hidden else ""
    target.save(update_fields=["hidden_at", "hidden_reason"])
    # The save moves on what the target publishes to the page cache (its app declares it): cached pages
    # stop showing hidden content, and show restored content again.
    visibility_changed.send(sender=type(target), instance=target, hidden=hidden)


def _flags_close(*, target: models.Model, actor, outcome: str, note: str) -> int:
    return (
        Flag.objects.open()
        .for_target(target)
        .update(
            status=Flag.Status.RESOLVED,
            outcome=outcome,
            resolution_note=note[:300],
            resolved_by=actor,
            resolved_at=timezone.now(),
        )
    )


def appeal_url(target: models.Model) -> str:
    """Where the author of `target` sees its hiding and appeals it ("" for what can't be appealed)."""
    label = target._meta.label_lower
    if flaggable_model(label) is None:
        return ""
    return reverse("moderation:appeal", args=[label, target.pk])


def _notify_owner_of_hiding(target: Hideable, *, actor) -> None:
    """Tell the author their post was hidden, why, and where to appeal (not when they withdrew it themselves)."""
    owner_id = content_owner_id(target)
    if owner_id is None or (actor is not None and owner_id == actor.pk):
        return
    owner = get_user_model().objects.get(pk=owner_id)
    title = Truncator(str(target)).chars(80)
    # The notice is kept as text, in the member's language.
    with translation.override(owner.language or settings.LANGUAGE_CODE):
        kind = str(target._meta.verbose_name)
        # Notices hold 300 characters: the reason is shortened so that "You can appeal" always fits.
        reason = Truncator(target.hidden_reason).chars(150).rstrip(" .") or _("against our rules")
        message = _("Your %(kind)s “%(title)s” was hidden: %(reason)s. You can appeal.") % {
            "kind": kind,
            "title": title,
            "reason": reason,
        }
        url = appeal_url(target)
    notice_create(user=owner, message=message, url=url)


@transaction.atomic
def content_hide(*, actor, target: Hideable, reason: str, automatic: bool = False) -> None:
    """Hide content from the public (kept, never deleted) and fix the counts that included it.

    A moderator hiding an item also settles its open flags (outcome "hidden"); hiding on flags
    (`automatic`) leaves them open for a moderator to review.
    """
    if target.is_hidden:
        return
    before = _visibility(target)
    _set_hidden(target, hidden=True, reason=reason)
    _notify_owner_of_hiding(target, actor=actor)
    if not automatic:
        _flags_close(target=target, actor=actor, outcome=Flag.Outcome.HIDDEN, note=reason)
    log_action(
        actor=actor,
        action=ModerationLog.Action.AUTO_HIDE if automatic else ModerationLog.Action.HIDE,
        target=target,
        reason=reason,
        before=before,
        after=_visibility(target),
    )


@transaction.atomic
def content_restore(*, actor, target: Hideable, reason: str) -> None:
    """Make hidden content public again and count it again. Never what a member removed when they
    closed their account (AUTHOR_LEFT_REASON): that stays out of public pages for good."""
    if not target.is_hidden:
        return
    if target.hidden_reason == AUTHOR_LEFT_REASON:
        raise ValidationError(
            "Its author closed their account and asked for their posts to be removed: it cannot be restored.",
            code="author_left",
        )
    before = _visibility(target)
    _set_hidden(target, hidden=False, reason="")
    _appeals_settle_on_restore(target, actor=actor, note=reason)
    log_action(
        actor=actor,
        action=ModerationLog.Action.RESTORE,
        target=target,
        reason=reason,
        before=before,
        after=_visibility(target),
    )


def content_edit_record(*, actor, target: models.Model, before: dict[str, Any], after: dict[str, Any]) -> None:
    """Log a moderator's edit of someone else's content (called by the admin after saving)."""
    if before == after:
        return
    log_action(
        actor=actor,
        action=ModerationLog.Action.EDIT,
        target=target,
        reason=f"Changed {', '.join(name.replace('_', ' ') for name in after)} in the admin.",
        before={key: snapshot_value(value) for key, value in before.items()},
        after={key: snapshot_value(value) for key, value in after.items()},
    )


def content_delete_record(*, actor, target: models.Model) -> None:
    """Log an administrator's deletion (called by the admin just before deleting) and close its flags."""
    _flags_close(target=target, actor=actor, outcome=Flag.Outcome.OTHER_ACTION, note="Deleted by an administrator.")
    log_action(actor=actor, action=ModerationLog.Action.DELETE, target=target)


class FlagAlreadyOpen(ValidationError):
    """The reporter already has an open flag on this item."""


@transaction.atomic
def flag_create(*, reporter, target: Hideable, reason: str, details: str = "") -> Flag:
    """Record `reporter`'s flag on `target` for the moderators; hide the item pending review once the
    open flags on it weigh `settings.FLAG_AUTO_HIDE_THRESHOLD`.

    Flags weigh by their reporters' trust (`moderation.trust`): flags from new, unconfirmed,
    suspended or often-wrong accounts are queued like any other but weigh nothing. Items only a
    moderator may hide (a doctor's profile, `moderation.targets.may_hide_on_flags`) are never hidden
    here, whatever the weight.

    `moderation.permissions.check_can_flag` decides here (PermissionDenied otherwise). Raises
    FlagAlreadyOpen when this person already has an open flag on the item.
    """
    check_can_flag(reporter, target)
    model = type(target)
    # Lock the item so concurrent flags are counted one after the other and the threshold is
    # crossed exactly once.
    target = model._default_manager.select_for_update().get(pk=target.pk)
    flag = Flag(
        content_type=ContentType.objects.get_for_model(target, for_concrete_model=False),
        object_id=target.pk,
        target_repr=str(target)[:200],
        reporter=reporter,
        reason=reason,
        details=details.strip(),
    )
    # Choices, lengths and "other needs details"; the relations are known to exist.
    flag.clean_fields(exclude={"content_type", "reporter"})
    flag.clean()
    try:
        with transaction.atomic():
            flag.save()
    except IntegrityError as error:
        raise FlagAlreadyOpen(_("You have already flagged this; a moderator will look at it.")) from error
    threshold = settings.FLAG_AUTO_HIDE_THRESHOLD
    if threshold and not target.is_hidden and may_hide_on_flags(target):
        weights = [
            reporter_trust(open_flag).weight
            for open_flag in Flag.objects.open().for_target(target).with_reporter_trust()
        ]
        if sum(weights) >= threshold:
            trusted = sum(1 for weight in weights if weight)
            content_hide(
                actor=None,
                target=target,
                reason=f"Hidden automatically after {trusted} flags from trusted members, pending a moderator's review.",
                automatic=True,
            )
    return flag


@transaction.atomic
def flags_resolve(*, actor, target: Hideable, outcome: str, note: str = "") -> int:
    """Settle every open flag on `target` with one decision; returns how many flags were open.

    - "hidden": the item is hidden (if it is not already) with `note` as the reason;
    - "kept": the item stays up, and comes back if flags had hidden it automatically;
    - "other_action": handled elsewhere (e.g. a doctor suspended); visibility is unchanged.

    One log entry records the decision: HIDE or RESTORE when the item's visibility changed, else
    FLAG_RESOLVE; its before/after show the flags settled. Hiding needs the
    hide rule (`moderation.permissions.check_can_hide`, checked here).
    """
    if outcome not in Flag.Outcome.values:
        raise ValueError(f"Unknown flag outcome {outcome!r}.")
    if outcome == Flag.Outcome.HIDDEN:
        check_can_hide(actor)
    target = type(target)._default_manager.select_for_update().get(pk=target.pk)
    reasons = list(Flag.objects.open().for_target(target).values_list("reason", flat=True))
    if not reasons:
        return 0
    before = {"open_flags": len(reasons), "reasons": sorted(set(reasons)), **_visibility(target)}
    # Logged as what it did to the item, so the log's "Hid content" and "Restored" filters find it.
    action = ModerationLog.Action.FLAG_RESOLVE
    if outcome == Flag.Outcome.HIDDEN and not target.is_hidden:
        _set_hidden(target, hidden=True, reason=note or "Hidden after review of flags.")
        _notify_owner_of_hiding(target, actor=actor)
        action = ModerationLog.Action.HIDE
    elif outcome == Flag.Outcome.KEPT and target.is_hidden:
        _set_hidden(target, hidden=False, reason="")
        _appeals_settle_on_restore(target, actor=actor, note=note)
        action = ModerationLog.Action.RESTORE
    closed = _flags_close(target=target, actor=actor, outcome=outcome, note=note)
    log_action(
        actor=actor,
        action=action,
        target=target,
        reason=note,
        before=before,
        after={"open_flags": 0, "outcome": outcome, **_visibility(target)},
    )
    return closed


# Members -----------------------------------------------------------------------------------------

# Why a closed account's posts left the public pages (accounts.services.account_close, "remove them").
# A hide, not a delete: moderators never delete, a doctor's answers stay attached to the question they
# answered (off every public page with it, see AnswerQuerySet.counted), and a dispute about a review
# can still be settled from the record. content_restore refuses it: the member's choice is final.
AUTHOR_LEFT_REASON = "Author left Candid and asked for their posts to be removed."


@transaction.atomic
def member_content_remove(*, actor, items: Iterable[Hideable]) -> int:
    """Hide a leaving member's posts for good (AUTHOR_LEFT_REASON), through the same hide service as
    any hiding (the counters, files and page cache follow). Posts a moderator had already hidden get
    the same reason, so no restore brings them back; their earlier reason stays in the log.
    Returns how many were hidden now."""
    hidden = 0
    for item in items:
        if item.is_hidden:
            type(item)._default_manager.filter(pk=item.pk).update(hidden_reason=AUTHOR_LEFT_REASON)
            continue
        content_hide(actor=actor, target=item, reason=AUTHOR_LEFT_REASON)
        hidden += 1
    return hidden


@transaction.atomic
def member_records_redact(*, identity: list[str]) -> None:
    """A member left (accounts.signals.member_left): the moderation log and the flags keep what was
    decided and reported, without the member's handle, addresses or names in their text."""
    from accounts.services import identity_redact

    if not identity:
        return
    ModerationLog.objects.redact_identity(identity)
    matches = Q()
    for value in identity:
        for field in ("target_repr", "details", "resolution_note"):
            matches |= Q(**{f"{field}__icontains": value})
    for flag in Flag.objects.filter(matches).only("pk", "target_repr", "details", "resolution_note"):
        Flag.objects.filter(pk=flag.pk).update(
            target_repr=identity_redact(flag.target_repr, identity)[:200],
            details=identity_redact(flag.details, identity),
            resolution_note=identity_redact(flag.resolution_note, identity)[:300],
        )


def _standing(member) -> dict[str, Any]:
    return {"suspended_at": snapshot_value(member.suspended_at), "suspension_reason": member.suspension_reason}


@transaction.atomic
def member_suspend(*, actor, member, reason: str) -> bool:
    """Suspend `member` (a patient or a doctor) with a reason they see: they can still log in and read,
    and every posting, voting, flagging and reviewing check refuses them with that reason
    (`accounts.permissions.check_can_participate`). Returns False when they already were suspended.

    `moderation.permissions.check_can_suspend(actor, member)` decides here (PermissionDenied otherwise).
    A doctor's verification is a separate decision (doctors.services); this suspends the account.
    """
    check_can_suspend(actor, member)
    reason = reason.strip()
    if not reason:
        raise ValidationError("A suspension needs a reason the member can read.")
    member = type(member)._default_manager.select_for_update().get(pk=member.pk)
    if member.is_suspended:
        return False
    before = _standing(member)
    member.suspended_at = timezone.now()
    member.suspension_reason = reason[:300]
    # save(), not update(): the user's cached row is dropped on save (accounts.apps).
    member.save(update_fields=["suspended_at", "suspension_reason"])
    log_action(
        actor=actor,
        action=ModerationLog.Action.MEMBER_SUSPEND,
        target=member,
        reason=member.suspension_reason,
        before=before,
        after=_standing(member),
    )
    return True


@transaction.atomic
def member_reinstate(*, actor, member, reason: str = "") -> bool:
    """Lift `member`'s suspension; returns False when they were not suspended.
    `moderation.permissions.check_can_suspend(actor, member)` decides here (PermissionDenied otherwise)."""
    check_can_suspend(actor, member)
    member = type(member)._default_manager.select_for_update().get(pk=member.pk)
    if not member.is_suspended:
        return False
    before = _standing(member)
    member.suspended_at = None
    member.suspension_reason = ""
    member.save(update_fields=["suspended_at", "suspension_reason"])
    log_action(
        actor=actor,
        action=ModerationLog.Action.MEMBER_REINSTATE,
        target=member,
        reason=reason.strip(),
        before=before,
        after=_standing(member),
    )
    return True


@transaction.atomic
def member_close(*, actor, member, keep_posts: bool, reason: str) -> bool:
    """Close the account of a member who cannot log in, on their data request (the console's member
    admin): `accounts.services.account_close` with the moderator as actor, logged with the reason.
    `check_can_suspend(actor, member)` decides (PermissionDenied otherwise). Returns False when the
    account was already closed.

    The entry is written first: the closure then takes the member's handle, addresses and names out
    of it like out of every other entry, so it says who decided, when and why, never whom it was about.
    """
    from accounts.services import account_close

    check_can_suspend(actor, member)
    reason = reason.strip()
    if not reason:
        raise ValidationError(_("Say why the account is closed (the request it answers)."))
    if member.is_closed:
        return False
    log_action(
        actor=actor,
        action=ModerationLog.Action.MEMBER_CLOSE,
        target=member,
        reason=reason,
        after={"posts": "kept as Former member" if keep_posts else "removed"},
    )
    return account_close(member=member, keep_posts=keep_posts, actor=actor)


# Appeals ------------------------------------------------------------------------------------------


@transaction.atomic
def appeal_create(*, appellant, target: Hideable, reason: str) -> Appeal:
    """The author of hidden content asks the moderators to look again; once per hiding.

    `moderation.permissions.check_can_appeal` decides here (PermissionDenied otherwise): their own post,
    hidden now, not withdrawn by themselves, not appealed yet for this hiding. Logged as APPEAL.
    """
    # Lock the item: two appeals sent at once are checked one after the other (the unique constraint
    # on the hiding would refuse the second anyway).
    target = type(target)._default_manager.select_for_update().get(pk=target.pk)
    hiding = ModerationLog.objects.current_hiding(target)
    check_can_appeal(appellant, target, hiding)
    reason = reason.strip()
    if not reason:
        raise ValidationError({"reason": _("Tell the moderators why it should be public again.")})
    if len(reason) > Appeal.REASON_MAX_LENGTH:
        raise ValidationError(
            {"reason": _("Keep the appeal to %(count)s characters.") % {"count": Appeal.REASON_MAX_LENGTH}}
        )
    appeal = Appeal(
        content_type=ContentType.objects.get_for_model(target, for_concrete_model=False),
        object_id=target.pk,
        target_repr=str(target)[:200],
        appellant=appellant,
        hidden_at=target.hidden_at,
        hidden_reason=target.hidden_reason,
        hidden_by_id=hiding.actor_id if hiding is not None else None,
        reason=reason,
    )
    appeal.clean_fields(exclude={"content_type", "appellant", "hidden_by"})
    try:
        with transaction.atomic():
            appeal.save()
    except IntegrityError as error:  # the same hiding appealed at the same moment (appeal_one_per_hiding)
        raise PermissionDenied(_("You have already appealed this; each hiding can be appealed once.")) from error
    log_action(
        actor=appellant,
        action=ModerationLog.Action.APPEAL,
        target=target,
        reason=reason,
        after={"appeal": appeal.pk, "hidden_at": snapshot_value(appeal.hidden_at)},
    )
    return appeal


APPEAL_NOTICES = {
    Appeal.Status.RESTORED: gettext_lazy("Your appeal was accepted: your {kind} “{title}” is public again."),
    Appeal.Status.UPHELD: gettext_lazy("Your appeal was reviewed: your {kind} “{title}” stays hidden."),
}


def _appeal_notify(appeal: Appeal, target: models.Model) -> None:
    """The member's notice and e-mail of how their appeal ended."""
    restored = appeal.status == Appeal.Status.RESTORED
    # The notice is kept as text, in the member's language (and its address too).
    with translation.override(appeal.appellant.language or settings.LANGUAGE_CODE):
        message = str(APPEAL_NOTICES[appeal.status]).format(
            kind=target._meta.verbose_name, title=Truncator(appeal.target_repr).chars(80)
        )
        url = target.get_absolute_url() if restored and hasattr(target, "get_absolute_url") else appeal_url(target)
    notice_create(user=appeal.appellant, message=f"{message} {appeal.decision_note}", url=url)
    transaction.on_commit(partial(tasks.send_appeal_decision.enqueue, appeal.pk))


def _appeals_settle_on_restore(target: models.Model, *, actor, note: str) -> None:
    """A moderator restored `target` outside its appeal (the restore action, or keeping it on its flags):
    its pending appeal ends as restored, so the queue no longer offers it and the member hears of it.
    The decider is left empty when the restoring moderator is the one who hid it (they never decide)."""
    for appeal in Appeal.objects.pending().for_target(target).select_related("appellant"):
        appeal.status = Appeal.Status.RESTORED
        appeal.decided_by = actor if actor is not None and actor.pk != appeal.hidden_by_id else None
        appeal.decided_at = timezone.now()
        if not (decision_note := note.strip()):
            # Sent to the member: in their language.
            with translation.override(appeal.appellant.language or settings.LANGUAGE_CODE):
                decision_note = _("A moderator restored it.")
        appeal.decision_note = decision_note[:300]
        appeal.save(update_fields=["status", "decided_by", "decided_at", "decision_note"])
        _appeal_notify(appeal, target)


@transaction.atomic
def appeal_decide(*, actor, appeal: Appeal, restore: bool, note: str) -> Appeal:
    """A moderator decides a pending appeal: restore the item (through `content_restore`, so counters,
    files and cached pages follow) or uphold the hiding. `note` is required and sent to the member.

    `moderation.permissions.check_can_decide_appeal` decides here: a moderator other than the one who hid
    the item (any moderator when flags hid it). Logged as APPEAL_RESTORE or APPEAL_UPHOLD (plus the
    RESTORE entry of the restoring); the member gets a notice and an e-mail.
    """
    appeal = Appeal.objects.select_for_update().get(pk=appeal.pk)
    check_can_decide_appeal(actor, appeal)
    note = note.strip()
    if not note:
        raise ValidationError({"decision_note": _("Tell the member why, in a sentence they can read.")})
    model = appeal.content_type.model_class()
    target = model._default_manager.select_for_update().filter(pk=appeal.object_id).first() if model else None
    if target is None:
        raise PermissionDenied(_("The appealed item no longer exists."))
    if restore and (refusal := restore_refusal(target)):
        raise PermissionDenied(refusal)
    appeal.status = Appeal.Status.RESTORED if restore else Appeal.Status.UPHELD
    appeal.decided_by = actor
    appeal.decided_at = timezone.now()
    appeal.decision_note = note[:300]
    appeal.save(update_fields=["status", "decided_by", "decided_at", "decision_note"])
    if restore:
        content_restore(actor=actor, target=target, reason=f"Restored on appeal: {appeal.decision_note}")
    log_action(
        actor=actor,
        action=ModerationLog.Action.APPEAL_RESTORE if restore else ModerationLog.Action.APPEAL_UPHOLD,
        target=target,
        reason=appeal.decision_note,
        before={"appeal": appeal.pk, "status": Appeal.Status.PENDING},
        after={"appeal": appeal.pk, "status": appeal.status},
    )
    _appeal_notify(appeal, target)
    return appeal
