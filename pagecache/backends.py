"""The Redis cache backend of the site (the `CACHES` backend when REDIS_URL is set)."""

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient

from pagecache.internals import redis_connection_pool

# Every key with the same expiry, in one command: KEYS are the keys, ARGV[1] the seconds, then the values.
_SET_EACH_WITH_EXPIRY = """
for i, key in ipairs(KEYS) do
  redis.call('SET', key, ARGV[i + 1], 'EX', ARGV[1])
end
"""

# A counter moved only if it exists, in one command: Django's backend asks EXISTS, then INCRBY. Between the
# two the counter may expire, and INCRBY then makes a new one that never expires.
_INCR_IF_EXISTS = """
if redis.call('EXISTS', KEYS[1]) == 1 then
  return redis.call('INCRBY', KEYS[1], ARGV[1])
end
return false
"""


class _ReusingRedisCacheClient(RedisCacheClient):
    def get_client(self, key=None, *, write: bool = False):
        pool = redis_connection_pool(self, write=write)
        clients = self.__dict__.setdefault("_clients", {})
        if pool not in clients:
            clients[pool] = self._client(connection_pool=pool)
        return clients[pool]

    def _script(self, client, source: str):
        scripts = self.__dict__.setdefault("_scripts", {})
        if (client, source) not in scripts:
            scripts[client, source] = client.register_script(source)  # EVALSHA, loaded on first use
        return scripts[client, source]

    def incr(self, key, delta):
        """As Django's (a missing key is a ValueError), in one command where Django sends two: every rate
        limit (`moderation.ratelimits`) adds its counter, then increments it, on each request it counts."""
        count = self._script(self.get_client(key, write=True), _INCR_IF_EXISTS)(keys=[key], args=[delta])
        if count is None:
            raise ValueError(f"Key '{key}' not found.")
        return count

    def set_many(self, data, timeout):
        """As Django's, in one command where Django sends MULTI, MSET, an EXPIRE per key and EXEC: a first
        visit to a question stores a dozen values and fragments as it ends, and each command cost the
        worker about as much CPU as a round trip. A script runs whole, as the transaction did."""
        if timeout is None or timeout <= 0 or len(data) < 2:
            super().set_many(data, timeout)
            return
        script = self._script(self.get_client(None, write=True), _SET_EACH_WITH_EXPIRY)
        script(keys=list(data), args=[int(timeout), *(self._serializer.dumps(v) for v in data.values())])


class RedisCache(DjangoRedisCache):
    """Django's Redis cache backend, keeping one client per connection pool, storing several values in
    one command (`set_many`) and moving a counter in one (`incr`).

    Django builds a new `redis.Redis` for every cache call; that alone cost about as much as serving
    a cached page. The clients are thread-safe and share the pool, so one per pool is enough.
    """

    def __init__(self, server, params) -> None:
        super().__init__(server, params)
        self._class = _ReusingRedisCacheClient
