"""The client's address, for per-address throttles (allauth's log-in and sign-up limits, django-ratelimit).

Behind a reverse proxy every request arrives from the proxy, so the client is named in X-Forwarded-For.
That header is written by whoever sends the request, so it is believed only when the direct peer is a
proxy listed in `settings.TRUSTED_PROXIES`, and then only up to the first address that is not one of
them: a client cannot plant an address by sending the header itself (docs/deploy.md).
"""

import ipaddress
from functools import lru_cache

from django.conf import settings
from django.http import HttpRequest

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@lru_cache(maxsize=8)
def _trusted_networks(proxies: tuple[str, ...]) -> tuple[Network, ...]:
    return tuple(ipaddress.ip_network(proxy, strict=False) for proxy in proxies)


def _parse(address: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    address = address.strip()
    if address.startswith("[") and "]" in address:  # "[2001:db8::1]:443"
        address = address[1 : address.index("]")]
    elif address.count(":") == 1:  # "203.0.113.9:443"
        address = address.split(":", 1)[0]
    try:
        return ipaddress.ip_address(address)
    except ValueError:
        return None


def client_ip(request: HttpRequest) -> str:
    """The address of the client that made `request`, never one a client could choose itself."""
    peer = _parse(request.META.get("REMOTE_ADDR", "")) or ipaddress.IPv4Address(0)
    trusted = _trusted_networks(tuple(settings.TRUSTED_PROXIES))

    def is_trusted(address) -> bool:
        return any(address in network for network in trusted)

    if not is_trusted(peer):
        return str(peer)
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    # Right to left: each trusted proxy appended the address it received the request from.
    for hop in reversed([part for part in forwarded.split(",") if part.strip()]):
        address = _parse(hop)
        if address is None:
            break  # a malformed entry: nothing further left can be believed
        if not is_trusted(address):
            return str(address)
        peer = address
    return str(peer)
