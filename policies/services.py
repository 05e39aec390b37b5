"""Writes for policies: publishing a version, recording acceptance, receiving and handling concerns."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max, Q
from django.utils import timezone
from django.utils.translation import gettext

from policies.models import ConcernReport, PolicyAcceptance, PolicyVersion
from policies.text import clean_policy_text, render_policy

# Time allowed between opening the admin form (effective "now") and saving it.
_BACKDATING_GRACE = datetime.timedelta(minutes=30)


def policy_version_publish(
    *, kind: str, summary: str, body: str, effective_at: datetime.datetime, published_by
) -> PolicyVersion:
    """Write the next version of a document (administrators, through the admin). It takes effect at
    `effective_at`, which may be later (members are then asked to accept it from that moment) but not
    in the past, nor before the version it follows."""
    check_policy_effective_at(kind=kind, effective_at=effective_at)
    with transaction.atomic():
        latest = PolicyVersion.objects.select_for_update().of_kind(kind).aggregate(number=Max("number"))["number"]
        version = PolicyVersion(
            kind=kind,
            number=(latest or 0) + 1,
            effective_at=effective_at,
            summary=summary.strip(),
            body=clean_policy_text(body),
            body_html=render_policy(body),
            published_by=published_by,
        )
        version.full_clean()
        version.save()
    return version


def policy_version_revise(version: PolicyVersion, *, summary: str, body: str, effective_at) -> PolicyVersion:
    """Correct a version that has not taken effect yet (the model refuses once it has)."""
    check_policy_effective_at(kind=version.kind, effective_at=effective_at, replacing=version)
    version.summary = summary.strip()
    version.body = clean_policy_text(body)
    version.body_html = render_policy(body)
    version.effective_at = effective_at
    version.save()
    return version


def check_policy_effective_at(*, kind: str, effective_at, replacing: PolicyVersion | None = None) -> None:
    """A version takes effect from now on, and not before the latest version of its kind."""
    if effective_at < timezone.now() - _BACKDATING_GRACE:
        raise ValidationError({"effective_at": gettext("A new version can't take effect in the past.")})
    earlier = PolicyVersion.objects.of_kind(kind)
    if replacing is not None:
        earlier = earlier.filter(number__lt=replacing.number)
    latest = earlier.order_by("-number").values_list("effective_at", flat=True).first()
    if latest is not None and effective_at < latest:
        raise ValidationError(
            {
                "effective_at": gettext("It must take effect after the previous version (%(date)s).")
                % {"date": f"{latest:%d %B %Y %H:%M}"}
            }
        )


def policies_accept(*, user, version_ids: list[int]) -> list[PolicyAcceptance]:
    """Record that `user` accepted these versions (sign-up, or the page asking after a new version).
    Accepting twice changes nothing. Each record is saved on its own so the cached user row, which
    carries what the member accepted, is dropped (accounts.apps)."""
    now = timezone.now()
    with transaction.atomic():
        return [
            PolicyAcceptance.objects.get_or_create(user=user, version_id=pk, defaults={"accepted_at": now})[0]
            for pk in version_ids
        ]


def concern_report_create(*, reason: str, about_url: str, message: str, reply_email: str, sender=None) -> ConcernReport:
    """Store a concern sent through /contact/ (anyone may) and acknowledge it by e-mail after commit."""
    from policies.tasks import concern_acknowledge

    report = ConcernReport.objects.create(
        reason=reason,
        about_url=about_url,
        message=message,
        reply_email=reply_email,
        sender=sender if sender is not None and sender.is_authenticated else None,
    )
    transaction.on_commit(lambda: concern_acknowledge.enqueue(report_id=report.pk))
    return report


def concern_report_set_status(report: ConcernReport, *, status: str, moderator) -> ConcernReport:
    """A moderator takes a concern on or closes it; they are recorded as the one who handled it."""
    report.status = status
    report.handled_by = moderator
    report.handled_at = timezone.now()
    report.save(update_fields=["status", "handled_by", "handled_at"])
    return report


def concerns_forget_sender(*, member, identity: list[str]) -> int:
    """A member closed their account: concerns they sent keep what was reported (a moderator may still be
    working on it) but no longer say who sent it or where to answer. Returns how many changed."""
    matches = Q(sender=member)
    for value in identity:
        matches |= Q(reply_email__iexact=value)
    changed = 0
    for concern in ConcernReport.objects.filter(matches):
        concern.sender = None
        concern.reply_email = "former-member@closed.invalid"
        for value in identity:
            concern.message = concern.message.replace(value, "[former member]")
        concern.save(update_fields=["sender", "reply_email", "message"])
        changed += 1
    return changed
