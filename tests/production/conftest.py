"""Production-shape tests: real subprocesses (gunicorn, the task worker, management commands) over a
real PostgreSQL database and Redis of their own, whichever database the rest of the suite runs on.

They need PostgreSQL on 127.0.0.1:5432 and Redis on 127.0.0.1:6379 (PRODUCTION_TEST_PG and
PRODUCTION_TEST_REDIS override the URLs) and skip with the reason when either does not answer.
Each run uses its own database name and cache key prefix, so runs in parallel do not collide.
"""

import json
import os
import secrets
import socket
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest
import redis

ROOT = Path(__file__).resolve().parents[2]
PG_SERVER_URL = os.environ.get("PRODUCTION_TEST_PG", "postgres://postgres@127.0.0.1:5432")
# Not database 0 (development) and not 1 (the suite's other Redis users): keys carry a per-run prefix too.
REDIS_URL = os.environ.get("PRODUCTION_TEST_REDIS", "redis://127.0.0.1:6379/13")
# What a production process inherits from the test run: nothing of pytest.ini's test settings.
_INHERITED_VARIABLES = ("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "VIRTUAL_ENV", "PYTHONPATH", "PYTHONHASHSEED")


def unique_name(kind: str) -> str:
    return f"candid_{kind}_{os.getpid()}_{secrets.token_hex(3)}"


def production_env(**overrides: str) -> dict[str, str]:
    """The environment of a production process: DEBUG off, a secret key, JSON logs, plus `overrides`.

    SECURE_SSL_REDIRECT is off because the tests talk plain HTTP to gunicorn; they send
    `X-Forwarded-Proto: https` as the TLS proxy would.
    """
    env = {key: os.environ[key] for key in _INHERITED_VARIABLES if key in os.environ}
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "qasite.settings",
            "DEBUG": "0",
            "SECRET_KEY": "production-tests-" + "k" * 48,
            "ALLOWED_HOSTS": "127.0.0.1",
            "SECURE_SSL_REDIRECT": "0",
            "STATIC_MANIFEST": "0",
            "LOG_JSON": "1",
            "PYTHONUNBUFFERED": "1",
        }
    )
    env.update(overrides)
    return env


def run_manage(*args: str, env: dict[str, str], timeout: int = 180, check: bool = True) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
    )
    if check and result.returncode != 0:
        pytest.fail(f"manage.py {' '.join(args)} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return result


def run_python(code: str, *, env: dict[str, str]) -> object:
    """Runs `code` in `manage.py shell` in a new process; it must print one JSON value, which is returned."""
    result = run_manage("shell", "--no-imports", "-c", code, env=env)
    return json.loads(result.stdout.strip().splitlines()[-1])


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _pg_connect(database: str = "postgres") -> psycopg.Connection:
    return psycopg.connect(f"{PG_SERVER_URL}/{database}", autocommit=True, connect_timeout=3)


def pg_create(name: str) -> str:
    with _pg_connect() as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return f"{PG_SERVER_URL}/{name}"


def pg_drop(name: str) -> None:
    with _pg_connect() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def postgres_server() -> str:
    try:
        with _pg_connect():
            pass
    except psycopg.OperationalError as error:
        pytest.skip(f"PostgreSQL is not reachable at {PG_SERVER_URL} ({error}); start it with bin/ensure-postgres")
    return PG_SERVER_URL


@pytest.fixture(scope="session")
def redis_server() -> str:
    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping()
    except redis.RedisError as error:
        pytest.skip(f"Redis is not reachable at {REDIS_URL} ({error}); start it with bin/ensure-redis")
    return REDIS_URL


@pytest.fixture
def cache_prefix(redis_server):
    """A key prefix of this test's own; its keys are deleted afterwards (never FLUSHDB: others share it)."""
    prefix = unique_name("cache")
    yield prefix
    client = redis.Redis.from_url(redis_server)
    keys = list(client.scan_iter(match=f"{prefix}:*", count=500))
    if keys:
        client.delete(*keys)


@pytest.fixture(scope="session")
def production_database(postgres_server, tmp_path_factory):
    """A migrated PostgreSQL database of this run's own, shared by the production tests, then dropped."""
    name = unique_name("prod")
    url = pg_create(name)
    try:
        run_manage("migrate", "--no-input", env=production_env(DATABASE_URL=url))
        yield url
    finally:
        pg_drop(name)


@pytest.fixture
def service_env(production_database, redis_server, cache_prefix, tmp_path):
    """The environment of one site deployment: shared PostgreSQL, Redis and media directories."""
    return production_env(
        DATABASE_URL=production_database,
        REDIS_URL=redis_server,
        CACHE_KEY_PREFIX=cache_prefix,
        MEDIA_ROOT=str(tmp_path / "media"),
        PRIVATE_MEDIA_ROOT=str(tmp_path / "private"),
    )


class Probe:
    """A long-lived Django process (tests/production/probe.py) driven one JSON line at a time."""

    def __init__(self, env: dict[str, str]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.production.probe"],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def __call__(self, op: str, **args: object) -> dict:
        assert self.process.stdin and self.process.stdout
        self.process.stdin.write(json.dumps({"op": op, "args": args}) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            self.process.wait(timeout=10)
            pytest.fail(f"probe exited ({self.process.returncode}): {self.process.stderr.read()}")
        reply = json.loads(line)
        if "error" in reply:
            pytest.fail(f"probe {op} failed: {reply['error']}")
        return reply

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.stdin.close()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process.stdout.close()
        self.process.stderr.close()


@pytest.fixture
def probes(service_env):
    """`probes(n)` starts n separate Django processes over the same database and Redis."""
    started: list[Probe] = []

    def start(count: int = 2, **overrides: str) -> list[Probe]:
        new = [Probe({**service_env, **overrides}) for _ in range(count)]
        started.extend(new)
        return new

    yield start
    for probe in started:
        probe.close()
