"""Topics: what a cached page shows, and how a change to it reaches the cache.

A *topic* names a piece of public content ("question:42", "doctor:3", "list:questions") or "site" for
what every page shows. Each topic has a generation, a number in the cache that moves on whenever the
content it names changes. A page records the topics it depends on with their generations when it is
rendered, and is served only while all of them are unchanged; a vote on one answer moves
"question:<id>" and re-renders that question's page, not every page.

Content apps announce changes by declaring, in their ready(), what each model publishes:

    publishes(Answer, topics=lambda answer: [f"question:{answer.question_id}", "list:questions"])

Every save and delete of such a model (through a service, the admin or a moderator's hide) moves its
topics on, now and again after commit. Only `QuerySet.update()` and `bulk_create` bypass the signals:
a service that changes public figures that way calls `changed(obj)` once and says why.

Views declare what a page depends on with `depends_on(request, "question:42", ...)` *before* reading
what those topics cover (the generation is taken at that moment). A page that declares nothing depends
on "any", a topic every change moves: always correct, never long-lived.
"""

import logging
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from django.core.cache import cache
from django.db import models, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.http import HttpRequest

logger = logging.getLogger(__name__)

SITE = "site"  # what every page shows (navigation, footer, the disclaimer): every page depends on it
# Moved only by bulk loads, which announce no row (`everything_changes`): what kept values that show nothing
# of "site" follow instead, so a doctor's new photo does not make every request rebuild them at once.
LOADED = "loaded"
ANY = "any"  # moved by every change: the topic of pages that declare nothing
_KEY_PREFIX = "topic:1:"

TopicsOf = Callable[[models.Model], Iterable[str]]
_published: dict[type[models.Model], TopicsOf] = {}
_state = threading.local()


def topic_key(topic: str) -> str:
    return _KEY_PREFIX + topic


def _start(topic: str) -> int:
    # From the clock, not 1: if a topic's key is evicted, pages stored under its old value must not match.
    started = time.time_ns()
    if cache.add(topic_key(topic), started, timeout=None):
        return started
    return cache.get(topic_key(topic))  # another request started it first


def generations_from(found: dict, topics: Iterable[str]) -> dict[str, int]:
    """The generations of `topics` in `found` (a `cache.get_many` result), starting those the cache lacks
    (and noting them in `found`, which may be read again)."""
    current = {}
    for topic in topics:
        generation = found.get(topic_key(topic))
        if not generation:
            generation = found[topic_key(topic)] = _start(topic)
        current[topic] = generation
    return current


def generations(topics: Iterable[str]) -> dict[str, int]:
    """The current generation of each topic, in one round trip to the cache (none for those a
    `kept_values_batch` block around it has read already)."""
    topics = list(topics)
    return generations_from(_read_ahead_or_fetch([topic_key(t) for t in topics]), topics)


def _bump(topics: frozenset[str]) -> None:
    for topic in topics:
        try:
            cache.incr(topic_key(topic))
        except ValueError:
            _start(topic)
        except Exception:
            logger.warning("Could not move %s on; its pages expire by time.", topic, exc_info=True)


def bump(*topics: str) -> None:
    """Move these topics (and "any") on: now, so the rest of this transaction reads fresh pages, and again
    after commit, so a page rendered by another request before the commit is not served afterwards."""
    moved = frozenset({*topics, ANY})
    _bump(moved)
    transaction.on_commit(lambda: _bump(moved))


def publishes(model: type[models.Model], *, topics: TopicsOf, m2m: Iterable = ()) -> None:
    """Declare that `model`'s rows are public: each save and delete moves `topics(instance)` on.

    `m2m` lists the model's many-to-many `through` models whose changes count as a change of the row
    (e.g. a question's treatments): what it publishes is moved on before a relation is removed and after
    any change. A delete moves what the row published just before it too, while its relations (which a
    cascade deletes first) still existed. Call it from the content app's ready().
    """
    _published[model] = topics
    uid = f"pagecache:{model._meta.label}"
    post_save.connect(_row_changed, sender=model, dispatch_uid=uid + ":save")
    pre_delete.connect(_row_leaving, sender=model, dispatch_uid=uid + ":leaving")
    post_delete.connect(_row_changed, sender=model, dispatch_uid=uid + ":delete")
    for through in m2m:
        m2m_changed.connect(_relation_changed, sender=through, dispatch_uid=f"{uid}:{through._meta.label}")


def topics_of(obj: models.Model) -> list[str]:
    """What `obj` publishes, as its model declared (nothing when it declared nothing)."""
    for klass in type(obj).__mro__:
        if klass in _published:
            return list(_published[klass](obj))
    return []


def changed(obj: models.Model) -> None:
    """`obj` changed without a save or delete (a `QuerySet.update()`): move what it publishes on.

    Never fails the write: when its topics cannot be worked out, every page is re-rendered ("site").
    """
    try:
        # A deleted row's relations are gone by its post_delete (a question's treatments): what it
        # published just before is moved on too.
        topics = [*topics_of(obj), *obj.__dict__.pop("_published_before_delete", ())]
    except Exception:
        logger.warning("Could not tell what %r publishes; re-rendering every page.", obj, exc_info=True)
        topics = [SITE]
    if topics:  # nothing: not public (yet), e.g. a photo case waiting for moderation
        bump(*topics)


