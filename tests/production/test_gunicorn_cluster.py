"""Two gunicorn servers (gunicorn.conf.py, production settings) on different ports over one PostgreSQL
database and one Redis, as N web workers behind a proxy would be: whatever one server writes, the
other serves at once; sessions and cached pages are shared; headers and access logs are production's."""

import http.client
import json
import re
import subprocess
import sys
import time
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

import pytest
import redis

from tests.production.conftest import ROOT, free_port, production_env, run_python, unique_name
from tests.production.observatory import observatory_failures

# The public host name both servers answer for, as the proxy passes it on: shared cache keys and
# CSRF origin checks depend on it, exactly as in production.
HOST = "127.0.0.1"
CLIENT_IP = "198.51.100.23"
PASSWORD = "a-long-cluster-passphrase-2026"


@dataclass
class Server:
    port: int
    process: subprocess.Popen
    log: Path

    def access_log(self) -> list[dict]:
        lines = []
        for line in self.log.read_text().splitlines():
            try:
                entry = json.loads(line)
            except ValueError:
                continue
            if entry.get("logger") == "gunicorn.access":
                lines.append(entry)
        return lines


@dataclass
class Reply:
    status: int
    headers: http.client.HTTPMessage
    text: str

    @property
    def set_cookies(self) -> list[str]:
        return self.headers.get_all("Set-Cookie") or []

    def csrf_token(self) -> str:
        match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', self.text)
        assert match, "no CSRF token in the page"
        return match.group(1)


@dataclass
class Visitor:
    """One browser behind the TLS proxy: its own cookies, sent to whichever server it reaches."""

    cookies: dict[str, str] = field(default_factory=dict)
    keep_cookies: bool = True
    client_ip: str = CLIENT_IP

    def request(self, server: Server, method: str, path: str, data: dict | None = None) -> Reply:
        headers = {"Host": HOST, "X-Forwarded-Proto": "https", "X-Forwarded-For": self.client_ip}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        body = None
        if data is not None:
            body = urlencode(data)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Origin"] = f"https://{HOST}"
        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            reply = Reply(response.status, response.headers, response.read().decode())
        finally:
            connection.close()
        if self.keep_cookies:
            for header in reply.set_cookies:
                jar = SimpleCookie()
                jar.load(header)
                for name, morsel in jar.items():
                    if morsel["max-age"] == "0" or "1970" in morsel["expires"]:
                        self.cookies.pop(name, None)
                    else:
                        self.cookies[name] = morsel.value
        return reply

    def get(self, server: Server, path: str) -> Reply:
        return self.request(server, "GET", path)

    def post(self, server: Server, path: str, data: dict) -> Reply:
        return self.request(server, "POST", path, data)


def _start(env: dict[str, str], log: Path) -> Server:
    port = free_port()
    gunicorn = Path(sys.executable).with_name("gunicorn")
    output = log.open("w")
    process = subprocess.Popen(
        [str(gunicorn), "--config", "gunicorn.conf.py"],
        cwd=ROOT,
        env={**env, "GUNICORN_BIND": f"127.0.0.1:{port}", "WEB_CONCURRENCY": "1", "GUNICORN_THREADS": "2"},
        stdout=output,
        stderr=subprocess.STDOUT,
    )
    output.close()
    return Server(port, process, log)


def _wait_until_healthy(server: Server, deadline: float) -> None:
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            pytest.fail(f"gunicorn exited ({server.process.returncode}):\n{server.log.read_text()}")
        try:
            if Visitor(keep_cookies=False).get(server, "/healthz").status == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    pytest.fail(f"gunicorn on port {server.port} never answered /healthz:\n{server.log.read_text()}")


def _stop(server: Server) -> None:
    if server.process.poll() is None:
        server.process.terminate()
        try:
            server.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.process.kill()
            server.process.wait()


@pytest.fixture(scope="module")
def cluster_env(production_database, redis_server, tmp_path_factory):
    prefix = unique_name("cluster")
    media = tmp_path_factory.mktemp("cluster-media")
    yield production_env(
        DATABASE_URL=production_database,
        REDIS_URL=redis_server,
        CACHE_KEY_PREFIX=prefix,
        MEDIA_ROOT=str(media / "public"),
        PRIVATE_MEDIA_ROOT=str(media / "private"),
    )
    client = redis.Redis.from_url(redis_server)
    keys = list(client.scan_iter(match=f"{prefix}:*", count=500))
    if keys:
        client.delete(*keys)


