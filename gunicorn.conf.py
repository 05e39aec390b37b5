"""Gunicorn settings for Candid's web workers, from the environment (see docs/deploy.md).

Run from the project directory: `gunicorn` (this file is read by default) or `gunicorn -c gunicorn.conf.py`.
Web workers are stateless: sessions, cache and rate limits live in Redis, data in PostgreSQL, media in
object storage, so any number of these processes may run behind the proxy.
"""

import os


def _env_int(name: str, default: int) -> int:
    return int(os.environ.get(name) or default)


def _env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _cpu_count() -> int:
    # The CPUs this process may run on (containers and taskset limit them), not the host's total.
    # os.process_cpu_count() says exactly that but exists only from Python 3.13 on, and README
    # promises 3.12: the affinity mask is what it reads on Linux; elsewhere, the machine's count.
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


wsgi_app = "qasite.wsgi:application"
bind = os.environ.get("GUNICORN_BIND") or f"0.0.0.0:{os.environ.get('PORT', '8000')}"

# Workers: one single-threaded (sync) process per CPU, at least two. Measured on 2 CPUs against
# 2 x CPUs + 1 processes of 4 threads, CPUs + 1 of 2 threads and other shapes (docs/deploy.md, "Worker
# shape, measured"), it kept p99 under 50 ms at 8 connections and 200 ms at 64 in all six runs (at
# most 24 and 185 ms, cached pages and a trivial view), with the best throughput on the trivial view
# and the question list. Surplus processes and threads share the same CPUs: they add waiting, not work. Slow
# clients cannot hold a process: the proxy buffers requests and responses.
# WEB_CONCURRENCY overrides the process count (the Heroku convention); GUNICORN_THREADS > 1 switches to
# threaded (gthread) workers, for requests that wait on something slow outside the machine.
workers = _env_int("WEB_CONCURRENCY", max(2, _cpu_count()))
threads = _env_int("GUNICORN_THREADS", 1)
worker_class = "gthread" if threads > 1 else "sync"

# A request that takes longer than this is killed (the proxy's own timeout should be a little longer).
timeout = _env_int("GUNICORN_TIMEOUT", 30)
graceful_timeout = _env_int("GUNICORN_GRACEFUL_TIMEOUT", 30)
# Idle keep-alive toward the proxy; sync workers close each connection after the response instead.
keepalive = _env_int("GUNICORN_KEEPALIVE", 5)
# No worker recycling by default: a new worker starts with cold per-process caches (compiled
# templates, recently served pages), and with 2,000 requests +-200 the workers of a busy server
# restarted again and again, close together. Measured on the same 5 x 4-thread shape, a cached question
# page's p99 was 406 ms with recycling and 19 ms without. For a leak, GUNICORN_MAX_REQUESTS sets a
# limit; the jitter then defaults to half of it, so the workers' restarts spread out.
max_requests = _env_int("GUNICORN_MAX_REQUESTS", 0)
max_requests_jitter = _env_int("GUNICORN_MAX_REQUESTS_JITTER", max_requests // 2)

# Load Django once in the master and fork: faster starts, less memory, and a broken deploy fails
# before any worker takes traffic.
preload_app = True

# The worker heartbeat file on tmpfs: a slow disk must not make healthy workers look dead.
# (gunicorn creates it with mkstemp, so the shared directory is safe.)
_SHM = "/dev/shm"  # noqa: S108
if os.path.isdir(_SHM):
    worker_tmp_dir = _SHM

# Trust X-Forwarded-* only from the proxy in front (comma-separated addresses, "*" for any).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")

# Logs: access and error logs to stdout/stderr for the process manager to collect, as JSON lines
# (like Django's own logs) unless LOG_JSON=0.
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
if _env_bool("LOG_JSON", True):
    logger_class = "ops.gunicorn_logging.JsonLogger"
else:
    access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms "%(f)s" "%(a)s" %({x-forwarded-for}i)s'

# Gunicorn 25+ opens a control socket under $HOME by default; several servers on one machine would
# share the path. Off unless GUNICORN_CONTROL_SOCKET names one for this server.
if os.environ.get("GUNICORN_CONTROL_SOCKET"):
    control_socket = os.environ["GUNICORN_CONTROL_SOCKET"]
else:
    control_socket_disable = True


def pre_fork(server, worker) -> None:
    # Nothing should have opened a database connection while loading the app, but a connection that
    # did would be shared by every forked worker and corrupt their conversations: close it first.
    if not server.cfg.preload_app:
        return  # the master never loaded Django
    from django.db import connections

    connections.close_all()


def when_ready(server) -> None:
    # Django and its apps are loaded in the master (preload_app): load the views and templates too, and
    # move all of it out of the garbage collector's reach before the workers fork (ops/preload.py). A
    # full collection then walks only what a worker made since, and the collector no longer writes into
    # pages shared with the master.
    if server.cfg.preload_app:
        from ops.preload import load_for_workers

        server.log.info("Loaded before forking: %s", load_for_workers())