@contextmanager
def everything_changes() -> Iterator[None]:
    """For bulk loads (`seed_demo`): no announcement per row inside; "site" and "loaded" move on once at the end."""
    _state.quiet = True
    try:
        yield
    finally:
        _state.quiet = False
        bump(SITE, LOADED)


def _announcing() -> bool:
    return not getattr(_state, "quiet", False)


def _row_changed(sender, instance, raw: bool = False, **kwargs) -> None:
    if raw or not _announcing():  # fixtures (`loaddata`) and bulk loads move "site" once themselves
        return
    changed(instance)


def _row_leaving(sender, instance, **kwargs) -> None:
    """Before a delete: note what the row publishes while its relations still exist (`changed`)."""
    if not _announcing():
        return
    try:
        instance._published_before_delete = topics_of(instance)
    except Exception:
        logger.warning("Could not tell what %r published; re-rendering every page.", instance, exc_info=True)
        instance._published_before_delete = [SITE]


def _relation_changed(sender, instance, action: str, reverse: bool, model, pk_set, **kwargs) -> None:
    if action in ("pre_remove", "pre_clear") and not reverse and _announcing():
        # What the row published with the relations about to go (the treatment a question leaves).
        changed(instance)
        return
    if not action.startswith("post_") or not _announcing():
        return
    if not reverse:
        changed(instance)
        return
    for obj in model._default_manager.filter(pk__in=pk_set or ()):
        changed(obj)


class PageDependencies:
    """The topics a page being rendered depends on, with their generations when first declared."""

    def __init__(self, known: dict[str, int]) -> None:
        self._known = known  # generations already fetched with the page lookup
        self.topics: dict[str, int] = {}

    def add(self, topics: Iterable[str]) -> None:
        missing = [t for t in topics if t not in self.topics and t not in self._known]
        if missing:
            self._known.update(generations(missing))
        for topic in topics:
            self.topics.setdefault(topic, self._known[topic])

    def recorded(self) -> dict[str, int]:
        """What the page depends on: what it declared, or "any" when it declared nothing; "site" always."""
        if len(self.topics) <= 1:  # nothing declared but "site"
            self.add([ANY])
        return dict(self.topics)


def start_recording(request: HttpRequest, known: dict[str, int]) -> PageDependencies:
    request._page_dependencies = dependencies = PageDependencies(known)
    dependencies.add([SITE])
    return dependencies


def stop_recording(request: HttpRequest) -> None:
    request._page_dependencies = None


def is_recording(request: HttpRequest) -> bool:
    """Whether this request renders a page the cache will keep (placeholders instead of per-visitor values)."""
    return getattr(request, "_page_dependencies", None) is not None


def depends_on(request: HttpRequest, *topics: str) -> None:
    """The page being rendered shows these topics: serve it from the cache only while none has changed.

    Call it before reading what the topics cover. Does nothing when the page is not being cached.
    """
    dependencies = getattr(request, "_page_dependencies", None)
    if dependencies is not None and topics:
        try:
            dependencies.add(topics)
        except Exception:
            logger.warning("Page cache unavailable; this page will not be kept.", exc_info=True)
            request._page_uncacheable = True


def is_current(recorded: dict[str, int], found: dict[str, int]) -> bool:
    """Whether every recorded generation is still the current one."""
    return all(found.get(topic) == generation for topic, generation in recorded.items())


def cached_until_changed[T](
    key: str,
    compute: Callable[[], T],
    *,
    topics: Iterable[str],
    timeout: int = 3600,
    still_valid: Callable[[T], bool] | None = None,
    shows_site: bool = True,
    reuse: bool = True,
) -> T:
    """`compute()`, cached until one of `topics` moves on or `timeout` seconds pass.

    For values that are expensive and the same for everyone, e.g. a COUNT(*) over a large table.
    `still_valid(value)`, when given, may also refuse a stored value for what topics do not follow
    (the passing of time, for "asked 3 minutes ago"): it is computed and stored again.
    Every value follows "site" too, unless `shows_site` is False: a value that shows no doctor, treatment
    name or disclaimer (only what `topics` name) then outlives a change to those, and follows "loaded".
    `reuse=False`: the caller knows the stored value cannot be current (`computed_in_batch`), so it is
    not read, only computed and stored.
    """
    return kept_each_until_changed(
        {key: compute}, topics=topics, timeout=timeout, still_valid=still_valid, shows_site=shows_site, reuse=reuse
    )[key]


