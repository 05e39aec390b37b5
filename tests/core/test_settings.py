"""Settings are read from the environment: run Django in a subprocess with a chosen environment."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DEBUG": "0",
    "SECRET_KEY": "x" * 64 + "production-like-secret-for-check-deploy",
    "ALLOWED_HOSTS": "candid.example",
    "DATABASE_URL": "sqlite:////tmp/candid-check-deploy.sqlite3",
    "EMAIL_HOST": "smtp.candid.example",
}
# Test-only variables (set by pytest.ini or the browser tests) that production never has.
NOT_IN_PRODUCTION = {
    "DEBUG",
    "SECRET_KEY",
    "SECURE_SSL_REDIRECT",
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
    "DJANGO_ALLOW_ASYNC_UNSAFE",
    "STATIC_MANIFEST",
    "REDIS_URL",
}


def run_manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items() if k not in NOT_IN_PRODUCTION}
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env={**base, **env}, capture_output=True, text=True, timeout=120
    )


def test_check_deploy_is_clean_with_production_variables():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_refuses_to_start_without_secret_key_when_debug_is_off():
    env = {**PRODUCTION_ENV, "SECRET_KEY": ""}
    result = run_manage("check", env=env)
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_manage_py_in_an_unconfigured_checkout_runs_as_development():
    result = run_manage("check", env={})  # neither DEBUG nor SECRET_KEY
    assert result.returncode == 0, result.stdout + result.stderr
    result = run_manage("shell", "-c", "from django.conf import settings; print(settings.DEBUG)", env={})
    assert result.stdout.strip().splitlines()[-1] == "True"


def test_an_explicit_debug_off_is_obeyed_by_manage_py():
    result = run_manage("check", env={"DEBUG": "0"})
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr
