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


class _ReusingRedisCacheClient(RedisCacheClient):
    def get_client(self, key=None, *, write: bool = False):
        pool = redis_connection_pool(self, write=write)
        clients = self.__dict__.setdefault("_clients", {})
        if pool not in clients:
            clients[pool] = self._client(connection_pool=pool)
        return clients[pool]

    def set_many(self, data, timeout):
        """As Django's, in one command where Django sends MULTI, MSET, an EXPIRE per key and EXEC: a first
        visit to a question stores a dozen values and fragments as it ends, and each command cost the
        worker about as much CPU as a round trip. A script runs whole, as the transaction did."""
        if timeout is None or timeout <= 0 or len(data) < 2:
            super().set_many(data, timeout)
            return
        client = self.get_client(None, write=True)
        scripts = self.__dict__.setdefault("_scripts", {})
        if client not in scripts:
            scripts[client] = client.register_script(_SET_EACH_WITH_EXPIRY)  # EVALSHA, loaded on first use
        scripts[client](keys=list(data), args=[int(timeout), *(self._serializer.dumps(v) for v in data.values())])


class RedisCache(DjangoRedisCache):
    """Django's Redis cache backend, keeping one client per connection pool, and storing several values
    in one command (`set_many`).

    Django builds a new `redis.Redis` for every cache call; that alone cost about as much as serving
    a cached page. The clients are thread-safe and share the pool, so one per pool is enough.
    """

    def __init__(self, server, params) -> None:
        super().__init__(server, params)
        self._class = _ReusingRedisCacheClient
