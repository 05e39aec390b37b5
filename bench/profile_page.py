"""Where a page's time goes: render it N times in-process and print cProfile's top functions.

    BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/candid_bench \
      .venv/bin/python bench/profile_page.py /questions/123/some-slug/ --user patient --runs 50

Production settings (DEBUG off, Redis cache when REDIS_URL is set) against the benchmark database;
`--user` logs that handle in (no password needed), without it the request is anonymous.

`--timing` profiles nothing: it renders the page in `--batches` batches of `--runs` and prints the
least CPU time (user + system of this process) per request of any batch, the figure to compare two
versions of the code with on a shared machine (the least is the run that was interrupted least). Set
`PAGE_CACHE_SECONDS=0` for the cost of a render, and `REDIS_URL` for the shipped cache.
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("path")
    parser.add_argument("--user", help="handle to log in as")
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--top", type=int, default=35)
    parser.add_argument("--sort", default="cumulative")
    parser.add_argument("--timing", action="store_true", help="least CPU ms per request, no profiler")
    parser.add_argument("--batches", type=int, default=7)
    args = parser.parse_args()

    import django

    django.setup()
    from django.test import Client

    from accounts.models import User

    client = Client()
    if args.user:
        client.force_login(User.objects.get(handle=args.user))
    response = client.get(args.path)
    if response.status_code != 200:
        raise SystemExit(f"{args.path}: HTTP {response.status_code}")

    if args.timing:
        least = min(_cpu_ms_per_request(client, args.path, args.runs) for _ in range(args.batches))
        print(
            f"{args.path} as {args.user or 'anonymous'}: {least:.2f} ms of CPU per request (least of {args.batches} x {args.runs})"
        )
        return

    started = time.perf_counter()
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(args.runs):
        client.get(args.path)
    profiler.disable()
    per_request = (time.perf_counter() - started) / args.runs * 1000
    print(f"{args.path} as {args.user or 'anonymous'}: {per_request:.1f} ms per request under the profiler")
    pstats.Stats(profiler).sort_stats(args.sort).print_stats(args.top)


def _cpu_ms_per_request(client, path: str, runs: int) -> float:
    started = time.process_time()
    for _ in range(runs):
        client.get(path)
    return (time.process_time() - started) / runs * 1000


if __name__ == "__main__":
    main()
