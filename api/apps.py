from django.apps import AppConfig


class ApiConfig(AppConfig):
    """The public read API (/api/v1/), members' personal API tokens, Atom feeds and the doctors' reviews
    widget: what the site offers other software (docs/api.md)."""

    name = "api"

    def ready(self) -> None:
        from accounts.signals import member_leaving

        member_leaving.connect(_member_leaving, dispatch_uid="api.member_leaving")

        from api.models import WidgetOrigin
        from pagecache.topics import publishes

        # The widget keeps the doctor's origins (its CSP) until they change.
        publishes(WidgetOrigin, topics=lambda origin: [f"widget:{origin.doctor_id}"])


def _member_leaving(sender, member, **kwargs) -> None:
    """A member closing their account: their tokens stop working with it."""
    from api.services import api_tokens_revoke_all

    api_tokens_revoke_all(user=member)
