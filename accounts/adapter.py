"""How allauth fits Candid: handles as public names, the site's own client addresses, safe redirects."""

import datetime
import time
from typing import Any

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.internal.flows.login import get_authentication_records
from allauth.core import context as allauth_context
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.db.models import Q
from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from core.client_ip import client_ip
from core.redirects import is_safe_redirect


class AccountAdapter(DefaultAccountAdapter):
    error_messages = {
        **DefaultAccountAdapter.error_messages,
        # One message whichever of handle, address or password was wrong: it names no account.
        "username_password_mismatch": _("That handle or e-mail and password don't match. Check both and try again."),
        "email_password_mismatch": _("That handle or e-mail and password don't match. Check both and try again."),
        "username_taken": _("That handle is taken. Try another one."),
        "too_many_login_attempts": _("Too many failed log-ins. Wait a few minutes, or reset your password."),
    }

    def is_reauthentication_required(self, *, app: str, **kwargs) -> bool:
        """Sensitive changes ask for the password again. One exception: an account that had no second
        factor when it logged in, setting one up (and seeing its recovery codes) within minutes of logging
        in with its password, is not asked twice. It has nothing older to remove or weaken, and staff and
        doctors are sent to that set-up straight after log-in."""
        if not super().is_reauthentication_required(app=app, **kwargs):
            return False
        request = allauth_context.request
        if app != "allauth.mfa" or request is None or not request.user.is_authenticated:
            return True
        records = get_authentication_records(request, request.user)
        if not records or time.time() - records[0]["at"] >= settings.ACCOUNT_REAUTHENTICATION_TIMEOUT:
            return True
        # Anything older than this log-in (a factor set up before) is protected by the password prompt.
        logged_in_at = datetime.datetime.fromtimestamp(records[0]["at"], tz=datetime.UTC)
        return Authenticator.objects.filter(user_id=request.user.pk, created_at__lt=logged_in_at).exists()

    def get_client_ip(self, request: HttpRequest) -> str:
        # The same address django-ratelimit counts, believing X-Forwarded-For only from trusted proxies.
        return client_ip(request)

    def is_safe_url(self, url: str | None) -> bool:
        # One rule for every `next` on the site (core/redirects.py): this host only.
        return is_safe_redirect(allauth_context.request, url)

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        # Every account e-mail (templates/account/email/) speaks as the site and links back to it.
        base = settings.SITE_URL or allauth_context.request.build_absolute_uri("/").rstrip("/")
        context = {
            "site_name": settings.SITE_NAME,
            "site_url": base + "/",
            "password_reset_url": base + reverse("account_reset_password"),
            **context,
        }
        super().send_mail(template_prefix, email, context)

    def _get_login_attempts_cache_key(self, request: HttpRequest, **credentials: Any) -> str:
        """The key of the per-account failed log-in throttle ("login_failed" .../key).

        allauth keys it by what was typed, so a handle and its e-mail address would each get their own
        allowance. An existing account is counted once, whichever of the two names it; anything else
        by the text typed. The password-reset flow clears the same key.
        """
        typed = (credentials.get("email") or credentials.get("username") or "").strip()
        account = (
            User.objects.filter(Q(handle__iexact=typed) | Q(email__iexact=typed)).values_list("pk", flat=True).first()
            if typed
            else None
        )
        return f"account:{account}" if account is not None else f"typed:{typed.lower()}"
