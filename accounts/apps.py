from django.apps import AppConfig
from django.conf import settings
from django.db.models.signals import post_delete, post_save


class AccountsConfig(AppConfig):
    """Users with a public pseudonymous handle; sign-up, log-in and account settings."""

    name = "accounts"

    def ready(self) -> None:
        # The auth backend keeps logged-in users' rows in the cache; any change to one drops it. Apps above
        # whose rows the cached row carries (the doctor profile's state) connect their own models to
        # accounts.backends.forget_cached_user in their ready() (doctors.apps): accounts names no app above it.
        for signal in (post_save, post_delete):
            signal.connect(_user_changed, sender=settings.AUTH_USER_MODEL, dispatch_uid=f"user-cache-{signal}")
            # The cached row carries whether the address is confirmed: a confirmation must show at once.
            signal.connect(_user_row_changed, sender="account.EmailAddress", dispatch_uid=f"email-cache-{signal}")
            # ... and whether the account has a second factor (two-factor enforcement reads it).
            signal.connect(_user_row_changed, sender="mfa.Authenticator", dispatch_uid=f"mfa-cache-{signal}")
            # ... and which terms and privacy versions the member accepted (the acceptance gate reads them).
            signal.connect(
                _user_row_changed, sender="policies.PolicyAcceptance", dispatch_uid=f"policy-acceptance-cache-{signal}"
            )

        from django.contrib.auth.signals import user_logged_in

        # A member's chosen language follows them to every device they log in on.
        user_logged_in.connect(_remember_members_language, dispatch_uid="member-language")

        from allauth.mfa.signals import authenticator_added

        # Setting up an authenticator proves the code works: it counts as this session's second factor.
        authenticator_added.connect(_authenticator_added, dispatch_uid="mfa-added-session")


def _user_changed(sender, instance, **kwargs) -> None:
    from accounts.backends import forget_cached_user

    forget_cached_user(instance.pk)


def _user_row_changed(sender, instance, **kwargs) -> None:
    """A row the cached user row carries a fact about (its `user_id`) changed."""
    from accounts.backends import forget_cached_user

    forget_cached_user(instance.user_id)


def _authenticator_added(sender, request, user, authenticator, **kwargs) -> None:
    from allauth.account.internal.flows.login import record_authentication

    from accounts.two_factor import SECOND_FACTORS

    if authenticator.type in SECOND_FACTORS and getattr(request, "session", None) is not None:
        record_authentication(request, user, "mfa", id=authenticator.pk, type=authenticator.type, enrolled=True)


def _remember_members_language(sender, request, user, **kwargs) -> None:
    # core.middleware.LanguagePreferenceMiddleware sets the cookie on the log-in's response.
    if request is not None and getattr(user, "language", ""):
        request.remember_language = user.language
