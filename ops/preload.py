"""What the gunicorn master loads before it forks its workers (gunicorn.conf.py, `when_ready`).

With `preload_app` the master imports Django and the project's settings and apps, but the URLconf, the
views it imports (the API's schemas among them) and the templates were loaded lazily, by each worker's
first requests. Those objects then lived in every worker's own young heap: about 70,000 objects the
garbage collector walked on every full collection, which took 25-70 ms on the 2-core benchmark machine
and stopped the worker while requests queued behind it (the rotating rows' p99, bench/README.md).
Loaded here and frozen (`gc.freeze()`), they are shared with the workers copy-on-write and out of the
collector's reach, and a worker's full collection walks only what it made itself.
"""

import gc
import logging
from importlib import import_module
from importlib.util import find_spec
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.template import TemplateDoesNotExist, TemplateSyntaxError, engines
from django.urls import get_resolver
from django.utils import translation

logger = logging.getLogger(__name__)

TEMPLATE_SUFFIXES = {".html", ".txt", ".xml"}


def project_template_names() -> list[str]:
    """The names of the project's own templates: its template directories and its apps' `templates/`
    (third-party apps' templates load on first use: most are never shown)."""
    base = Path(settings.BASE_DIR).resolve()
    roots = [Path(directory) for engine in settings.TEMPLATES for directory in engine.get("DIRS", [])]
    roots += [
        Path(config.path) / "templates"
        for config in apps.get_app_configs()
        # A virtualenv inside the checkout holds third-party apps too.
        if Path(config.path).resolve().is_relative_to(base) and "site-packages" not in Path(config.path).parts
    ]
    names = set()
    for root in roots:
        if root.is_dir():
            names.update(
                path.relative_to(root).as_posix()
                for path in root.rglob("*")
                if path.suffix in TEMPLATE_SUFFIXES and path.is_file()
            )
    return sorted(names)


def load_for_workers() -> dict[str, int]:
    """Import every view through the URLconf, build its reverse lookups in each language, compile the
    project's templates into the cached loader, then collect and freeze what is loaded. Returns what
    was loaded, for the log."""
    # What the first request would import: the session engine, the cache and storage backends, and the
    # Redis client they use (imported inside the backend's client on first use; no connection is opened here).
    backends = {settings.SESSION_ENGINE}
    backends.update(cache["BACKEND"].rsplit(".", 1)[0] for cache in settings.CACHES.values())
    backends.update(storage["BACKEND"].rsplit(".", 1)[0] for storage in settings.STORAGES.values())
    if any("redis" in cache["BACKEND"].lower() for cache in settings.CACHES.values()) and find_spec("redis"):
        backends.add("redis")
    backends.add(settings.MESSAGE_STORAGE.rsplit(".", 1)[0])
    for module in sorted(backends):
        import_module(module)
    resolver = get_resolver()
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            resolver.reverse_dict  # noqa: B018 - built on first access, per language
    compiled = 0
    names = project_template_names()
    for engine in engines.all():
        if not hasattr(engine, "engine"):  # Django's own template engine only
            continue
        engine.engine.template_context_processors  # noqa: B018 - imported on first access
        for name in names:
            try:
                engine.get_template(name)
            except (TemplateDoesNotExist, TemplateSyntaxError):
                # Served as before, compiled on first use (where the error shows in its page's log).
                logger.warning("Not preloaded: %s", name, exc_info=True)
            else:
                compiled += 1
    gc.collect()
    gc.freeze()
    return {"templates": compiled, "frozen": gc.get_freeze_count()}
