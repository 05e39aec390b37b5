"""Named abuse limits shared by every app."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import HttpResponse
from django.test import RequestFactory
from django_ratelimit.exceptions import Ratelimited

from moderation.ratelimits import DEFAULT_RATE_LIMITS, is_limited, rate_for, ratelimit
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def post_as(user):
    request = RequestFactory().post("/x/")
    request.user = user
    return request


def test_every_kind_of_post_has_a_limit():
    assert set(DEFAULT_RATE_LIMITS) >= {"ask", "answer", "review", "vote", "flag"}


def test_limits_come_from_settings_with_defaults(settings):
    settings.RATE_LIMITS = {"vote": "3/m"}
    assert rate_for("vote") == "3/m"
    assert rate_for("ask") == DEFAULT_RATE_LIMITS["ask"]
    with pytest.raises(KeyError):
        rate_for("nonsense")


def test_the_decorator_blocks_writes_beyond_the_limit_per_user(settings):
    settings.RATE_LIMITS = {"review": "2/h"}

    @ratelimit("review")
    def view(request):
        return HttpResponse("ok")

    first, second = UserFactory.create_batch(2)
    view(post_as(first))
    view(post_as(first))
    with pytest.raises(Ratelimited):
        view(post_as(first))
    assert view(post_as(second)).status_code == 200  # counted per person
    get = RequestFactory().get("/x/")
    get.user = first
    assert view(get).status_code == 200  # reading is never limited


def test_anonymous_writes_are_counted_per_address(settings):
    settings.RATE_LIMITS = {"vote": "1/m"}
    request = post_as(AnonymousUser())
    assert not is_limited(request, "vote")
    assert is_limited(post_as(AnonymousUser()), "vote")


def test_staff_are_not_limited(settings, moderator):
    settings.RATE_LIMITS = {"flag": "1/h"}
    for _ in range(5):
        assert not is_limited(post_as(moderator), "flag")
