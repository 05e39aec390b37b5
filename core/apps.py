from django.apps import AppConfig


class CoreConfig(AppConfig):
    """The kernel every app uses: client IP, redirects, paginator, votes, demo loader, the page cache,
    malformed-input middleware, context processors, and the rate-limit page."""

    name = "core"
