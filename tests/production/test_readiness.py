"""/healthz (uptime: the process, its database and cache) and /readyz (traffic: database, cache and
both media storages), each 503 with the failing part named when something is down."""

import pytest
from django.urls import reverse

from tests.production.conftest import production_env, run_python

pytestmark = pytest.mark.django_db


def test_readyz_reports_every_dependency(client):
    response = client.get(reverse("core:readyz"))
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok", "storage": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_readyz_is_503_when_private_storage_cannot_be_written(client, settings, tmp_path):
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("a file where the private media directory should be")
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {"BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {"location": blocker / "x"}},
    }
    response = client.get(reverse("core:readyz"))
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "ok", "cache": "ok", "storage": "down"}


def test_readyz_is_503_when_the_cache_is_down(client, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"socket_connect_timeout": 1},
        }
    }
    response = client.get(reverse("core:readyz"))
    assert response.status_code == 503
    assert response.json()["cache"] == "down"


def test_readyz_is_503_quickly_when_the_database_is_unreachable(tmp_path):
    # A process of its own: the suite's database connection must not be the one that breaks.
    env = production_env(DATABASE_URL="postgres://candid@127.0.0.1:1/candid", MEDIA_ROOT=str(tmp_path / "m"))
    reply = run_python(
        "import json, time; from django.test import RequestFactory; from ops.views import readyz;"
        "started = time.monotonic(); response = readyz(RequestFactory().get('/readyz'));"
        "print(json.dumps([response.status_code, json.loads(response.content), time.monotonic() - started]))",
        env=env,
    )
    status, body, seconds = reply
    assert status == 503
    assert body["database"] == "down" and body["storage"] == "ok"
    assert seconds < 10
