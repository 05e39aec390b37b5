"""The Redis cache backend of the site (the `CACHES` backend when REDIS_URL is set)."""

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient

from pagecache.internals import redis_connection_pool


class _ReusingRedisCacheClient(RedisCacheClient):
    def get_client(self, key=None, *, write: bool = False):
        pool = redis_connection_pool(self, write=write)
        clients = self.__dict__.setdefault("_clients", {})
        if pool not in clients:
            clients[pool] = self._client(connection_pool=pool)
        return clients[pool]


class RedisCache(DjangoRedisCache):
    """Django's Redis cache backend, keeping one client per connection pool.

    Django builds a new `redis.Redis` for every cache call; that alone cost about as much as serving
    a cached page. The clients are thread-safe and share the pool, so one per pool is enough.
    """

    def __init__(self, server, params) -> None:
        super().__init__(server, params)
        self._class = _ReusingRedisCacheClient
