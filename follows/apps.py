from django.apps import AppConfig


class FollowsConfig(AppConfig):
    """Follow and be told: members follow questions, treatments and doctors; notices and e-mail digests."""

    name = "follows"

    def ready(self) -> None:
        from follows.member_parts import FollowState, UnreadCount
        from follows.targets import followable
        from pagecache.members import on_every_shared_page

        # The navigation's count and follow buttons may be on any page members share.
        on_every_shared_page(UnreadCount())
        on_every_shared_page(FollowState())
        # Treatments sit below this app; the content apps above register their own kinds.
        followable("treatment", _treatments)
        from accounts.signals import member_leaving

        member_leaving.connect(_member_leaving, dispatch_uid="follows.member_leaving")


def _member_leaving(sender, member, **kwargs) -> None:
    """A member closes their account: what they followed and how they wanted e-mail go with it."""
    from follows.services import follows_for_leaving_member

    follows_for_leaving_member(member=member)


def _treatments(ids: list[int]) -> dict[int, tuple[str, str]]:
    from treatments.models import Treatment

    return {t.pk: (t.name, t.get_absolute_url()) for t in Treatment.objects.without_overview().filter(pk__in=ids)}
