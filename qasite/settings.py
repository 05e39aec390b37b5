"""Settings for Candid, read from the environment.

Every deployment-specific value comes from an environment variable (see `.env.example`).
Development conveniences apply only when DEBUG is on; production has no default secret.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from xstatic.pkg import bootstrap as xstatic_bootstrap

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_int(name: str, default: int) -> int:
    return int(os.environ.get(name) or default)


SITE_NAME = os.environ.get("SITE_NAME", "Candid")

DEBUG = env_bool("DEBUG")

# The public address, for absolute links in e-mails (sent by tasks, where there is no request).
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000" if DEBUG else "").rstrip("/")

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY must be set when DEBUG is off. Set DEBUG=1 for local development or provide SECRET_KEY."
        )
    SECRET_KEY = "django-insecure-development-only-key-do-not-use-in-production-0123456789"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # The admin with Candid's moderation console as its index (console/sites.py).
    "console.admin_apps.CandidAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "crispy_forms",
    "crispy_bootstrap5",
    "taggit",
    "django_htmx",
    "django_tasks_db",
    # Project apps: each owns its models, services, views, templates and admin.
    "core",
    # The page cache (pagecache/README.md): content apps declare what they publish to it.
    "pagecache",
    # The site's rules: versioned policies, members' acceptance of them, /contact/.
    "policies",
    "accounts",
    "treatments",
    # Follow and be told: follows, notices about followed pages, e-mail preferences and digests.
    "follows",
    "doctors",
    "questions",
    "reviews",
    "photos",
    # Patients' consultation requests to verified doctors: private conversations and photos.
    "consultations",
    # The site's pages that combine the content apps (home, treatment hub, doctor profile, sitemaps).
    "pages",
    # Running the site: backup and restore, health checks, logging, security headers.
    "ops",
    # A member's data: exports of everything about them; its ready() adds the export action to the
    # console's member admin. Before moderation, whose post_migrate gives the roles every permission.
    "privacy",
    "moderation",
    # The moderators' console: where moderation meets the content apps (flag queue, members, commands).
    "console",
    # The public API (/api/v1/, django-ninja, whose docs' assets it serves as static files), the
    # Atom feeds and the doctors' reviews widget: docs/api.md.
    "ninja",
    "api",
    # Accounts: sign-up, log-in, e-mail confirmation, password reset, two-factor (accounts/ wraps them).
    "allauth",
    "allauth.account",
    "allauth.mfa",
    # Removes a file from storage once no row refers to it any more; last, as its documentation asks.
    "core.cleanup.CleanupConfig",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    # Under /api/: CORS preflights, and every error as problem details, the malformed-input 400 too.
    "api.middleware.ApiMiddleware",
    # 400 for a NUL byte, a lone surrogate or bytes that are not UTF-8 in the address or a form.
    "core.middleware.MalformedInputMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The language of the address (/es/...) is the page's; a reader's chosen language takes unprefixed
    # addresses to their own (core.middleware.LanguagePreferenceMiddleware), before the page cache.
    "django.middleware.locale.LocaleMiddleware",
    "core.middleware.LanguagePreferenceMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    # Whole pages for anonymous visitors (pagecache/README.md): after CSRF, before auth.
    "pagecache.middleware.AnonymousPageCacheMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    # Staff and doctors without an authenticator go to two-factor set-up (TWO_FACTOR_REQUIRED).
    "accounts.middleware.TwoFactorRequiredMiddleware",
    # Members who have not accepted the terms or privacy version in force are asked to (policies.middleware).
    "policies.middleware.PolicyAcceptanceMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "ops.middleware.SecurityHeadersMiddleware",
    # Turns django-ratelimit's Ratelimited into the friendly RATELIMIT_VIEW page (moderation/ratelimits.py).
    "django_ratelimit.middleware.RatelimitMiddleware",
]

ROOT_URLCONF = "qasite.urls"

_template_loaders = [
    "django.template.loaders.filesystem.Loader",
    "django.template.loaders.app_directories.Loader",
]
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.csp",
                "core.context_processors.site",
                # After Django's csrf and csp: placeholders for them in pages the cache keeps.
                "pagecache.context_processors.page_values",
            ],
            # The cached loader everywhere but in development, where templates change under us.
            "loaders": _template_loaders if DEBUG else [("django.template.loaders.cached.Loader", _template_loaders)],
        },
    },
]

WSGI_APPLICATION = "qasite.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DB_CONN_MAX_AGE", 0 if DEBUG else 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers proceed while a writer commits: the demo server and its task runner.
    DATABASES["default"].setdefault("OPTIONS", {})["init_command"] = "PRAGMA journal_mode=WAL;"
    DATABASES["default"]["OPTIONS"]["transaction_mode"] = "IMMEDIATE"
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Fail fast when the server is unreachable: /readyz answers 503 instead of hanging a worker.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("connect_timeout", env_int("DB_CONNECT_TIMEOUT", 5))
    # Behind PgBouncer in transaction mode, server-side cursors must be off.
    DATABASES["default"]["DISABLE_SERVER_SIDE_CURSORS"] = env_bool("DB_DISABLE_SERVER_SIDE_CURSORS")
    # Parameters sent apart from the SQL, so psycopg prepares a statement a connection runs often and
    # PostgreSQL plans it once (planning the joined page queries cost 2-5 ms each); also skips merging
    # the parameters into the SQL in Python. Off behind PgBouncer in transaction mode before 1.21.
    DATABASES["default"]["OPTIONS"]["server_side_binding"] = env_bool("DB_SERVER_SIDE_BINDING", True)

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "pagecache.backends.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "candid"),
            # Short socket timeouts: a Redis outage turns into 503s from /readyz, not stuck workers.
            "OPTIONS": {
                "socket_connect_timeout": env_int("REDIS_TIMEOUT", 2),
                "socket_timeout": env_int("REDIS_TIMEOUT", 2),
            },
        }
    }
    # Sessions are read from Redis and written through to the database, so every web worker sees
    # the same session and a Redis restart logs nobody out.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Anonymous visitors and members get whole pages from the cache until what they show changes
# (pagecache/README.md); 0 turns it off. The time limit only bounds how stale relative times ("2 hours ago") can get.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 300)
# Pieces of pages that repeat per row (an answer's byline, text and disclaimer) are kept under a key
# made of what they show (pagecache/fragments.py), in each process up to FRAGMENT_CACHE_BYTES and in the
# cache for this long; 0 turns them off. Independent of the page cache.
FRAGMENT_CACHE_SECONDS = env_int("FRAGMENT_CACHE_SECONDS", 3600)
FRAGMENT_CACHE_BYTES = env_int("FRAGMENT_CACHE_BYTES", 8 * 1024 * 1024)
# Logged-in users' rows are reused from the cache for this long (accounts/backends.py); saves and
# deletes drop them at once. 0 reads the database on every request.
USER_CACHE_SECONDS = env_int("USER_CACHE_SECONDS", 300)
# The API and the widget keep their own reads until they change (api/reads.py): a response per token,
# and headers (CORS, a per-doctor CSP) that a stored page would not carry. Consultations are private.
PAGE_CACHE_EXCLUDE = [
    "/admin/",
    "/accounts/",
    "/moderation/",
    "/consultations/",
    "/healthz",
    "/readyz",
    "/api/",
    "/widget/",
]

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "accounts.backends.ModelBackendWithRoles",
    # Log-in by handle or e-mail, with allauth's throttles and e-mail confirmation stages.
    "accounts.backends.AuthenticationBackendWithRoles",
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "core:home"
LOGOUT_REDIRECT_URL = "core:home"

# Accounts (django-allauth). The handle is the public name; the e-mail address is private and must be
# confirmed before an account may post, vote, flag or review.
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_USER_MODEL_USERNAME_FIELD = "handle"
ACCOUNT_USER_MODEL_EMAIL_FIELD = "email"
ACCOUNT_LOGIN_METHODS = {"email", "username"}
ACCOUNT_SIGNUP_FIELDS = ["username*", "email*", "password1*", "password2*"]
ACCOUNT_USERNAME_MIN_LENGTH = 3
ACCOUNT_USERNAME_VALIDATORS = "accounts.models.HANDLE_VALIDATORS"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
# Membership is private: sign-up and password reset answer the same whether or not an address has an
# account (the owner of a taken address gets an e-mail saying so instead).
ACCOUNT_PREVENT_ENUMERATION = True
# Changing the address replaces it (after confirmation), never adds a second one; it and a password
# change need the current password (reauthentication), and the old address is told of both.
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_MAX_EMAIL_ADDRESSES = 2
ACCOUNT_REAUTHENTICATION_REQUIRED = True
ACCOUNT_REAUTHENTICATION_TIMEOUT = 5 * 60
ACCOUNT_EMAIL_NOTIFICATIONS = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_EMAIL_SUBJECT_PREFIX = f"[{SITE_NAME}] "
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http" if DEBUG else "https"
# Throttles, counted in the default cache (Redis in production, so across every worker). "key" is the
# account (the login or e-mail typed), "ip" the client address (TRUSTED_PROXIES below).
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,50/h/ip,5/5m/key,20/h/key",
    "signup": "5/h/ip,20/d/ip",
    "reset_password": "5/h/ip,3/h/key",
    "reset_password_from_key": "20/m/ip",
    "change_password": "5/m/user",
    "manage_email": "10/m/user",
    "reauthenticate": "10/m/user",
    "confirm_email": "1/3m/key",
}
ACCOUNT_FORMS = {"login": "accounts.forms.LoginForm", "signup": "accounts.forms.SignUpForm"}

# Two-factor authentication (allauth.mfa): an authenticator app (TOTP) or a security key (WebAuthn), with
# one-time recovery codes. WebAuthn needs a secure context (HTTPS, or localhost in development): tried in
# Chromium, adding a key and logging in with it work; keys are a second factor only, no password-less log-in.
MFA_SUPPORTED_TYPES = ["totp", "webauthn", "recovery_codes"]
MFA_TOTP_ISSUER = SITE_NAME
# A code from the 30-second step before or after the current one is accepted too: a code typed as it
# turns over, or a phone's clock a little off, still works. Failed codes are throttled per account
# (ACCOUNT_RATE_LIMITS "login_failed"), so three live codes out of a million change nothing for a guesser.
MFA_TOTP_TOLERANCE = 1
MFA_RECOVERY_CODE_COUNT = 10
MFA_RECOVERY_CODE_DIGITS = 8
# When on, staff and doctors must have an authenticator (accounts/two_factor.py,
# accounts.middleware.TwoFactorRequiredMiddleware): until they set one up, every page but the set-up
# pages, log-out, static files and the health checks sends them to set it up, and staff never reach
# the admin. Off in development (the demo's logins need no phone); on everywhere else unless turned off.
TWO_FACTOR_REQUIRED = env_bool("TWO_FACTOR_REQUIRED", not DEBUG)

# Client addresses, for every per-address throttle: X-Forwarded-For is believed only for a request whose
# direct peer is one of these proxies (addresses or networks); otherwise the peer itself is the client.
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES", "127.0.0.1,::1")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# The interface speaks English and Spanish (docs/i18n.md). English pages keep their addresses; Spanish
# ones live under /es/ (qasite/urls.py, i18n_patterns), chosen by the reader, never by a redirect on
# Accept-Language (crawlers and shared links must see the page they asked for).
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("es", "Español")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
# Where `collectstatic` gathers files for whitenoise (or nginx) to serve.
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT") or BASE_DIR / "staticfiles")
STATICFILES_DIRS = [
    BASE_DIR / "static",
    ("vendor/bootstrap", xstatic_bootstrap.BASE_DIR),
]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
SERVE_MEDIA = env_bool("SERVE_MEDIA", DEBUG)
# Private files (licence documents, photo originals) never live under MEDIA_ROOT's public URL.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "private_media"))

STATIC_MANIFEST = env_bool("STATIC_MANIFEST", not DEBUG)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT, "base_url": None},
    },
    "staticfiles": {
        "BACKEND": "core.storage.RememberedUrlsStaticStorage"
        if STATIC_MANIFEST
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
# Media on S3-compatible object storage (MEDIA_STORAGE=s3): photo derivatives and headshots in the
# public bucket ("default"), licence documents and photo originals in a private bucket ("private")
# that is only ever reached through short-lived signed URLs. Local directories otherwise.
MEDIA_STORAGE = os.environ.get("MEDIA_STORAGE", "local")
MEDIA_CSP_HOSTS: list[str] = []
if MEDIA_STORAGE == "s3":
    from botocore.config import Config as S3ClientConfig

    _s3 = {
        "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
        "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
        "file_overwrite": False,
        # Timeouts so an unreachable bucket gives /readyz a 503 instead of a stuck worker.
        "client_config": S3ClientConfig(
            s3={"addressing_style": os.environ.get("AWS_S3_ADDRESSING_STYLE") or "auto"},
            signature_version="s3v4",
            connect_timeout=5,
            read_timeout=30,
            retries={"max_attempts": 3, "mode": "standard"},
        ),
    }
    _public_bucket = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
    _private_bucket = os.environ.get("AWS_PRIVATE_BUCKET_NAME", "")
    if not _public_bucket or not _private_bucket or _public_bucket == _private_bucket:
        raise ImproperlyConfigured(
            "MEDIA_STORAGE=s3 needs AWS_STORAGE_BUCKET_NAME (public media) and AWS_PRIVATE_BUCKET_NAME "
            "(licence documents, photo originals): two different buckets."
        )
    _signed_media = env_bool("MEDIA_SIGNED_URLS")
    _custom_domain = os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **_s3,
            "bucket_name": _public_bucket,
            # Either the bucket (or its CDN) is publicly readable, or every URL is signed.
            "default_acl": os.environ.get("MEDIA_PUBLIC_ACL") or None,
            "querystring_auth": _signed_media,
            "querystring_expire": env_int("MEDIA_URL_EXPIRE", 3600),
            "custom_domain": None if _signed_media else _custom_domain,
            "object_parameters": {"CacheControl": "public, max-age=31536000, immutable"},
        },
    }
    STORAGES["private"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **_s3,
            "bucket_name": _private_bucket,
            "default_acl": "private",
            "querystring_auth": True,
            "querystring_expire": env_int("PRIVATE_MEDIA_URL_EXPIRE", 300),
            "object_parameters": {"CacheControl": "private, no-store"},
        },
    }
    # Pages show derivatives straight from the bucket (or its CDN): allow that origin for images.
    if _custom_domain and not _signed_media:
        MEDIA_CSP_HOSTS = [f"https://{_custom_domain}"]
    elif _s3["endpoint_url"]:
        MEDIA_CSP_HOSTS = [_s3["endpoint_url"].rstrip("/")]
    else:
        _region = _s3["region_name"] or "us-east-1"
        MEDIA_CSP_HOSTS = [
            f"https://{_public_bucket}.s3.amazonaws.com",
            f"https://{_public_bucket}.s3.{_region}.amazonaws.com",
        ]
    SERVE_MEDIA = False
elif MEDIA_STORAGE != "local":
    raise ImproperlyConfigured(f"MEDIA_STORAGE must be 'local' or 's3', not {MEDIA_STORAGE!r}.")

# Without collected, hashed files (development, tests) whitenoise serves straight from the finders.
WHITENOISE_USE_FINDERS = not STATIC_MANIFEST
WHITENOISE_AUTOREFRESH = not STATIC_MANIFEST

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

TAGGIT_CASE_INSENSITIVE = True

# E-mail: console in development, SMTP configured from the environment in production.
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Candid <no-reply@candid.example>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
if os.environ.get("EMAIL_HOST"):
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": os.environ["EMAIL_HOST"],
                "port": env_int("EMAIL_PORT", 587),
                "username": os.environ.get("EMAIL_HOST_USER", ""),
                "password": os.environ.get("EMAIL_HOST_PASSWORD", ""),
                "use_tls": env_bool("EMAIL_USE_TLS", True),
                "timeout": 10,
            },
        }
    }
else:
    MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}

# Background work (e-mail, image derivatives). "immediate" runs tasks in-process after commit;
# "database" queues them durably for `manage.py db_worker`.
TASKS_BACKEND = os.environ.get("TASKS_BACKEND", "immediate")
TASKS = {
    "default": {
        "BACKEND": {
            "immediate": "django.tasks.backends.immediate.ImmediateBackend",
            "database": "django_tasks_db.DatabaseBackend",
        }[TASKS_BACKEND]
    }
}

MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"

# `dumpdata` (and so `manage.py backup` in JSON) keeps timestamps to the microsecond.
SERIALIZATION_MODULES = {"json": "ops.exact_json"}

# Uploads: the photo pipeline refuses files over this size with a message of its own.
MAX_UPLOAD_BYTES = 20 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# Moderation: content whose open flags weigh this much is hidden until a moderator reviews it. Only
# trusted reporters' flags weigh anything (moderation/trust.py), e.g. accounts at least this many days old.
FLAG_AUTO_HIDE_THRESHOLD = env_int("FLAG_AUTO_HIDE_THRESHOLD", 3)
FLAG_TRUST_ACCOUNT_AGE_DAYS = env_int("FLAG_TRUST_ACCOUNT_AGE_DAYS", 7)

# Rate limits use the default cache (Redis when configured, so limits hold across workers).
RATELIMIT_USE_CACHE = "default"
RATELIMIT_IP_META_KEY = "core.client_ip.client_ip"
RATELIMIT_VIEW = "core.views.ratelimited"

# Security: the same headers in every environment; HTTPS-only settings when DEBUG is off.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# A form sent after its CSRF token expired gets the site's page with a way back (pages/errors.py).
CSRF_FAILURE_VIEW = "pages.errors.csrf_failure"
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:", *MEDIA_CSP_HOSTS, *env_list("CSP_IMG_HOSTS")],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"
CROSS_ORIGIN_RESOURCE_POLICY = "same-origin"
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
# Load balancers probe over plain HTTP inside the private network: no redirect to HTTPS for them.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]

if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 63072000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", True)
    CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", True)
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {"()": "ops.logging.JsonFormatter"},
        "plain": {"format": "%(levelname)s %(name)s: %(message)s"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "plain" if DEBUG or not env_bool("LOG_JSON", True) else "json",
        }
    },
    "filters": {"expected_refusals": {"()": "ops.logging.ExpectedRefusalFilter"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "INFO"},
        # Through the root's handler only: Django's default "django" handler printed every line twice.
        "django": {"handlers": [], "level": "INFO", "propagate": True},
        "django.request": {"filters": ["expected_refusals"]},
    },
}
