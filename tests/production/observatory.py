"""The response-header criteria behind an A+ grade on Mozilla's HTTP Observatory, as a function.

`observatory_failures(headers, set_cookies)` returns what a page gets wrong (empty: A+). It follows
the Observatory's tests: a Content-Security-Policy that blocks inline and eval'd script and plugins and
forbids framing, HSTS of at least six months (with subdomains), cookies Secure + HttpOnly + SameSite,
X-Content-Type-Options, a private Referrer-Policy, X-Frame-Options, and no open CORS; plus two of our
own: no inline styles either, and no server software version in the headers.
"""

import re
from collections.abc import Iterable, Mapping
from http.cookies import SimpleCookie

SIX_MONTHS = 15_768_000
PRIVATE_REFERRER_POLICIES = {"no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"}
UNSAFE_SCRIPT_SOURCES = {"'unsafe-inline'", "'unsafe-eval'", "data:", "http:", "https:", "*"}
SESSION_COOKIE_NAMES = {"sessionid"}


def parse_csp(value: str) -> dict[str, list[str]]:
    policy: dict[str, list[str]] = {}
    for directive in value.split(";"):
        parts = directive.split()
        if parts:
            policy.setdefault(parts[0].lower(), parts[1:])
    return policy


def _csp_failures(value: str | None) -> list[str]:
    if not value:
        return ["no Content-Security-Policy header"]
    policy = parse_csp(value)
    failures = []
    default = policy.get("default-src")
    if default is None or not set(default) <= {"'none'", "'self'"}:
        failures.append(f"CSP default-src is not 'none' or 'self': {default}")
    script = policy.get("script-src", default) or []
    if unsafe := UNSAFE_SCRIPT_SOURCES & set(script):
        failures.append(f"CSP script-src allows {sorted(unsafe)}")
    if any(source.startswith("http://") for sources in policy.values() for source in sources):
        failures.append("CSP allows a source over plain http://")
    if policy.get("object-src", default) != ["'none'"]:
        failures.append("CSP object-src is not 'none'")
    if "'unsafe-inline'" in policy.get("style-src", default or []):
        failures.append("CSP style-src allows 'unsafe-inline'")
    if not set(policy.get("frame-ancestors", ["*"])) <= {"'none'", "'self'"}:
        failures.append("CSP frame-ancestors missing or open")
    if not set(policy.get("base-uri", ["*"])) <= {"'none'", "'self'"}:
        failures.append("CSP base-uri missing or open")
    if "form-action" not in policy:
        failures.append("CSP form-action missing")
    return failures


def _hsts_failures(value: str | None) -> list[str]:
    if not value:
        return ["no Strict-Transport-Security header on an HTTPS response"]
    match = re.search(r"max-age=(\d+)", value)
    failures = []
    if not match or int(match.group(1)) < SIX_MONTHS:
        failures.append(f"HSTS max-age under six months: {value}")
    if "includesubdomains" not in value.lower():
        failures.append("HSTS without includeSubDomains")
    return failures


def _cookie_failures(set_cookies: Iterable[str], https: bool) -> list[str]:
    failures = []
    for header in set_cookies:
        jar = SimpleCookie()
        jar.load(header)
        for name, morsel in jar.items():
            if https and not morsel["secure"]:
                failures.append(f"cookie {name} without Secure")
            if name in SESSION_COOKIE_NAMES and not morsel["httponly"]:
                failures.append(f"session cookie {name} without HttpOnly")
            if morsel["samesite"].lower() not in {"lax", "strict"}:
                failures.append(f"cookie {name} without SameSite=Lax/Strict")
    return failures


def observatory_failures(
    headers: Mapping[str, str], set_cookies: Iterable[str] = (), *, https: bool = True
) -> list[str]:
    """What keeps this response from an A+; `headers` must look names up case-insensitively."""
    failures = _csp_failures(headers.get("Content-Security-Policy"))
    if https:
        failures += _hsts_failures(headers.get("Strict-Transport-Security"))
    failures += _cookie_failures(set_cookies, https)
    if (headers.get("X-Content-Type-Options") or "").lower() != "nosniff":
        failures.append("X-Content-Type-Options is not nosniff")
    if (headers.get("Referrer-Policy") or "").lower() not in PRIVATE_REFERRER_POLICIES:
        failures.append(f"Referrer-Policy not private: {headers.get('Referrer-Policy')}")
    if (headers.get("X-Frame-Options") or "").upper() not in {"DENY", "SAMEORIGIN"}:
        failures.append("X-Frame-Options missing")
    if headers.get("Access-Control-Allow-Origin") == "*":
        failures.append("CORS open to every origin")
    if (headers.get("Cross-Origin-Resource-Policy") or "").lower() not in {"same-origin", "same-site"}:
        failures.append("Cross-Origin-Resource-Policy missing")
    if not headers.get("Permissions-Policy"):
        failures.append("Permissions-Policy missing")
    if re.search(r"\d", headers.get("Server") or "") or headers.get("X-Powered-By"):
        failures.append(f"server software version disclosed: {headers.get('Server') or headers.get('X-Powered-By')}")
    return failures
