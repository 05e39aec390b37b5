"""Fragments: pieces of pages that repeat per row (an answer's byline and text), rendered once per content.

A question page with ten answers renders the same byline, dates, text and disclaimer for each answer
on every view, whoever reads it: most of the page's template time. `render_each` keeps each rendered
piece under a key made of *everything it was rendered from*: every loaded field of the row and of the
rows it shows with it, and the version of the code and templates. Nothing invalidates a fragment: when
anything it shows changes, its key changes, and the old one ages out. So a fragment can never show
stale content, whatever path changed the row (a save, `QuerySet.update()`, a migration, the shell).

Fragments are kept in this process (least recently used go first beyond `FRAGMENT_CACHE_BYTES`) and in
the shared cache for `FRAGMENT_CACHE_SECONDS` (0 turns them off), fetched for a whole list in one round
trip. They are independent of the page cache: a page that is rendered (a first visit, a page cache
miss, a member's own page) still reuses them.
"""

import dataclasses
import hashlib
import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import models
from django.dispatch import Signal
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from pagecache.topics import cached_until_changed, store_kept

logger = logging.getLogger(__name__)

_PREFIX = "fragment:1:"

# Sent with `name` for each fragment `render_each` renders in Python (not for those it reuses).
fragment_rendered = Signal()


def row_state(*rows: models.Model | None) -> tuple:
    """What `rows` hold as loaded: each row's model and the value of every field fetched with it.

    Deferred fields are left out (reading them would query); a field a fragment shows must be loaded,
    which the page's query does anyway.
    """
    state = []
    for row in rows:
        if row is None:
            state.append(None)
            continue
        values = row.__dict__
        state.append(
            (
                row._meta.label_lower,
                tuple(values.get(field.attname) for field in row._meta.concrete_fields if field.attname in values),
            )
        )
    return tuple(state)


def loaded_state(row: models.Model, depth: int = 3) -> tuple:
    """What `row` holds, for fragments whose template follows a row's relations: every attribute of the
    row as loaded (fields, and values set on it such as `case.blurred`), and the same of the rows loaded
    with it: relations `select_related` filled, lists `prefetch_related` filled and lists of rows set on
    it (`question.treatment_list`), `depth` levels down."""
    state = [row._meta.label_lower]
    for name, value in sorted(row.__dict__.items()):
        if name.startswith("_"):
            continue
        if isinstance(value, list) and value and isinstance(value[0], models.Model):
            value = tuple(loaded_state(item, depth - 1) for item in value) if depth else len(value)
        state.append((name, value))
    if depth:
        for name, value in sorted(row._state.fields_cache.items()):
            state.append((name, loaded_state(value, depth - 1) if value is not None else None))
        for name, queryset in sorted(getattr(row, "_prefetched_objects_cache", {}).items()):
            state.append((name, tuple(loaded_state(item, depth - 1) for item in queryset)))
    return tuple(state)


def value_state(value, depth: int = 3):
    """What a template value holds, for fragments rendered from computed values (a treatment's
    figures, a doctor's review summary): rows as `loaded_state`, dataclasses field by field, lists and
    dicts item by item, anything else by its repr."""
    if isinstance(value, models.Model):
        return loaded_state(value, depth)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return (
            type(value).__qualname__,
            tuple((f.name, value_state(getattr(value, f.name), depth)) for f in dataclasses.fields(value)),
        )
    if isinstance(value, (list, tuple)):
        return tuple(value_state(item, depth) for item in value)
    if isinstance(value, dict):
        return tuple((key, value_state(item, depth)) for key, item in sorted(value.items()))
    return repr(value)


class _Recent:
    """Fragments this process rendered or fetched lately, bounded in bytes.

    Held as plain `str`: a SafeString has an instance dict, so the garbage collector tracks it and every
    full collection walked the few thousand fragments a worker keeps (`untracked`). Marked safe again
    where they are used (`render_each`)."""

    def __init__(self) -> None:
        self._entries: OrderedDict[str, str] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()  # gthread workers render in threads

    def get_many(self, keys: Iterable[str]) -> dict[str, str]:
        found = {}
        with self._lock:
            for key in keys:
                html = self._entries.get(key)
                if html is not None:
                    self._entries.move_to_end(key)
                    found[key] = html
        return found

    def put_many(self, fragments: dict[str, str]) -> None:
        limit = getattr(settings, "FRAGMENT_CACHE_BYTES", 8 * 1024 * 1024)
        with self._lock:
            for key, html in fragments.items():
                if key in self._entries:
                    continue
                self._entries[key] = untracked(html)
                self._bytes += len(html)
            while self._bytes > limit and self._entries:
                _, dropped = self._entries.popitem(last=False)
                self._bytes -= len(dropped)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._bytes = 0


def untracked(text: str) -> str:
    """`text` as a plain `str`, which the garbage collector never walks (a SafeString it does): for HTML a
    process keeps for a long time, marked safe again when it is used."""
    return str.__str__(text)


recent_fragments = _Recent()
_code_version: str | None = None


