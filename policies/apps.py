from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


class PoliciesConfig(AppConfig):
    """The site's published rules: versioned policy documents, members' acceptance of them, and the
    route for reporting a concern without an account."""

    name = "policies"

    def ready(self) -> None:
        from pagecache.topics import publishes
        from policies.models import PolicyVersion

        # The policy pages show the versions; publishing one moves them on (the footer links never change).
        publishes(PolicyVersion, topics=lambda version: ["policies"])
        # The acceptance gate reads which versions are in force from the cache: any write drops it,
        # whether the service, the admin or a shell made it.
        for signal in (post_save, post_delete):
            signal.connect(_version_changed, sender=PolicyVersion, dispatch_uid=f"policy-current-{signal}")


def _version_changed(sender, instance, **kwargs) -> None:
    from policies.current import forget_current_versions

    forget_current_versions()
