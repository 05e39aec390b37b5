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
    return os.process_cpu_count() or 1


wsgi_app = "qasite.wsgi:application"
bind = os.environ.get("GUNICORN_BIND") or f"0.0.0.0:{os.environ.get('PORT', '8000')}"

# Workers: the classic 2 x CPUs + 1, each with a few threads so a slow upload or a slow client does
# not hold a whole process. WEB_CONCURRENCY overrides the process count (the Heroku convention).
workers = _env_int("WEB_CONCURRENCY", 2 * _cpu_count() + 1)
threads = _env_int("GUNICORN_THREADS", 4)
worker_class = "gthread"

# A request that takes longer than this is killed (the proxy's own timeout should be a little longer).
timeout = _env_int("GUNICORN_TIMEOUT", 30)
graceful_timeout = _env_int("GUNICORN_GRACEFUL_TIMEOUT", 30)
keepalive = _env_int("GUNICORN_KEEPALIVE", 5)
# Recycle workers now and then so slow leaks never add up; jitter keeps them from restarting together.
max_requests = _env_int("GUNICORN_MAX_REQUESTS", 2000)
max_requests_jitter = _env_int("GUNICORN_MAX_REQUESTS_JITTER", 200)

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