def code_version() -> str:
    """A digest of the project's templates and Python modules: a deploy that changes how anything is
    rendered never reads fragments rendered by the code before it. Read once per process."""
    global _code_version
    if _code_version is None:
        digest = hashlib.blake2b(digest_size=8)
        base = Path(settings.BASE_DIR).resolve()
        roots = [Path(d) for engine in settings.TEMPLATES for d in engine.get("DIRS", [])]
        roots += [
            Path(config.path) for config in apps.get_app_configs() if Path(config.path).resolve().is_relative_to(base)
        ]
        for root in sorted(set(roots)):
            for path in sorted(root.rglob("*")):
                if path.suffix in {".py", ".html", ".txt"} and "migrations" not in path.parts and path.is_file():
                    digest.update(str(path.relative_to(base)).encode())
                    digest.update(path.read_bytes())
        _code_version = digest.hexdigest()
    return _code_version


def render_each[T](
    name: str,
    rows: Sequence[T],
    *,
    state: Callable[[T], tuple],
    context: Callable[[T], dict] | None = None,
    render: Callable[[T], str] | None = None,
) -> list[SafeString]:
    """A fragment for each of `rows`, reusing what was rendered before for the same state.

    `name` is a template, rendered with `context(row)`, or when `render` is given the name of what
    `render(row)` returns (HTML, escaped by its author). `state(row)` returns everything the fragment is
    rendered from (`row_state(...)` of the rows it shows), besides the code, the language and the time
    zone. The template gets no request and no context processors: a fragment is the same for every reader.
    Each fragment `render` renders is announced (`fragment_rendered`), as Django announces templates, so
    that tests can pin how many a page renders.
    """

    def rendered_now(row: T) -> str:
        if render is None:
            return render_to_string(name, context(row))  # announced as templates are (template_rendered)
        html = render(row)
        fragment_rendered.send(sender=render_each, name=name)
        return html

    seconds = getattr(settings, "FRAGMENT_CACHE_SECONDS", 0)
    if not seconds:
        return [mark_safe(rendered_now(row)) for row in rows]  # noqa: S308
    # Dates and words follow the active time zone and language, links the media and static addresses.
    setting = (
        code_version(),
        name,
        get_language(),
        timezone.get_current_timezone_name(),
        settings.MEDIA_URL,  # where pictures and files are linked (a move to a CDN)
        settings.STATIC_URL,
    )
    keys = [_PREFIX + hashlib.blake2b(repr((setting, state(row))).encode(), digest_size=16).hexdigest() for row in rows]
    found = recent_fragments.get_many(keys)
    missing = [key for key in keys if key not in found]
    if missing:
        try:
            shared = cache.get_many(missing)
        except Exception:
            logger.warning("Cache unavailable; rendering fragments.", exc_info=True)
            shared = {}
        recent_fragments.put_many(shared)
        found.update(shared)
    rendered = {}
    for key, row in zip(keys, rows, strict=True):
        if key not in found and key not in rendered:
            rendered[key] = rendered_now(row)
    if rendered:
        recent_fragments.put_many(rendered)
        found.update(rendered)
        store_kept(rendered, seconds)
    return [mark_safe(found[key]) for key in keys]  # noqa: S308 - rendered by our templates or escaped by `render`


def age_step(then: datetime, now: datetime) -> int:
    """A number that changes whenever Django's `timesince(then)` (two units: "3 days, 4 hours") can, and
    costs a subtraction where `timesince` costs translations: under a day its text moves every minute,
    under two weeks every hour, then every day (months and years turn over whole days after `then`)."""
    seconds = int((now - then).total_seconds())
    if seconds < 86_400:
        return seconds // 60
    if seconds < 14 * 86_400:
        return 100_000 + seconds // 3_600
    return 1_000_000 + seconds // 86_400


@dataclasses.dataclass(frozen=True)
class KeptHtml:
    """Rendered HTML, with the moments whose age it shows ("asked 3 minutes ago") and their ages then."""

    html: SafeString
    times: tuple[datetime, ...]
    ages: tuple[int, ...]


def html_until_changed(
    key: str, render: Callable[[], tuple[str, Iterable[datetime]]], *, topics: Iterable[str], reuse: bool = True
) -> SafeString:
    """The HTML `render()` returns, kept until one of `topics` moves or an age it shows turns over.

    `render()` returns the HTML and the moments it shows as "… ago". For the parts of a page that are the
    same for every reader and whose rows are kept until their topics move anyway: a page read again
    renders nothing and loads no row, where keeping the rows cost unpickling them and a key per row.
    The key follows the code, the language and the time zone, as fragments' keys do. `reuse=False`: not
    read, only rendered and stored (`cached_until_changed`).
    """

    def compute() -> KeptHtml:
        html, times = render()
        times = tuple(times)
        now = timezone.now()
        return KeptHtml(mark_safe(html), times, tuple(age_step(t, now) for t in times))  # noqa: S308

    def still_valid(kept: KeptHtml) -> bool:
        now = timezone.now()
        return kept.ages == tuple(age_step(t, now) for t in kept.times)

    setting = f"{code_version()}:{get_language()}:{timezone.get_current_timezone_name()}"
    return cached_until_changed(
        f"html:{setting}:{key}", compute, topics=topics, still_valid=still_valid, reuse=reuse
    ).html