@pytest.fixture(scope="module")
def servers(cluster_env, tmp_path_factory):
    logs = tmp_path_factory.mktemp("gunicorn-logs")
    started = []
    try:
        started = [_start(cluster_env, logs / f"server-{n}.log") for n in (1, 2)]
        deadline = time.monotonic() + 60
        for server in started:
            _wait_until_healthy(server, deadline)
        yield started
    finally:
        for server in started:
            _stop(server)


def _sign_up(visitor: Visitor, server: Server, handle: str) -> Reply:
    form = visitor.get(server, "/accounts/signup/")
    assert form.status == 200
    return visitor.post(
        server,
        "/accounts/signup/",
        {
            "csrfmiddlewaretoken": form.csrf_token(),
            "username": handle,
            "email": f"{handle}@example.org",
            "password1": PASSWORD,
            "password2": PASSWORD,
            "accept_policies": "on",
        },
    )


def _confirm_address(handle: str, env: dict[str, str]) -> None:
    """What following the link in the confirmation e-mail does (the e-mail goes to the console here)."""
    run_python(
        "from allauth.account.models import EmailAddress; import json;"
        f"print(json.dumps(EmailAddress.objects.filter(user__handle={handle!r}).update(verified=True)))",
        env=env,
    )


def _log_in(visitor: Visitor, server: Server, login: str, password: str = PASSWORD) -> Reply:
    form = visitor.get(server, "/accounts/login/")
    assert form.status == 200
    return visitor.post(
        server, "/accounts/login/", {"csrfmiddlewaretoken": form.csrf_token(), "login": login, "password": password}
    )


def test_a_write_through_one_server_is_visible_through_the_other_at_once(servers, cluster_env):
    first, second = servers
    handle = f"cluster{unique_name('u')[-6:]}"

    signed_up = _sign_up(Visitor(), first, handle)
    assert signed_up.status == 302, signed_up.text[:2000]
    assert signed_up.headers["Location"] == "/accounts/confirm-email/"

    # Straight away, on the other server: the account exists and waits for its address to be confirmed.
    waiting = _log_in(Visitor(), second, handle)
    assert waiting.status == 302
    assert waiting.headers["Location"] == "/accounts/confirm-email/"

    _confirm_address(handle, cluster_env)
    other = Visitor()
    assert _log_in(other, second, handle).status == 302
    account = other.get(second, "/accounts/")
    assert account.status == 200
    assert handle in account.text


def test_a_session_started_on_one_server_holds_and_ends_on_the_other(servers, cluster_env):
    first, second = servers
    handle = f"session{unique_name('u')[-6:]}"
    visitor = Visitor()
    assert _sign_up(visitor, first, handle).status == 302
    _confirm_address(handle, cluster_env)
    assert _log_in(visitor, first, handle).status == 302

    on_second = visitor.get(second, "/accounts/")
    assert on_second.status == 200
    assert handle in on_second.text

    cookies_before_logout = dict(visitor.cookies)
    assert "sessionid" in cookies_before_logout
    assert visitor.post(second, "/accounts/logout/", {"csrfmiddlewaretoken": on_second.csrf_token()}).status == 302

    # Replaying the old session cookie on the first server: the session is gone there too, cache included.
    replayed = Visitor(cookies=cookies_before_logout).get(first, "/accounts/")
    assert replayed.status == 302
    assert replayed.headers["Location"].startswith("/accounts/login/")


