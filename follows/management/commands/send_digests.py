"""Send the daily or weekly digest e-mails of the last whole period (run by a timer: docs/deploy.md)."""

import datetime as dt

from django.core.management.base import BaseCommand, CommandError

from follows.digests import digest_period, digests_send
from follows.models import EmailPreference


class Command(BaseCommand):
    help = "Send digest e-mails for the last whole day or week. Rerunning a period sends nothing twice."

    def add_arguments(self, parser) -> None:
        parser.add_argument("digest", choices=[EmailPreference.Digest.DAILY, EmailPreference.Digest.WEEKLY])
        parser.add_argument("--today", help="Act as if today were this date (YYYY-MM-DD), e.g. to catch up.")

    def handle(self, *args, digest: str, today: str | None = None, **options) -> None:
        day = None
        if today:
            try:
                day = dt.date.fromisoformat(today)
            except ValueError as error:
                raise CommandError(f"--today must be a date like 2026-12-01, not {today!r}.") from error
        period = digest_period(digest, day)
        sent = digests_send(digest=digest, day=day)
        self.stdout.write(f"{period.key}: {sent} digest{'s' if sent != 1 else ''} sent.")
