"""How much a member's flag counts toward hiding content before a moderator has looked at it.

Every flag is recorded and queued for the moderators, whoever sent it. Only flags from *trusted*
reporters count toward automatic hiding (`moderation.services.flag_create`), so a handful of
throw-away accounts can queue an item for review but never take it down. A reporter is trusted when:

- their e-mail address is confirmed;
- the account is at least `settings.FLAG_TRUST_ACCOUNT_AGE_DAYS` days old;
- no moderator has suspended them;
- moderators did not reject more of their past flags than they upheld (counted once a reporter has
  `REJECTED_FLAGS_TOLERATED` or more rejected flags, so one honest mistake costs nothing).

Whoever the reporter is, a flag from the doctor a review (or a patient's case) is about weighs nothing
on that item: the doctor may report a breach of the guidelines, and a moderator decides, but their flag
alone never hides what a patient wrote about them (`moderation.models.reporter_is_subject`).

A trusted flag weighs 1. A reporter whose upheld flags outnumber the rejected ones by
`PROVEN_MARGIN` or more has shown good judgement, and their flag weighs 2. "Upheld" means a
moderator resolved the flag by hiding the item (Flag.Outcome.HIDDEN), "rejected" that they kept it
(Flag.Outcome.KEPT); flags handled another way count for neither.

Automatic hiding needs the open flags on an item to weigh `settings.FLAG_AUTO_HIDE_THRESHOLD`; with
the default of 3 that is always at least two trusted reporters. What flags may hide at all is decided
in `moderation.targets.may_hide_on_flags` (never a doctor's profile).
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

DEFAULT_ACCOUNT_AGE_DAYS = 7
REJECTED_FLAGS_TOLERATED = 2
PROVEN_MARGIN = 3


def trusted_account_age() -> datetime.timedelta:
    return datetime.timedelta(days=getattr(settings, "FLAG_TRUST_ACCOUNT_AGE_DAYS", DEFAULT_ACCOUNT_AGE_DAYS))


@dataclass(frozen=True)
class Trust:
    """What moderation knows about a reporter, and the weight of their flags."""

    email_confirmed: bool
    joined: datetime.datetime
    suspended: bool
    upheld: int
    rejected: int
    reported_subject: bool = False

    @property
    def doubts(self) -> list[str]:
        """Why this reporter's flags don't count toward automatic hiding (empty when they do)."""
        doubts = []
        if self.reported_subject:
            doubts.append(_("flag from the reviewed doctor"))
        if self.suspended:
            doubts.append(_("suspended"))
        if not self.email_confirmed:
            doubts.append(_("e-mail not confirmed"))
        if timezone.now() - self.joined < trusted_account_age():
            doubts.append(_("joined %(date)s") % {"date": f"{self.joined:%Y-%m-%d}"})
        if self.rejected >= REJECTED_FLAGS_TOLERATED and self.rejected > self.upheld:
            doubts.append(_("more flags rejected than upheld"))
        return doubts

    @property
    def is_trusted(self) -> bool:
        return not self.doubts

    @property
    def weight(self) -> int:
        """0 (recorded, queued, never hides), 1 (trusted) or 2 (trusted with a record of upheld flags)."""
        if not self.is_trusted:
            return 0
        return 2 if self.upheld - self.rejected >= PROVEN_MARGIN else 1

    @property
    def summary(self) -> str:
        """One line for moderators, e.g. "trusted, weight 2 · 5 upheld, 1 rejected"."""
        record = _("%(upheld)s upheld, %(rejected)s rejected") % {"upheld": self.upheld, "rejected": self.rejected}
        if self.is_trusted:
            return _("trusted, weight %(weight)s · %(record)s") % {"weight": self.weight, "record": record}
        return _("not counted (%(doubts)s) · %(record)s") % {"doubts": ", ".join(self.doubts), "record": record}


def reporter_trust(flag) -> Trust:
    """The trust of a flag's reporter, from a flag loaded with `Flag.objects.with_reporter_trust()`."""
    reporter = flag.reporter
    return Trust(
        email_confirmed=flag.reporter_email_confirmed,
        joined=reporter.date_joined,
        suspended=reporter.is_suspended,
        upheld=flag.reporter_upheld,
        rejected=flag.reporter_rejected,
        reported_subject=getattr(flag, "reporter_is_subject", False),
    )
