from django.apps import AppConfig
from django.conf import settings
from django.db.models.signals import post_delete, post_save


class AccountsConfig(AppConfig):
    """Users with a public pseudonymous handle; sign-up, log-in and account settings."""

    name = "accounts"

    def ready(self) -> None:
        # The auth backend keeps logged-in users' rows in the cache; any change to one drops it.
        for signal in (post_save, post_delete):
            signal.connect(_user_changed, sender=settings.AUTH_USER_MODEL, dispatch_uid=f"user-cache-{signal}")
            signal.connect(
                _doctor_profile_changed, sender="doctors.DoctorProfile", dispatch_uid=f"profile-cache-{signal}"
            )
            # The cached row carries whether the address is confirmed: a confirmation must show at once.
            signal.connect(_doctor_profile_changed, sender="account.EmailAddress", dispatch_uid=f"email-cache-{signal}")


def _user_changed(sender, instance, **kwargs) -> None:
    from accounts.backends import forget_cached_user

    forget_cached_user(instance.pk)


def _doctor_profile_changed(sender, instance, **kwargs) -> None:
    from accounts.backends import forget_cached_user

    forget_cached_user(instance.user_id)
