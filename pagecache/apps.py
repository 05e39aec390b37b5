from django.apps import AppConfig


class PagecacheConfig(AppConfig):
    """Whole pages for anonymous visitors and pages members share, invalidated by the topics they show
    (README.md beside this file). A kernel app: it imports no project app; content apps declare what
    they publish to it (`pagecache.topics.publishes`) in their own ready()."""

    name = "pagecache"
