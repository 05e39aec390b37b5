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


def _profile_changed(sender, instance, **kwargs) -> None:
    from accounts.backends import forget_cached_user

    forget_cached_user(instance.user_id)


def _member_leaving(sender, member, actor, identity, **kwargs) -> None:
    from doctors.services import doctor_profile_for_leaving_member

    doctor_profile_for_leaving_member(member=member, actor=actor, identity=identity)
