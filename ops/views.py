"""Health endpoints for uptime monitors and the load balancer: they answer without a session or a page."""

import logging
import os

from django.core.cache import cache
from django.core.files.storage import FileSystemStorage, Storage, storages
from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache

logger = logging.getLogger(__name__)


def _database_ok() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        return True
    except Exception:
        logger.warning("Health check: the database does not answer.", exc_info=True)
        return False


def _cache_ok() -> bool:
    try:
        cache.set("healthz", "ok", 5)
        return cache.get("healthz") == "ok"
    except Exception:
        logger.warning("Health check: the cache does not answer.", exc_info=True)
        return False


def _storage_reachable(storage: Storage) -> None:
    """Raises when uploads could not be written: a bucket missing or unreachable, a directory read-only."""
    if isinstance(storage, FileSystemStorage):
        # The first upload would create the directory; a probe may do the same.
        os.makedirs(storage.location, exist_ok=True)
        if not os.access(storage.location, os.W_OK):
            raise PermissionError(f"{storage.location} is not writable")
    elif bucket_name := getattr(storage, "bucket_name", None):
        # S3: HEAD on the bucket checks credentials, network and the bucket in one request.
        storage.connection.meta.client.head_bucket(Bucket=bucket_name)
    else:
        storage.exists("readyz")


def _storage_ok() -> bool:
    try:
        for alias in ("default", "private"):
            _storage_reachable(storages[alias])
        return True
    except Exception:
        logger.warning("Health check: media storage is unreachable.", exc_info=True)
        return False


def _status_response(checks: dict[str, bool]) -> JsonResponse:
    healthy = all(checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "unavailable", **{k: "ok" if v else "down" for k, v in checks.items()}},
        status=200 if healthy else 503,
    )


@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    """Health for uptime monitors: 200 when the process, its database and its cache answer, 503 otherwise."""
    return _status_response({"database": _database_ok(), "cache": _cache_ok()})


@never_cache
def readyz(request: HttpRequest) -> JsonResponse:
    """Readiness for the load balancer: 200 only when the database, the cache and media storage
    (public and private) are all reachable, so a worker gets traffic only when it can serve it."""
    return _status_response({"database": _database_ok(), "cache": _cache_ok(), "storage": _storage_ok()})
