"""Fixtures shared by every app's tests: the roles (patient, doctors in each state, moderator) and members barred by the participation gate."""

import secrets

import pytest
import redis
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone

from accounts.models import User
from doctors.models import DoctorProfile
from tests.factories import PASSWORD, DoctorProfileFactory, TreatmentFactory, UserFactory

# The slow kinds of test, by folder: `make test-fast` (pytest -m "not slow") leaves them out, `make test`
# runs everything.
SLOW_KINDS = {
    "tests/e2e/": pytest.mark.e2e,  # browser journeys in Debian's Chromium
    "tests/production/": pytest.mark.production,  # gunicorn, PostgreSQL and Redis in real processes
    "tests/quality/": pytest.mark.quality,  # the quality gates' checkers (Chromium, Java, Node)
}


@pytest.hookimpl(tryfirst=True)  # before `-m` deselects by these marks
def pytest_collection_modifyitems(items):
    """Mark the slow kinds of test by their folder."""
    for item in items:
        path = str(item.fspath)
        for folder, marker in SLOW_KINDS.items():
            if folder in path:
                item.add_marker(marker)
                item.add_marker(pytest.mark.slow)


@pytest.fixture(autouse=True)
def _isolated_media(settings, tmp_path):
    """Each test writes uploads into its own directories, never into the project."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path / "private", "base_url": None},
        },
    }


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    # Hashing strength is Django's concern, not ours; a fast hasher keeps user-heavy tests quick.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the site's default language: a request to a /es/ page leaves Spanish active
    in the thread (LocaleMiddleware activates, nothing deactivates), and a later test's reverse() would
    build /es/ addresses."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _fresh_cache():
    from django.core.cache import cache

    from pagecache.fragments import recent_fragments
    from pagecache.store import recent_pages
    from policies.current import forget_local_versions

    # Cleared before each test only: a test may point CACHES at a server that is down on purpose.
    cache.clear()
    recent_pages.clear()
    recent_fragments.clear()
    forget_local_versions()  # a rolled-back version sends no signal


@pytest.fixture
def password() -> str:
    return PASSWORD


@pytest.fixture
def patient(db):
    return UserFactory(handle="patient1")


@pytest.fixture
def other_patient(db):
    return UserFactory(handle="patient2")


@pytest.fixture
def doctor(db):
    """A verified doctor's profile (its `.user` logs in)."""
    return DoctorProfileFactory(full_name="Ana Ruiz", slug="ana-ruiz", user__handle="dr-ruiz")


@pytest.fixture
def pending_doctor(db):
    return DoctorProfileFactory(status=DoctorProfile.Status.PENDING, verified_at=None, user__handle="dr-pending")


@pytest.fixture
def suspended_doctor(db):
    return DoctorProfileFactory(status=DoctorProfile.Status.SUSPENDED, user__handle="dr-suspended")


@pytest.fixture
def moderator(db):
    user = UserFactory(handle="mod", is_staff=True)
    group = Group.objects.filter(name="Moderators").first()
    if group:
        user.groups.add(group)
    return user


@pytest.fixture
def admin_user(db):
    return UserFactory(handle="root", is_staff=True, is_superuser=True)


@pytest.fixture
def treatment(db):
    return TreatmentFactory(name="Botox", slug="botox")


@pytest.fixture
def client_as():
    """`client_as(user)` returns a test client logged in as that user."""

    def make(user) -> Client:
        client = Client()
        client.force_login(user)
        return client

    return make


SUSPENSION = "Posted the same clinic advert under five reviews."


@pytest.fixture(params=["unconfirmed", "suspended"])
def barring(request):
    """The participation gate's two refusals, each test run once with each: (a function that bars a member
    from taking part from now on, the words the refusal must contain)."""
    if request.param == "unconfirmed":
        return (lambda member: EmailAddress.objects.filter(user=member).update(verified=False)), (
            "Confirm your e-mail address"
        )
    return (
        lambda member: User.objects.filter(pk=member.pk).update(
            suspended_at=timezone.now(), suspension_reason=SUSPENSION
        )
    ), SUSPENSION


@pytest.fixture
def barred(barring):
    """(a member who may not take part, the words the refusal must contain)."""
    bar, words = barring
    member = UserFactory()
    bar(member)
    member.refresh_from_db()
    return member, words


@pytest.fixture
def redis_cache(settings):
    """The site's Redis cache backend as the default cache, on a real Redis (database 14) under a key prefix of
    this test's own, removed afterwards: (the server, the prefix). Skips when Redis does not answer."""
    url = "redis://127.0.0.1:6379/14"
    server = redis.Redis.from_url(url, socket_connect_timeout=2)
    try:
        server.ping()
    except redis.RedisError as error:
        pytest.skip(f"Redis is not reachable at {url} ({error})")
    prefix = f"candid-test-{secrets.token_hex(4)}"
    settings.CACHES = {"default": {"BACKEND": "pagecache.backends.RedisCache", "LOCATION": url, "KEY_PREFIX": prefix}}
    yield server, prefix
    keys = list(server.scan_iter(match=f"{prefix}:*"))
    if keys:
        server.delete(*keys)
