"""Two-factor enforcement for staff and doctors (settings.TWO_FACTOR_REQUIRED, accounts/two_factor.py)."""

from collections.abc import Callable
from functools import cache

from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from accounts.two_factor import has_second_factor, session_used_second_factor, two_factor_required
from core.i18n import path_without_language

SET_UP_MESSAGE = _(
    "Staff and doctors' accounts are protected with two-factor authentication on {site}. Set up an "
    "authenticator app to continue: you will enter a code from it each time you log in."
)
CONFIRM_MESSAGE = _("Enter a code from your authenticator app to continue.")


@cache
def _always_open() -> tuple[str, ...]:
    """Path prefixes nobody is sent away from: log-out, static files, health checks (in the default
    language: requests' paths are compared without their language prefix)."""
    with translation.override(settings.LANGUAGE_CODE):
        return _always_open_paths()


def _always_open_paths() -> tuple[str, ...]:
    return (
        reverse("account_logout"),
        settings.STATIC_URL,
        reverse("core:healthz"),
        reverse("core:readyz"),
    )


@cache
def _set_up_pages() -> tuple[str, ...]:
    """Where an account without an authenticator may go: allauth's two-factor pages (set-up, recovery
    codes), the password re-check that set-up asks for, and the e-mail pages (allauth lets only a
    confirmed address set up two-factor)."""
    with translation.override(settings.LANGUAGE_CODE):
        return _set_up_page_paths()


def _set_up_page_paths() -> tuple[str, ...]:
    return (
        reverse("mfa_index"),
        reverse("account_reauthenticate"),
        reverse("account_email"),
        reverse("account_email_verification_sent"),
        reverse("account_confirm_email", args=["x"])[: -len("x/")],
    )


class TwoFactorRequiredMiddleware:
    """Staff and doctors (accounts.two_factor.two_factor_required) without an authenticator are sent to
    set one up, with a message saying why, from every page but the set-up pages, log-out, static files
    and health checks; so staff never reach the admin without one. An account with an authenticator
    whose session did not go through it (a log-in that skipped allauth's stage) is asked for a code.

    Costs no query: the auth backend loads the role and the authenticator with the user's row.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        # The path first: health checks and static files never load a session or a user.
        path = path_without_language(request.path)
        if settings.TWO_FACTOR_REQUIRED and not path.startswith(_always_open()):
            user = request.user
            if two_factor_required(user):
                if not has_second_factor(user):
                    if not path.startswith(_set_up_pages()):
                        messages.warning(request, str(SET_UP_MESSAGE).format(site=settings.SITE_NAME))
                        return redirect("mfa_activate_totp")
                elif not session_used_second_factor(request):
                    confirm = reverse("mfa_reauthenticate")
                    if path != path_without_language(confirm):
                        messages.info(request, CONFIRM_MESSAGE)
                        return redirect(f"{confirm}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)
