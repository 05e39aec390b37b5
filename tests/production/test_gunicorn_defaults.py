"""gunicorn started as shipped: `gunicorn -c gunicorn.conf.py` with nothing but the production settings and
an address, on the Python running the tests (bin/check-python-floor runs this on README's oldest Python).
It answers /healthz with the documented shape: one single-threaded sync worker per usable CPU, at least
two, and no control socket under $HOME."""

import json
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.production.conftest import ROOT, free_port, production_env


def _children(pid: int) -> list[int]:
    """Processes whose parent is `pid`, from /proc."""
    children = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue  # gone meanwhile
        # "pid (comm) state ppid ...": comm may hold spaces and parentheses, so split after the last ")".
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            children.append(int(entry.name))
    return children


def _threads(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("Threads:"):
            return int(line.split()[1])
    raise AssertionError(f"no thread count for process {pid}")


def _log(path: Path) -> list[str]:
    messages = []
    for line in path.read_text().splitlines():
        try:
            messages.append(json.loads(line)["message"])
        except (ValueError, KeyError):
            messages.append(line)
    return messages


@pytest.fixture
def shipped_gunicorn(tmp_path):
    """gunicorn with the shipped defaults (no WEB_CONCURRENCY, GUNICORN_THREADS, ...): port, pid, log."""
    port = free_port()
    home = tmp_path / "home"
    home.mkdir()
    env = production_env(
        HOME=str(home),
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        MEDIA_ROOT=str(tmp_path / "media"),
        PRIVATE_MEDIA_ROOT=str(tmp_path / "private"),
        GUNICORN_BIND=f"127.0.0.1:{port}",
    )
    log = tmp_path / "gunicorn.log"
    with log.open("w") as output:
        process = subprocess.Popen(
            [str(Path(sys.executable).with_name("gunicorn")), "--config", "gunicorn.conf.py"],
            cwd=ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    try:
        yield port, process.pid, log, home
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _healthz(port: int, pid: int, log: Path) -> dict:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5) as response:
                return json.loads(response.read())
        except OSError:
            if not Path(f"/proc/{pid}").exists():
                break
            time.sleep(0.2)
    pytest.fail("gunicorn never answered /healthz:\n" + log.read_text())


def test_shipped_gunicorn_answers_with_one_sync_worker_per_cpu(shipped_gunicorn):
    port, pid, log, home = shipped_gunicorn
    assert _healthz(port, pid, log) == {"status": "ok", "database": "ok", "cache": "ok"}

    expected = max(2, len(os.sched_getaffinity(0)))
    deadline = time.monotonic() + 30
    while len(_children(pid)) < expected and time.monotonic() < deadline:
        time.sleep(0.2)  # the other workers may still be booting
    workers = _children(pid)
    assert len(workers) == expected
    messages = _log(log)
    assert "Using worker: sync" in messages
    assert sum(message.startswith("Booting worker with pid") for message in messages) == expected
    # Each worker serves one request at a time on its main thread: no thread pool.
    assert [_threads(worker) for worker in workers] == [1] * expected
    # The master loaded the views and compiled the project's templates before forking (ops/preload.py).
    loaded = [message for message in messages if message.startswith("Loaded before forking: ")]
    assert len(loaded) == 1, messages
    assert "'templates': 2" in loaded[0] or "'templates': 1" in loaded[0]  # a couple of hundred, not none
    # No control socket under $HOME (gunicorn's default path) unless GUNICORN_CONTROL_SOCKET names one.
    assert not (home / ".gunicorn").exists()
