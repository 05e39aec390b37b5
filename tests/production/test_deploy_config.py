"""The production configuration as shipped: `check --deploy` clean with every service configured,
gunicorn.conf.py sizing and logging, and every variable documented."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.production.conftest import ROOT, production_env, run_manage, run_python

FULL_PRODUCTION = {
    "ALLOWED_HOSTS": "candid.example",
    "DATABASE_URL": "postgres://candid:secret@db.internal:5432/candid",
    "REDIS_URL": "redis://redis.internal:6379/0",
    "TASKS_BACKEND": "database",
    "MEDIA_STORAGE": "s3",
    "AWS_STORAGE_BUCKET_NAME": "candid-media",
    "AWS_PRIVATE_BUCKET_NAME": "candid-private",
    "AWS_S3_REGION_NAME": "eu-west-1",
    "EMAIL_HOST": "smtp.candid.example",
    "SECURE_SSL_REDIRECT": "1",
    "STATIC_MANIFEST": "1",
}


def test_check_deploy_is_clean_with_every_service_configured():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=production_env(**FULL_PRODUCTION))
    assert "no issues" in result.stdout


def _gunicorn_config(**env: str) -> dict[str, str]:
    # The gunicorn of the interpreter running the tests: the Python-floor run (bin/check-python-floor)
    # must read the configuration with its own Python.
    gunicorn = Path(sys.executable).with_name("gunicorn")
    result = subprocess.run(
        [str(gunicorn), "--print-config"],
        cwd=ROOT,
        env=production_env(DATABASE_URL="sqlite:///:memory:", **env),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return dict(re.findall(r"^(\w+)\s+= (.*)$", result.stdout, re.MULTILINE))


def usable_cpus() -> int:
    """The CPUs this process may run on (its affinity mask), as gunicorn.conf.py counts them."""
    return len(os.sched_getaffinity(0))


def test_gunicorn_runs_one_sync_worker_per_cpu_unless_told():
    config = _gunicorn_config()
    assert (config["workers"], config["threads"], config["worker_class"]) == (str(max(2, usable_cpus())), "1", "sync")
    config = _gunicorn_config(WEB_CONCURRENCY="3", GUNICORN_THREADS="8", GUNICORN_TIMEOUT="45")
    assert (config["workers"], config["threads"], config["timeout"]) == ("3", "8", "45")
    # Threads need the threaded worker; a single thread is the plain sync worker.
    assert config["worker_class"] == "gthread"


def test_gunicorn_recycles_workers_only_when_told_and_then_spread_out():
    config = _gunicorn_config()
    assert (config["max_requests"], config["max_requests_jitter"]) == ("0", "0")
    config = _gunicorn_config(GUNICORN_MAX_REQUESTS="10000")
    assert (config["max_requests"], config["max_requests_jitter"]) == ("10000", "5000")
    config = _gunicorn_config(GUNICORN_MAX_REQUESTS="10000", GUNICORN_MAX_REQUESTS_JITTER="100")
    assert config["max_requests_jitter"] == "100"


def test_gunicorn_production_settings():
    config = _gunicorn_config()
    assert config["wsgi_app"] == "qasite.wsgi:application"
    assert config["preload_app"] == "True"
    assert config["accesslog"] == "-"
    assert config["logger_class"] == "ops.gunicorn_logging.JsonLogger"
    # No control socket shared by every server on the machine unless one is named.
    assert config["control_socket_disable"] == "True"
    assert _gunicorn_config(GUNICORN_CONTROL_SOCKET="/tmp/candid.ctl")["control_socket_disable"] == "False"
    assert _gunicorn_config(LOG_JSON="0")["logger_class"] == "gunicorn.glogging.Logger"


def _settings_variables() -> set[str]:
    source = (ROOT / "qasite" / "settings.py").read_text() + (ROOT / "gunicorn.conf.py").read_text()
    names = set(re.findall(r"""env_(?:bool|int|list)\(\s*["']([A-Z0-9_]+)["']""", source))
    names |= set(re.findall(r"""os\.environ(?:\.get\(|\[)\s*["']([A-Z0-9_]+)["']""", source))
    names |= set(re.findall(r"""_env_(?:bool|int)\(\s*["']([A-Z0-9_]+)["']""", source))
    return names


@pytest.mark.parametrize("document", [".env.example", "README.md", "docs/deploy.md"])
def test_every_environment_variable_is_documented(document):
    text = (ROOT / document).read_text()
    missing = sorted(name for name in _settings_variables() if name not in text)
    assert missing == [], f"{document} does not mention {missing}"


def test_collected_static_files_are_hashed_compressed_and_served_with_long_caching(tmp_path):
    env = production_env(
        STATIC_MANIFEST="1",
        STATIC_ROOT=str(tmp_path / "static"),
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        ALLOWED_HOSTS="testserver",
    )
    run_manage("collectstatic", "--no-input", env=env)
    run_manage("migrate", "--no-input", env=env)
    page, asset = run_python(
        "import json, re; from django.test import Client; client = Client();"
        "html = client.get('/', secure=True).content.decode();"
        "url = re.search(r'/static/vendor/bootstrap/css/bootstrap\\.min\\.[0-9a-f]{12}\\.css', html).group();"
        "r = client.get(url, secure=True, headers={'accept-encoding': 'gzip'});"
        "print(json.dumps([url, [r.status_code, r.headers.get('Cache-Control'), r.headers.get('Content-Encoding')]]))",
        env=env,
    )
    assert page.startswith("/static/vendor/bootstrap/css/bootstrap.min.")
    status, cache_control, encoding = asset
    assert status == 200
    assert "immutable" in cache_control and "max-age=315360000" in cache_control
    assert encoding == "gzip"


def test_the_master_freezes_what_it_loaded_before_the_workers_fork():
    """As gunicorn runs it with preload_app: the application is loaded (Django set up), then `when_ready`
    loads the views and templates (ops/preload.py) and freezes everything, and logs what it loaded."""
    script = (
        "import gc, runpy, types\n"
        "config = runpy.run_path('gunicorn.conf.py')\n"
        "from qasite.wsgi import application  # what preload_app loads in the master\n"
        # Some interpreters (3.12) start with objects already frozen: what counts is that the hook adds more.
        "before = gc.get_freeze_count()\n"
        "logged = []\n"
        "log = types.SimpleNamespace(info=lambda message, *args: logged.append(message % args))\n"
        "config['when_ready'](types.SimpleNamespace(cfg=types.SimpleNamespace(preload_app=True), log=log))\n"
        "print(gc.get_freeze_count() - before)\n"
        "print(logged[0])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=production_env(DATABASE_URL="sqlite:///:memory:"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    frozen, logged = result.stdout.strip().splitlines()
    assert int(frozen) > 0
    assert logged.startswith("Loaded before forking: {'templates': ")
