from django.contrib import admin
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.two_factor import has_second_factor, session_used_second_factor, two_factor_required
from console import dashboard
from core.redirects import safe_next_url


class CandidAdminSite(admin.AdminSite):
    """The admin as the moderators' console: queues with counts on the index, above the usual app list."""

    site_header = gettext_lazy("Candid moderation")
    site_title = gettext_lazy("Candid moderation")
    index_title = gettext_lazy("Moderation console")

    def index(self, request, extra_context=None):
        context = {
            "moderation_queues": dashboard.queues(request),
            "moderation_recent": dashboard.recent_log(request),
            **(extra_context or {}),
        }
        return super().index(request, extra_context=context)

    def has_permission(self, request) -> bool:
        # Staff need their second factor here too (settings.TWO_FACTOR_REQUIRED), should a request ever
        # get past accounts.middleware.TwoFactorRequiredMiddleware.
        if not super().has_permission(request):
            return False
        user = request.user
        return not two_factor_required(user) or (has_second_factor(user) and session_used_second_factor(request))

    def login(self, request, extra_context=None):
        """No log-in form of the admin's own: the site's log-in (allauth) throttles failed attempts and
        asks for the second factor, so everyone goes through it and comes back here."""
        next_url = safe_next_url(request, reverse("admin:index", current_app=self.name))
        if request.user.is_authenticated:
            if self.has_permission(request):
                return redirect(next_url)
            if request.user.is_staff:
                raise PermissionDenied(_("Set up two-factor authentication, and log in with it, to use the admin."))
            raise PermissionDenied(_("The admin is for staff accounts only."))
        return redirect(f"{reverse('account_login')}?{urlencode({REDIRECT_FIELD_NAME: next_url})}")

    def password_change(self, request, extra_context=None):
        """The site's own page: it asks for the current password and tells the member's address."""
        return redirect("account_change_password")
