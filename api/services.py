"""Writes for API tokens and widget origins. Views, the API and tests call these."""

import hashlib
import secrets
from datetime import timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from api.models import ApiToken, WidgetOrigin, origin_validate
from doctors.models import DoctorProfile
from doctors.permissions import check_is_verified_doctor

TOKEN_PREFIX = "cnd_"
MAX_ACTIVE_TOKENS = 10
# Marking a token used costs a write; once an hour is precise enough for "last used".
LAST_USED_PRECISION = timedelta(hours=1)


def token_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


@transaction.atomic
def api_token_create(*, user, name: str, can_post_answers: bool = False) -> tuple[ApiToken, str]:
    """A new personal token for `user`: the row and the secret, which is shown once and never stored.

    `can_post_answers` is for verified doctors only (PermissionDenied otherwise). At most
    MAX_ACTIVE_TOKENS active tokens per member (ValidationError).
    """
    if not user.is_authenticated or not user.is_active or user.is_closed:
        raise PermissionDenied(gettext("Log in to make an API token."))
    name = " ".join((name or "").split())[:60]
    if not name:
        raise ValidationError(gettext("Give the token a name, so you know later what it is for."))
    if can_post_answers:
        check_is_verified_doctor(user, action=_("post answers through the API"))
    if ApiToken.objects.owned_by(user).active().count() >= MAX_ACTIVE_TOKENS:
        raise ValidationError(
            gettext("You have %(count)d active tokens: revoke one you no longer use first.")
            % {"count": MAX_ACTIVE_TOKENS}
        )
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        user=user,
        name=name,
        prefix=secret[: len(TOKEN_PREFIX) + 6],
        key_hash=token_hash(secret),
        can_post_answers=can_post_answers,
    )
    return token, secret


def api_token_revoke(*, token: ApiToken, user) -> ApiToken:
    """Revoke one of `user`'s own tokens (PermissionDenied for anyone else's). Revoking twice is harmless."""
    if token.user_id != user.pk:
        raise PermissionDenied(gettext("That token is not yours."))
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
    return token


def api_tokens_revoke_all(*, user) -> int:
    """Revoke every active token of `user` (their account is closing). Returns how many."""
    return api_tokens_revoke(tokens=ApiToken.objects.owned_by(user))


def api_tokens_revoke(*, tokens) -> int:
    """Revoke the active ones of `tokens` (a queryset; moderators, from the admin). Returns how many."""
    return tokens.active().update(revoked_at=timezone.now())


def api_token_for_secret(secret: str) -> ApiToken | None:
    """The active token whose secret this is, with its user, if the account may still use it; or None.

    One query; one more, at most once an hour per token, to note that it was used.
    """
    if not secret.startswith(TOKEN_PREFIX) or len(secret) > 100:
        return None
    token = ApiToken.objects.active().select_related("user").filter(key_hash=token_hash(secret)).first()
    if token is None or not token.user.is_active or token.user.is_closed:
        return None
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at > LAST_USED_PRECISION:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
        token.last_used_at = now
    return token


def widget_origin_add(*, doctor: DoctorProfile, origin: str) -> WidgetOrigin:
    """Let `origin` frame the doctor's reviews widget. ValidationError for a value that is not an origin,
    one already listed, or past WidgetOrigin.MAX_PER_DOCTOR."""
    origin = origin_validate(origin)
    if WidgetOrigin.objects.filter(doctor=doctor).count() >= WidgetOrigin.MAX_PER_DOCTOR:
        raise ValidationError(
            gettext("You can list up to %(count)d websites: remove one first.") % {"count": WidgetOrigin.MAX_PER_DOCTOR}
        )
    try:
        with transaction.atomic():
            return WidgetOrigin.objects.create(doctor=doctor, origin=origin)
    except IntegrityError:
        raise ValidationError(gettext("%(origin)s is already on your list.") % {"origin": origin}) from None


def widget_origin_remove(*, doctor: DoctorProfile, origin_id: int) -> bool:
    """Stop `origin_id` (one of the doctor's own) framing the widget. Returns whether one was removed."""
    deleted, _ = WidgetOrigin.objects.filter(doctor=doctor, pk=origin_id).delete()
    return bool(deleted)
