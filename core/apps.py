from django.apps import AppConfig


class CoreConfig(AppConfig):
    """The kernel every app uses: client IP, redirects, votes, demo loader, malformed-input middleware,
    context processors, and the rate-limit page. (The page cache is the `pagecache` app.)"""

    name = "core"

    def ready(self) -> None:
        from django.utils.module_loading import autodiscover_modules

        # Each app's permissions.py registers its actions' rules with core.permissions (like admin.py).
        autodiscover_modules("permissions")
