"""The site's Redis cache backend, against a real Redis: several values stored in one command, each with
the expiry asked for, and what Django's own backend does for the cases that command does not cover."""

from django.core.cache import caches


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
