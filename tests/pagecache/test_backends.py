"""The site's Redis cache backend, against a real Redis: several values stored in one command, each with
the expiry asked for, and what Django's own backend does for the cases that command does not cover; a
counter moved in one command, and the rate limits counted with it."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.cache import caches

from moderation.ratelimits import rate_limited


def _calls(server) -> dict[str, int]:
    return {name.removeprefix("cmdstat_"): stats["calls"] for name, stats in server.info("commandstats").items()}


def test_set_many_stores_every_value_with_its_expiry_in_one_command(redis_cache):
    server, prefix = redis_cache
    cache = caches["default"]
    values = {"a": "text", "b": 42, "c": {"kept": [1, 2]}, "d": b"\x00bytes"}
    cache.set_many({"warm": 1}, 60)  # loads the script: the first use may send it
    before = _calls(server)
    cache.set_many(values, 300)
    sent = {name: calls - before.get(name, 0) for name, calls in _calls(server).items()}
    # The script (its own SETs are counted too), where Django's backend sent MULTI, MSET, four EXPIREs and
    # EXEC. The counts are the server's: another test process may be sending commands at the same time.
    assert sent.get("evalsha", 0) >= 1
    assert not {"multi", "mset", "exec"} & {name for name, calls in sent.items() if calls}
    assert cache.get_many(list(values)) == values
    for key in values:
        assert 290 <= server.ttl(f"{prefix}:1:{key}") <= 300


def test_set_many_without_expiry_and_with_none_left_keep_django_behaviour(redis_cache):
    server, prefix = redis_cache
    cache = caches["default"]
    cache.set_many({"forever": 1, "also": 2}, None)
    assert server.ttl(f"{prefix}:1:forever") == -1  # no expiry
    cache.set_many({"forever": 1, "also": 2}, 0)  # a non-positive timeout deletes, as Django's backend does
    assert cache.get_many(["forever", "also"]) == {}


def test_set_many_after_redis_forgot_its_scripts(redis_cache):
    server, _prefix = redis_cache
    cache = caches["default"]
    cache.set_many({"x": 1, "y": 2}, 60)
    server.script_flush()  # a Redis restart: the script is sent again
    cache.set_many({"x": 3, "y": 4}, 60)
    assert cache.get_many(["x", "y"]) == {"x": 3, "y": 4}


def test_incr_moves_a_counter_in_one_command_and_keeps_its_expiry(redis_cache):
    server, prefix = redis_cache
    cache = caches["default"]
    assert cache.add("hits", 1, 60)
    connection_id = cache._cache.get_client("hits", write=True).client_id()
    assert cache.incr("hits") == 2
    # The last command the cache's connection sent: Django's backend sends EXISTS, then INCRBY.
    (connection,) = [client for client in server.client_list() if int(client["id"]) == connection_id]
    assert connection["cmd"] == "evalsha"
    assert cache.incr("hits", 10) == 12
    assert cache.decr("hits", 4) == 8
    assert cache.get("hits") == 8
    assert 50 <= server.ttl(f"{prefix}:1:hits") <= 60


def test_incr_of_a_missing_counter_is_an_error_and_makes_nothing(redis_cache):
    server, prefix = redis_cache
    cache = caches["default"]
    with pytest.raises(ValueError, match="not found"):
        cache.incr("never-added")
    assert not server.exists(f"{prefix}:1:never-added")  # INCRBY alone would have made it, with no expiry
    server.script_flush()  # a Redis restart: the script is sent again
    assert cache.add("again", 5, 60)
    assert cache.incr("again") == 6


def test_rate_limits_count_on_redis(redis_cache, rf, settings):
    settings.RATE_LIMITS = {"similar": "3/m"}
    request = rf.get("/questions/similar", REMOTE_ADDR="203.0.113.9")
    request.user = AnonymousUser()
    assert [rate_limited(request, "similar") for _ in range(5)] == [False, False, False, True, True]
    other = rf.get("/questions/similar", REMOTE_ADDR="203.0.113.10")
    other.user = AnonymousUser()
    assert rate_limited(other, "similar") is False
