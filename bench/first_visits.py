"""What a first visit costs: question pages nobody read since they last changed, rendered in-process.

    BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/candid_bench REDIS_URL=redis://127.0.0.1:6379/9 \\
      PAGE_CACHE_SECONDS=0 .venv/bin/python bench/first_visits.py --count 200 [--user patient] [--profile]

Takes `--count` published questions spread over the table (as the rotating row does), empties the
cache's kept values and fragments first (a key prefix of its own), and renders each once: the mean
CPU time (user + system of this process) per page is the miss path the rotating row's tail comes from.
`--warm N` first reads N other questions (not timed), as a site that has been serving for a while has:
what is shared between pages (doctors' bylines, the treatments) is then kept, and only what is the
page's own is rendered. `--site-changed` then moves "site" (a doctor's profile, the disclaimer), as the
rotating row does before it starts: what every page shows is rendered again, what shows none of it is
not. `--profile` prints cProfile's top functions over the timed renders as well (`--sort tottime` orders
them by their own time). Queries per page and the time spent waiting for them are printed too.
"""

import argparse
import cProfile
import os
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault(
    "DATABASE_URL", os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/candid_bench")
)
os.environ.setdefault("SECRET_KEY", "profile-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz")
os.environ.setdefault("DEBUG", "0")
os.environ.setdefault("ALLOWED_HOSTS", "testserver")
os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
os.environ.setdefault("STATIC_MANIFEST", "0")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "qasite.settings")
# Kept values under a prefix of their own, so every page starts cold whatever ran before.
os.environ.setdefault("CACHE_KEY_PREFIX", f"first-visits-{os.getpid()}-{time.time_ns()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--user", help="handle to log in as")
    parser.add_argument("--warm", type=int, default=0, help="other questions read first, not timed")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--sort", default="cumulative", help="cProfile's order with --profile, e.g. tottime")
    parser.add_argument("--dump", help="with --profile: also write the profile to this file (pstats)")
    parser.add_argument("--site-changed", action="store_true", help='move "site" on after warming up')
    parser.add_argument(
        "--answered", type=int, default=0, help="answers posted to other questions after warming up, as doctors do"
    )
    parser.add_argument(
        "--again", action="store_true", help="time the warm-up's questions read again instead of first visits"
    )
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection
    from django.test import Client

    from accounts.models import User
    from bench.targets import rotation_paths
    from pagecache.topics import bump

    client = Client()
    if args.user:
        client.force_login(User.objects.get(handle=args.user))
    everything = rotation_paths(args.count + max(args.warm, 1))
    paths, warm = everything[: args.count], everything[args.count :]
    for path in warm:  # and the process's one-time work (templates, URL patterns) is not a first visit
        client.get(path)
    if args.site_changed:
        bump("site")
    if args.again:
        paths = warm[: args.count]
    for _ in range(args.answered):
        _answer_one(exclude=paths)
    queries = {"count": 0, "seconds": 0.0}

    def counted(execute, sql, params, many, context):
        queries["count"] += 1
        began = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            queries["seconds"] += time.perf_counter() - began

    profiler = cProfile.Profile() if args.profile else None
    started = time.process_time()
    if profiler:
        profiler.enable()
    with connection.execute_wrapper(counted):
        for path in paths:
            response = client.get(path)
            if response.status_code != 200:
                raise SystemExit(f"{path}: HTTP {response.status_code}")
    if profiler:
        profiler.disable()
        pstats.Stats(profiler).sort_stats(args.sort).print_stats(args.top)
        if args.dump:
            profiler.dump_stats(args.dump)
    per_page = (time.process_time() - started) / len(paths) * 1000
    print(
        f"{len(paths)} {'visits again' if args.again else 'first visits'} as {args.user or 'anonymous'}"
        + (' after "site" moved' if args.site_changed else "")
        + (f" after {args.answered} answers" if args.answered else "")
        + f": {per_page:.2f} ms of CPU per page, {queries['count'] / len(paths):.1f} queries per page,"
        f" {queries['seconds'] / len(paths) * 1000:.2f} ms waiting for them"
    )


def _answer_one(*, exclude: list[str]) -> None:
    """A verified doctor answers a published question none of the timed pages is (through the service, which
    announces it to the cache as the site's own form does). Its transaction is kept: the benchmark's
    database is seeded again by `make bench`."""
    import random

    from doctors.models import DoctorProfile
    from questions.models import Question
    from questions.services import answer_create

    doctor = DoctorProfile.objects.filter(user__handle="dr-ruiz").get()
    timed = {path.rstrip("/").split("/")[-2] for path in exclude}
    while True:
        question = Question.objects.public().order_by("?").only("pk", "slug").first()
        if str(question.pk) not in timed and not question.answers.filter(doctor=doctor).exists():
            break
    answer_create(
        doctor=doctor,
        question=question,
        body="Swelling like this usually settles within two weeks; a photo at your review helps me judge it."
        + f" ({random.randint(1, 10**9)})",
    )


if __name__ == "__main__":
    main()