def test_forty_wrong_passwords_spread_over_both_servers_lock_the_account(servers, cluster_env):
    """The attack of issue 13: before, all 40 were answered and the right password still worked."""
    handle = f"target{unique_name('u')[-6:]}"
    assert _sign_up(Visitor(client_ip="203.0.113.200"), servers[0], handle).status == 302
    _confirm_address(handle, cluster_env)

    refused = 0
    for attempt in range(40):
        # A new client address each time, alternating servers: only the per-account count can stop it.
        visitor = Visitor(client_ip=f"198.51.{100 + attempt // 200}.{attempt % 200 + 1}")
        reply = _log_in(visitor, servers[attempt % 2], handle, password=f"wrong-guess-{attempt}")
        assert reply.status in (200, 429), reply.text[:500]
        refused += "Too many failed log-ins" in reply.text
    assert refused >= 35  # 5 failures per 5 minutes are allowed, wherever they land

    owner = Visitor(client_ip="192.0.2.77")
    answer = _log_in(owner, servers[1], handle)
    assert answer.status == 200
    assert "Too many failed log-ins" in answer.text
    assert "sessionid" not in owner.cookies or owner.get(servers[1], "/accounts/").status == 302


def test_failed_log_ins_from_one_client_are_counted_across_both_servers(servers):
    attacker = "203.0.113.66"
    replies = [
        _log_in(Visitor(client_ip=attacker), servers[n % 2], f"nobody{n}", password="wrong-guess") for n in range(12)
    ]
    assert all(reply.status == 200 for reply in replies)
    throttled = ["Too many failed log-ins" in reply.text for reply in replies]
    assert throttled[:10] == [False] * 10
    assert throttled[10:] == [True, True]
    # Someone else behind the same proxy is not throttled with them.
    assert "Too many failed log-ins" not in _log_in(Visitor(client_ip="203.0.113.67"), servers[0], "nobody").text


def test_cached_page_is_shared_and_invalidated_across_servers(servers, cluster_env):
    first, second = servers
    slug = unique_name("t").replace("_", "-")
    run_python(
        "from treatments.models import Treatment; import json;"
        f"Treatment.objects.create(slug={slug!r}, name='Cluster peel', category=Treatment.Category.choices[0][0],"
        " description='Original description words.'); print(json.dumps(True))",
        env=cluster_env,
    )
    # An anonymous browser: it keeps the CSRF cookie it is given, never has a session.
    anonymous = Visitor()
    path = f"/treatments/{slug}/"
    for _ in range(2):
        assert "Original description words." in anonymous.get(first, path).text
    assert "sessionid" not in anonymous.cookies

    # A third process changes the row behind the cache's back: both servers still serve the page the
    # first one cached, so the page cache is one shared cache, not one per process.
    run_python(
        "from treatments.models import Treatment; import json;"
        f"Treatment.objects.filter(slug={slug!r}).update(description='Revised description words.');"
        " print(json.dumps(True))",
        env=cluster_env,
    )
    assert "Original description words." in anonymous.get(second, path).text

    # Announcing the change, as a saved row does (pagecache.topics), invalidates the page for every server at once.
    run_python(
        "from treatments.models import Treatment; from pagecache.topics import changed; import json;"
        f"changed(Treatment.objects.get(slug={slug!r})); print(json.dumps(True))",
        env=cluster_env,
    )
    assert "Revised description words." in anonymous.get(first, path).text
    assert "Revised description words." in anonymous.get(second, path).text


def test_production_headers_pass_observatory_a_plus(servers):
    first, _ = servers
    visitor = Visitor()
    page = visitor.get(first, "/accounts/login/")
    assert page.status == 200
    assert observatory_failures(page.headers, page.set_cookies) == []

    signed_up = _sign_up(visitor, first, f"headers{unique_name('u')[-6:]}")
    assert any(cookie.startswith("sessionid=") for cookie in signed_up.set_cookies)
    assert observatory_failures(signed_up.headers, signed_up.set_cookies) == []


def test_readiness_and_access_log_as_json(servers):
    first, _ = servers
    ready = Visitor(keep_cookies=False).get(first, "/readyz")
    assert ready.status == 200
    assert json.loads(ready.text) == {"status": "ok", "database": "ok", "cache": "ok", "storage": "ok"}

    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        entries = [e for e in first.access_log() if e.get("path") == "/readyz"]
        if entries:
            break
        time.sleep(0.2)
    assert entries, first.log.read_text()
    entry = entries[-1]
    assert entry["status"] == 200
    assert entry["method"] == "GET"
    assert entry["forwarded_for"] == CLIENT_IP
    assert entry["duration_ms"] >= 0
