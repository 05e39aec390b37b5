from allauth.account.auth_backends import AuthenticationBackend
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.core.cache import cache
from django.db import connection, transaction
from django.utils import timezone

from policies.acceptance import mark_row_fresh, user_row_params, user_row_sql


class ModelBackendWithRoles(ModelBackend):
    """Django's ModelBackend, loading the logged-in user together with whether they have a doctor profile,
    from the cache when it can.

    `get_user` runs on every logged-in request, and nearly every page then asks whether the viewer is
    a doctor (answer forms, dashboards, which cached page they may share): the answer comes with the
    user. On a cache miss it is one raw query, because compiling the equivalent queryset
    (`select_related("doctor_profile")`) cost several times the query itself (bench/README.md).
    Django still checks the session's password hash and `is_active` against the row on every request.
    """

    def get_user(self, user_id):
        user_model = get_user_model()
        try:
            user_id = user_model._meta.pk.to_python(user_id)
        except Exception:
            return None
        if user_id is None:
            return None
        # settings.USER_CACHE_SECONDS: how long the row may be reused. Every save or delete of the
        # user, and the creation or deletion of their doctor profile, drops it at once (accounts.apps, doctors.apps);
        # the timeout bounds what a change that bypasses signals (a queryset `update()`) leaves behind.
        seconds = settings.USER_CACHE_SECONDS
        key = cached_user_key(user_id)
        user = cache.get(key) if seconds else None
        if user is None:
            params = [*user_row_params(timezone.now()), user_id]
            user = next(iter(user_model._default_manager.raw(_user_sql(user_model), params)), None)
            if user is None:
                return None
            if seconds:
                cache.set(key, user, seconds)
            # After caching: only this request's copy was read just now.
            mark_row_fresh(user)
        if not user.has_doctor_profile_row:
            # "No doctor profile", known without another query (a doctor's profile loads when used).
            user_model.doctor_profile.related.set_cached_value(user, None)
        return user if self.user_can_authenticate(user) else None


class AuthenticationBackendWithRoles(AuthenticationBackend):
    """allauth's backend (log-in by e-mail, throttles), loading the user like ModelBackendWithRoles.

    A log-in that passes through one of allauth's stages (the two-factor code) is completed with
    whichever backend allauth prefers, its own; the session then names that backend, so it must load
    the same cached row with the role and the second factor as ModelBackendWithRoles does.
    """

    get_user = ModelBackendWithRoles.get_user


def cached_user_key(user_id) -> str:
    return f"auth-user:1:{user_id}"


def forget_cached_users(user_ids) -> None:
    """forget_cached_user for many members at once (one cache round trip now, one after commit)."""
    keys = [cached_user_key(user_id) for user_id in user_ids]
    if keys:
        cache.delete_many(keys)
        transaction.on_commit(lambda: cache.delete_many(keys))


def forget_cached_user(user_id) -> None:
    """Drop the cached row now and after commit (a request in between may have read the old row)."""
    key = cached_user_key(user_id)
    cache.delete(key)
    transaction.on_commit(lambda: cache.delete(key))


def _user_sql(user_model) -> str:
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator

    from accounts.models import Notice

    meta = user_model._meta
    profile = user_model.doctor_profile.related  # the reverse one-to-one of DoctorProfile.user
    # Two-factor (accounts/two_factor.py): the doctor profile's state decides whether the account must
    # have an authenticator; recovery codes alone are no authenticator.
    second_factors = ", ".join(f"'{kind}'" for kind in (Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN))
    return (
        f"SELECT u.*, EXISTS (SELECT 1 FROM {profile.related_model._meta.db_table} d "  # noqa: S608 - table names from models
        f"WHERE d.{profile.field.column} = u.{meta.pk.column}) AS has_doctor_profile_row, "
        f"EXISTS (SELECT 1 FROM {EmailAddress._meta.db_table} e "
        f"WHERE e.user_id = u.{meta.pk.column} AND e.verified) AS has_confirmed_email_row, "
        f"(SELECT d.status FROM {profile.related_model._meta.db_table} d "
        f"WHERE d.{profile.field.column} = u.{meta.pk.column}) AS doctor_status_row, "
        f"EXISTS (SELECT 1 FROM {Authenticator._meta.db_table} a "
        f"WHERE a.user_id = u.{meta.pk.column} AND a.type IN ({second_factors})) AS has_authenticator_row, "
        # Which terms and privacy versions the member accepted, and those in force: the acceptance gate
        # reads them (policies.middleware) without a query of its own.
        f"{user_row_sql(f'u.{meta.pk.column}')}, "
        # The unread notices the navigation counts (up to 100: "99+"); accounts.services drops the row
        # whenever a notice of theirs is added or read.
        f"(SELECT COUNT(*) FROM (SELECT 1 FROM {Notice._meta.db_table} n WHERE n.user_id = u.{meta.pk.column} "
        f"AND n.read_at IS NULL LIMIT 100) unread) AS unread_notices_row, "
        f"{_follows_sql(user_model)} AS follows_row "
        f"FROM {meta.db_table} u WHERE u.{meta.pk.column} = %s"
    )


def _follows_sql(user_model) -> str:
    """The topics the member follows, space-separated, for the follow buttons (follows.member_parts).
    Read through the reverse relation the follows app declares on the user model, so accounts names
    no app above it; the follows app drops the cached row when a follow changes."""
    relation = getattr(user_model, "follows", None)
    if relation is None:
        return "NULL"
    table, column = relation.rel.related_model._meta.db_table, relation.rel.field.column
    pk = user_model._meta.pk.column
    aggregate = "string_agg(f.topic, ' ')" if connection.vendor == "postgresql" else "group_concat(f.topic, ' ')"
    return f"(SELECT {aggregate} FROM {table} f WHERE f.{column} = u.{pk})"  # noqa: S608 - names from models
