"""Gunicorn for the benchmark: the shipped settings (../gunicorn.conf.py) with a few overrides.

- bind: the loopback port the driver chose;
- workers/threads: the shipped values (WEB_CONCURRENCY, GUNICORN_THREADS and their defaults), unless
  BENCH_WORKERS/BENCH_THREADS are set for a trial of another configuration;
- no access log: one log line per request would be measured as well, and nobody reads it here;
- no worker recycling, when the shipped config recycles: the driver reads each worker's CPU time before
  and after a row and its peak memory after the run, and a recycled worker takes both with it.
"""

import os
from pathlib import Path

_production = Path(__file__).resolve().parent.parent / "gunicorn.conf.py"
if _production.exists():
    exec(compile(_production.read_text(), str(_production), "exec"))  # noqa: S102 - our own config file

wsgi_app = "qasite.wsgi:application"
# The benchmark's settings (bench/settings.py): the site's plus the trivial view and the query counter.
raw_env = ["DJANGO_SETTINGS_MODULE=bench.settings"]
bind = os.environ["BENCH_BIND"]
if os.environ.get("BENCH_WORKERS"):
    workers = int(os.environ["BENCH_WORKERS"])
if os.environ.get("BENCH_THREADS"):
    threads = int(os.environ["BENCH_THREADS"])
    worker_class = "gthread" if threads > 1 else "sync"
accesslog = None
# What the shipped config recycles after (0: never); gunicorn ignores names it does not know, the driver
# reports it.
shipped_max_requests = globals().get("max_requests", 0)
if shipped_max_requests:
    max_requests = 0
    max_requests_jitter = 0
control_socket_disable = True
preload_app = True

if os.environ.get("BENCH_GC_LOG"):

    def post_fork(server, worker) -> None:
        """BENCH_GC_LOG=<path>: each worker appends to <path>.<pid> a line per garbage collection of the
        older generations and per collection longer than a millisecond: time, generation, milliseconds,
        objects collected. What the rotating row's tail is made of, besides the renders."""
        import gc
        import time

        log_path = f"{os.environ['BENCH_GC_LOG']}.{os.getpid()}"
        started = [0.0]

        def timing(phase: str, info: dict) -> None:
            if phase == "start":
                started[0] = time.perf_counter()
                return
            milliseconds = (time.perf_counter() - started[0]) * 1000
            if info["generation"] or milliseconds > 1:
                with open(log_path, "a") as log:
                    log.write(f"{time.time():.3f} {info['generation']} {milliseconds:.2f} {info['collected']}\n")

        gc.callbacks.append(timing)
