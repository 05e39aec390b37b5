from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


class DoctorsConfig(AppConfig):
    """Doctor applications, moderator verification, public profiles and the directory."""

    name = "doctors"

    def ready(self) -> None:
        from doctors.models import DoctorProfile

        # The logged-in user's cached row carries their doctor profile's state (accounts.backends):
        # a new, changed or deleted profile drops it at once. Connected here, so accounts never names doctors.
        for signal in (post_save, post_delete):
            signal.connect(_profile_changed, sender=DoctorProfile, dispatch_uid=f"profile-cache-{signal}")
        from accounts.signals import member_leaving

        member_leaving.connect(_member_leaving, dispatch_uid="doctors.member_leaving")
        from pagecache.topics import publishes

        # A doctor's name, photo and badge are on every answer and review they wrote, across the site:
        # profile changes are rare, so they move "site" rather than list every page showing them.
        publishes(DoctorProfile, topics=lambda doctor: [f"doctor:{doctor.pk}", "list:doctors", "site"])
        from follows.targets import followable

        followable("doctor", _followable_doctors)


def _followable_doctors(ids: list[int]) -> dict[int, tuple[str, str]]:
    """Public doctors' profiles by id, with their name and address (follows.targets)."""
    from doctors.models import DoctorProfile

    rows = DoctorProfile.objects.public().filter(pk__in=ids).only("pk", "slug", "full_name", "credential")
    return {doctor.pk: (doctor.display_name, doctor.get_absolute_url()) for doctor in rows}


def _profile_changed(sender, instance, **kwargs) -> None:
    from accounts.backends import forget_cached_user

    forget_cached_user(instance.user_id)


def _member_leaving(sender, member, actor, identity, **kwargs) -> None:
    from doctors.services import doctor_profile_for_leaving_member

    doctor_profile_for_leaving_member(member=member, actor=actor, identity=identity)
