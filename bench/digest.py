"""Benchmark: one daily digest run for 100,000 members on PostgreSQL.

    .venv/bin/python bench/digest.py [--members 100000] [--notices 3] [--keep]

Makes a database of its own (BENCH_DIGEST_DATABASE_URL, default
postgres://postgres@127.0.0.1:5432/candid_bench_digest), migrates it, loads the members with
`generate_series` (each with a confirmed address, a daily-digest preference and `--notices` unread
notices about followed pages from yesterday, plus as many members on the weekly digest who must not
be touched), then times `follows.digests.digests_send` for yesterday, and a rerun of the same period,
which must send nothing. E-mails are built in full (both parts, headers, MIME bytes) by a backend
that counts them instead of talking to a mail server. Prints wall time, CPU time of this process,
queries and e-mails; bench/README.md ("Digests") keeps the figure.
"""

import argparse
import os
import sys
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATABASE_URL = os.environ.get("BENCH_DIGEST_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/candid_bench_digest")

try:
    from django.core.mail.backends.base import BaseEmailBackend
except ImportError:  # imported only for the backend below
    BaseEmailBackend = object


class BuildingBackend(BaseEmailBackend):
    """Builds each message's bytes, as an SMTP backend would before sending, and counts them."""

    sent = 0
    bytes = 0
    seconds = 0.0  # CPU time spent making the MIME bytes (Python's email package, as SMTP would)

    def send_messages(self, messages) -> int:
        started = time.process_time()
        for message in messages:
            BuildingBackend.bytes += len(message.message().as_bytes())
        BuildingBackend.seconds += time.process_time() - started
        BuildingBackend.sent += len(messages)
        return len(messages)


def _database_reset(*, create: bool = True) -> None:
    import psycopg

    parts = urllib.parse.urlparse(DATABASE_URL)
    name = parts.path.lstrip("/")
    admin = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if create:
            conn.execute(f'CREATE DATABASE "{name}"')


LOAD = [
    # Members: the first half daily, the second weekly (untouched by a daily run).
    """INSERT INTO accounts_user (password, is_superuser, handle, email, full_name, is_staff, is_active,
        date_joined, suspension_reason)
       SELECT '!', false, 'member' || n, 'member' || n || '@example.com', '', false, true, now(), ''
       FROM generate_series(1, %(total)s) n""",
    """INSERT INTO account_emailaddress (user_id, email, verified, "primary")
       SELECT id, email, true, true FROM accounts_user""",
    """INSERT INTO follows_emailpreference (user_id, immediate, digest, updated_at)
       SELECT id, true, CASE WHEN id <= (SELECT min(id) FROM accounts_user) + %(members)s - 1
                             THEN 'daily' ELSE 'weekly' END, now()
       FROM accounts_user""",
    """INSERT INTO accounts_notice (user_id, message, url, created_at, kind, topic, count, direct)
       SELECT u.id, k || ' new answers on “How long does swelling last after lip filler, and is it normal that one side is bigger?”.',
              '/questions/' || (u.id %% 5000 + k) || '/how-long-does-swelling-last/',
              %(yesterday)s::timestamptz + (k || ' hours')::interval, 'new-answer', 'question:' || (u.id %% 5000 + k), k, false
       FROM accounts_user u, generate_series(1, %(notices)s) k""",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--notices", type=int, default=3)
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    args = parser.parse_args()

    os.environ.update(
        DATABASE_URL=DATABASE_URL,
        DJANGO_SETTINGS_MODULE="qasite.settings",
        DEBUG="0",
        SECRET_KEY=os.environ.get("SECRET_KEY", "bench-digest-" + "x" * 50),
        SITE_URL="https://candid.example",
        ALLOWED_HOSTS="candid.example",
    )
    os.environ.pop("REDIS_URL", None)
    sys.path.insert(0, str(ROOT))
    _database_reset()
    import datetime as dt

    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from bench import digest as this  # the backend's counters live in the imported module, not __main__
    from follows.digests import digest_period, digests_send

    settings.MAILERS = {"default": {"BACKEND": "bench.digest.BuildingBackend"}}
    call_command("migrate", "--no-input", verbosity=0)
    today = dt.datetime.now(tz=dt.UTC).date()
    period = digest_period("daily", today)
    started = time.monotonic()
    with connection.cursor() as cursor:
        for statement in LOAD:
            cursor.execute(
                statement,
                {
                    "total": args.members * 2,
                    "members": args.members,
                    "notices": args.notices,
                    "yesterday": period.start,
                },
            )
        cursor.execute("VACUUM ANALYZE")
    print(
        f"loaded {args.members * 2:,} members, {args.members * 2 * args.notices:,} notices in {time.monotonic() - started:.1f} s"
    )

    for label in ("first run", "rerun"):
        cpu, wall = time.process_time(), time.monotonic()
        before, mime = this.BuildingBackend.sent, this.BuildingBackend.seconds
        with CaptureQueriesContext(connection) as queries:
            if os.environ.get("BENCH_PROFILE") and label == "first run":
                import cProfile

                cProfile.runctx(
                    "sent = digests_send(digest='daily', day=today)",
                    globals(),
                    ns := {"digests_send": digests_send, "today": today},
                    os.environ["BENCH_PROFILE"],
                )
                sent = ns["sent"]
            else:
                sent = digests_send(digest="daily", day=today)
        wall, cpu = time.monotonic() - wall, time.process_time() - cpu
        print(
            f"{label}: {sent:,} digests ({this.BuildingBackend.sent - before:,} e-mails built, "
            f"{this.BuildingBackend.bytes / 1e6:,.0f} MB) in {wall:.1f} s wall, {cpu:.1f} s CPU of this process "
            f"(of which {this.BuildingBackend.seconds - mime:.1f} s making MIME bytes in the mail backend), "
            f"{len(queries)} queries"
        )
    connection.close()
    if not args.keep:
        _database_reset(create=False)


if __name__ == "__main__":
    main()
