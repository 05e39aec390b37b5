from django.apps import AppConfig
from django.db.models.signals import post_migrate


class ModerationConfig(AppConfig):
    """Hiding and restoring content, flags, the audit trail, trust and rate limits: the kernel the content
    apps build on. The moderators' console on top of them is the `console` app."""

    name = "moderation"

    def ready(self) -> None:
        from moderation.models import ModerationLog
        from moderation.roles import roles_sync_after_migrate
        from pagecache.topics import publishes

        # The transparency page counts the log: each new entry moves it on.
        publishes(ModerationLog, topics=lambda entry: ["moderation:log"])

        # Sent for this app after every migrate and test-database flush; moderation is the last
        # project app, so every other app's permissions exist by then.
        post_migrate.connect(roles_sync_after_migrate, sender=self, dispatch_uid="moderation.roles_sync")
        from accounts.signals import member_left

        # After every content app handled the member's rows (and added names of its own to `identity`).
        member_left.connect(_member_left, dispatch_uid="moderation.member_left")


def _member_left(sender, member, identity, **kwargs) -> None:
    from moderation.services import member_records_redact

    member_records_redact(identity=identity)
