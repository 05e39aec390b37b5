"""Pagination that does not count a large table on every page view."""

import hashlib
from collections.abc import Iterable
from functools import cached_property

from django.core.paginator import Paginator

from pagecache.topics import cached_until_changed


class CachedCountPaginator(Paginator):
    """A Paginator whose total is counted once until one of `topics` changes.

    `COUNT(*)` over 100,000 questions reads every row on each page view, yet the total only moves
    when the listed content does (e.g. "list:questions"). Otherwise a drop-in for Paginator.
    """

    def __init__(self, object_list, per_page, *, topics: Iterable[str], key: str | None = None, **kwargs) -> None:
        """`key` names what is counted where the caller can (e.g. "questions:unanswered:<treatment>"): without
        it the key is the query's SQL, and compiling a query with joins costs about a millisecond."""
        super().__init__(object_list, per_page, **kwargs)
        self.topics = list(topics)
        self.key = key

    @cached_property
    def count(self) -> int:
        if self.key is not None:
            return cached_until_changed("count:" + self.key, lambda: Paginator.count.func(self), topics=self.topics)
        query = getattr(self.object_list, "query", None)
        if query is None:
            return Paginator.count.func(self)
        try:
            sql = str(query)
        except Exception:  # e.g. an empty result set: nothing to cache
            return Paginator.count.func(self)
        key = "count:" + hashlib.md5(sql.encode(), usedforsecurity=False).hexdigest()
        return cached_until_changed(key, lambda: Paginator.count.func(self), topics=self.topics)