def kept_each_until_changed[T](
    computes: dict[str, Callable[[], T]],
    *,
    topics: Iterable[str],
    timeout: int = 3600,
    still_valid: Callable[[T], bool] | None = None,
    shows_site: bool = True,
    own_topics: dict[str, Iterable[str]] | None = None,
    reuse: bool = True,
) -> dict[str, T]:
    """`cached_until_changed` for several values that follow the same topics, by key: read in one round trip
    to the cache, and those that must be computed stored in another. `own_topics`, by key, names what one
    value follows besides `topics` (each treatment's list follows that treatment's questions)."""
    topics = [SITE if shows_site else LOADED, *topics]
    followed = {key: [*topics, *(own_topics or {}).get(key, ())] for key in computes}
    full_keys = {key: _VALUE_PREFIX + key for key in computes}
    try:
        every_topic = list(dict.fromkeys(topic for each in followed.values() for topic in each))
        found = _read_ahead_or_fetch([*(full_keys.values() if reuse else ()), *(topic_key(t) for t in every_topic)])
        every_generation = generations_from(found, every_topic)
    except Exception:
        logger.warning("Cache unavailable; computing %s.", ", ".join(computes), exc_info=True)
        return {key: compute() for key, compute in computes.items()}
    values: dict[str, T] = {}
    computed: dict[str, tuple] = {}
    for key, compute in computes.items():
        current = {topic: every_generation[topic] for topic in followed[key]}
        stored = found.get(full_keys[key]) if reuse else None
        if stored is not None and stored[0] == current and (still_valid is None or still_valid(stored[1])):
            values[key] = stored[1]
        else:
            values[key] = compute()
            computed[full_keys[key]] = (current, values[key])
    if computed:
        store_kept(computed, timeout)
    return values


_VALUE_PREFIX = "value:2:"
_batch: ContextVar[dict | None] = ContextVar("kept_values_batch", default=None)


@contextmanager
def kept_values_batch(keys: Iterable[str] = (), *, topics: Iterable[str] = ()) -> Iterator[None]:
    """Read the kept values `keys` (as `cached_until_changed` names them) and the generations of `topics`
    ("site" included) in one round trip, for the `cached_until_changed` calls inside that ask for them;
    and store what the block computes (kept values, fragments) in one round trip per timeout as it ends.

    For a view that knows what it will read: a first visit to a question page asked the cache a dozen
    times, once per value read or stored. What was read is used as read, for this block only (a topic
    moved meanwhile is seen on the next request).
    """
    wanted = [*(_VALUE_PREFIX + key for key in keys), *(topic_key(t) for t in {SITE, *topics})]
    try:
        found = cache.get_many(wanted)
    except Exception:
        logger.warning("Cache unavailable; reading kept values one by one.", exc_info=True)
        wanted, found = [], {}
    batch = {"asked": set(wanted), "found": found, "writes": {}}
    token = _batch.set(batch)
    try:
        yield
    finally:
        _batch.reset(token)
        for timeout, values in batch["writes"].items():
            store_kept(values, timeout)


def computed_in_batch(key: str) -> bool:
    """Whether the kept value `key` was computed (not found current) in this `kept_values_batch` block: what
    was stored with it, under the same topics, is then no more current than it was, and need not be read."""
    batch = _batch.get()
    return batch is not None and any(_VALUE_PREFIX + key in values for values in batch["writes"].values())


def read_ahead(keys: Iterable[str], *, topics: Iterable[str] = (), unless_found: str) -> None:
    """Inside a `kept_values_batch` block that did not find the kept value `unless_found`: read the kept
    values `keys` and the generations of `topics` now, in one round trip, for the calls that will ask for
    them. For a value whose computing reads others: a question's related questions, missing on a first
    visit, read each of its treatments' lists, which followed the same topics one round trip later.
    Outside a block, or when the value was found, nothing."""
    batch = _batch.get()
    if batch is None or _VALUE_PREFIX + unless_found in batch["found"]:
        return
    try:
        _read_ahead_or_fetch([*(_VALUE_PREFIX + key for key in keys), *(topic_key(t) for t in topics)])
    except Exception:
        logger.warning("Cache unavailable; reading kept values one by one.", exc_info=True)


def _read_ahead_or_fetch(keys: list[str]) -> dict:
    """The cache's values of `keys` (a `get_many` result), inside a `kept_values_batch` block asking the
    cache only for those the block has not read yet. The result may be written to (`generations_from`)
    and, in a block, is the block's: what one value read or started, the next reads too."""
    batch = _batch.get()
    if batch is None:
        return cache.get_many(keys)
    missing = [key for key in keys if key not in batch["asked"]]
    if missing:
        batch["found"].update(cache.get_many(missing))
        batch["asked"].update(missing)
    return batch["found"]


def store_kept(values: dict, timeout: int) -> None:
    """Store `values` (full cache keys) for `timeout` seconds: at the end of a `kept_values_batch` block
    when inside one, now otherwise. Never fails the request: what is not stored is computed again."""
    batch = _batch.get()
    if batch is not None:
        batch["writes"].setdefault(timeout, {}).update(values)
        batch["found"].update(values)  # read again in the block, as stored
        batch["asked"].update(values)
        return
    try:
        if len(values) == 1:
            [(key, value)] = values.items()
            cache.set(key, value, timeout)
        else:
            cache.set_many(values, timeout)
    except Exception:
        logger.warning("Could not cache %s.", ", ".join(values), exc_info=True)
