"""Gunicorn for the benchmark: the production settings (../gunicorn.conf.py) with a few overrides.

- bind: the loopback port the driver chose;
- workers/threads: BENCH_WORKERS/BENCH_THREADS (see bench/README.md for the measurements behind them);
- no access log: one log line per request would be measured as well, and nobody reads it here;
- no worker recycling: a worker must show its real peak memory after thousands of requests.
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
workers = int(os.environ.get("BENCH_WORKERS", "2"))
threads = int(os.environ.get("BENCH_THREADS", "1"))
worker_class = "gthread" if threads > 1 else "sync"
accesslog = None
max_requests = 0
max_requests_jitter = 0
control_socket_disable = True
preload_app = True
