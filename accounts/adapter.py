"""How allauth fits Candid: handles as public names, the site's own client addresses, safe redirects."""

from allauth.account.adapter import DefaultAccountAdapter
from django.http import HttpRequest

from core.client_ip import client_ip


class AccountAdapter(DefaultAccountAdapter):
    def get_client_ip(self, request: HttpRequest) -> str:
        # The same address django-ratelimit counts, believing X-Forwarded-For only from trusted proxies.
        return client_ip(request)
