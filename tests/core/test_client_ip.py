"""core.client_ip: X-Forwarded-For is believed only when the request came through a trusted proxy."""

import pytest
from django.test import RequestFactory

from core.client_ip import client_ip


def _request(remote_addr: str, forwarded: str | None = None):
    headers = {"REMOTE_ADDR": remote_addr}
    if forwarded is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **headers)


@pytest.fixture(autouse=True)
def _proxies(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.2", "10.1.0.0/16", "::1", "fd00::/8"]


def test_without_a_proxy_the_peer_is_the_client():
    assert client_ip(_request("203.0.113.7")) == "203.0.113.7"


def test_a_header_from_an_untrusted_peer_is_ignored():
    assert client_ip(_request("203.0.113.7", "198.51.100.1")) == "203.0.113.7"
    assert client_ip(_request("203.0.113.7", "10.0.0.2")) == "203.0.113.7"


def test_through_the_proxy_the_forwarded_client_is_believed():
    assert client_ip(_request("10.0.0.2", "198.51.100.1")) == "198.51.100.1"


def test_clients_behind_one_proxy_are_told_apart():
    assert {client_ip(_request("10.0.0.2", f"198.51.100.{n}")) for n in range(1, 6)} == {
        f"198.51.100.{n}" for n in range(1, 6)
    }


def test_addresses_a_client_prepended_are_not_believed():
    # The client sent "X-Forwarded-For: 192.0.2.1"; the proxy appended the address it saw.
    assert client_ip(_request("10.0.0.2", "192.0.2.1, 198.51.100.1")) == "198.51.100.1"
    assert client_ip(_request("10.0.0.2", "192.0.2.1,198.51.100.1")) == "198.51.100.1"


def test_a_chain_of_trusted_proxies_is_walked_right_to_left():
    assert client_ip(_request("10.0.0.2", "198.51.100.1, 10.1.4.4")) == "198.51.100.1"
    assert client_ip(_request("10.0.0.2", "192.0.2.9, 198.51.100.1, 10.1.4.4, 10.1.0.9")) == "198.51.100.1"


def test_a_request_only_through_proxies_is_counted_as_the_last_proxy():
    assert client_ip(_request("10.0.0.2", "10.1.4.4")) == "10.1.4.4"
    assert client_ip(_request("10.0.0.2", "")) == "10.0.0.2"
    assert client_ip(_request("10.0.0.2")) == "10.0.0.2"


@pytest.mark.parametrize("garbage", ["not-an-ip", "198.51.100.1\x00", "<script>", "1.2.3.4.5", "::::::"])
def test_a_malformed_entry_stops_the_walk_at_the_last_trusted_hop(garbage):
    assert client_ip(_request("10.0.0.2", f"198.51.100.1, {garbage}")) == "10.0.0.2"
    assert client_ip(_request("10.0.0.2", f"{garbage}, 198.51.100.1")) == "198.51.100.1"


def test_ports_and_brackets_are_dropped():
    assert client_ip(_request("10.0.0.2", "198.51.100.1:51234")) == "198.51.100.1"
    assert client_ip(_request("10.0.0.2", "[2001:db8::5]:443")) == "2001:db8::5"


def test_ipv6_proxies_and_clients():
    assert client_ip(_request("::1", "2001:db8::7")) == "2001:db8::7"
    assert client_ip(_request("fd00::1", "2001:db8::8")) == "2001:db8::8"
    assert client_ip(_request("2001:db8::9", "198.51.100.1")) == "2001:db8::9"


def test_no_trusted_proxies_means_the_header_is_never_believed(settings):
    settings.TRUSTED_PROXIES = []
    assert client_ip(_request("127.0.0.1", "198.51.100.1")) == "127.0.0.1"


def test_a_missing_or_broken_peer_address_still_gives_an_address():
    assert client_ip(_request("")) == "0.0.0.0"
    assert client_ip(_request("garbage", "198.51.100.1")) == "0.0.0.0"


def test_django_ratelimit_and_allauth_count_the_same_address(settings):
    from allauth.account.adapter import get_adapter

    request = _request("10.0.0.2", "192.0.2.1, 198.51.100.1")
    assert settings.RATELIMIT_IP_META_KEY == "core.client_ip.client_ip"
    assert get_adapter(request).get_client_ip(request) == "198.51.100.1"
