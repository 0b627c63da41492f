"""Django's Redis cache backend, keeping one Redis client per connection pool.

Django's ``RedisCacheClient.get_client`` builds a new ``redis.Redis`` object for every
cache operation, and redis-py fills ~170 response callbacks into a fresh dictionary each
time: ~0.2 ms of Python per operation, more than the round trip to Redis itself
(docs/benchmarks.md, issue 13).  Every rate-limited request and every public answer
look-up (``authz.public_cache``) pays it.  A ``redis.Redis`` client is safe to share (it
takes a connection from its pool for each command), so one is kept per pool; the pools,
options and behaviour are Django's own.
"""

from __future__ import annotations

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient as DjangoRedisCacheClient


class RedisCacheClient(DjangoRedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class RedisCache(DjangoRedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient
